package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, section 3: the daily prompt on a 17,000-fact sheet is bounded, not the whole sheet, and gives
 * the model the stocks the template writer would name, with their kind and company name.
 */
class PromptSizeTest {

    @Test
    void should_keep_the_daily_prompt_under_sixty_thousand_characters_when_given_the_sp500_sheet() {
        // given: the S&P 500 pack's sheet for 2025-06-13 (about 17,000 facts)
        FactSheet sheet = new FactEngine().sheet(new CsvMarketLoader().load(Path.of("fixtures/sp500")), LocalDate.parse("2025-06-13"));

        // when
        Prompt prompt = new PromptBuilder(new Templates("prompts")).daily(sheet);

        // then
        assertThat(sheet.facts()).hasSizeGreaterThan(15_000);
        assertThat(prompt.system().length() + prompt.user().length()).isLessThan(60_000);
    }

    @Test
    void should_give_the_model_the_five_salient_stocks_with_kind_and_name_when_given_the_sp500_sheet() {
        // given: on 2025-06-13 the template writer names ORCL, CF, RTX, PCG and ADBE
        FactSheet sheet = new FactEngine().sheet(new CsvMarketLoader().load(Path.of("fixtures/sp500")), LocalDate.parse("2025-06-13"));
        List<String> named = new Salience(new SheetView(sheet)).stocks().stream().map(c -> c.instrument().symbol()).toList();

        // when
        String user = new PromptBuilder(new Templates("prompts")).daily(sheet).user();

        // then
        assertThat(named).containsExactly("ORCL", "CF", "RTX", "PCG", "ADBE");
        assertThat(user).contains("- ORCL | Oracle Corporation | stock | Information Technology | SPY")
                .contains("| ORCL 1-day return | +7.69% | percent | ORCL | 1d |")
                .contains("| ^TNX 1-day change in basis points |");
        long stockLines = user.lines().filter(l -> l.matches("- \\S+ \\| .* \\| stock \\| .*")).count();
        assertThat(stockLines).as("stocks listed in the prompt").isEqualTo(5);
        assertThat(user).doesNotContain("- MSFT | ");
    }
}
