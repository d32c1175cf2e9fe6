package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 16, section 3: the daily prompt on a 17,000-fact sheet is bounded, not the whole sheet. */
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
}
