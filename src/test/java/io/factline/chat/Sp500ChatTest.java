package io.factline.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.Fact;
import io.factline.facts.FactEngine;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.CsvMarketLoader;
import io.factline.narrative.Templates;
import io.factline.validation.Validator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The offline chat on the S&P 500 pack (issue 16, section 4): companies by name, the catalogue's windows, RSI. */
class Sp500ChatTest {

    static final MarketFacts SP500 = new MarketFacts(new CsvMarketLoader().load(Path.of("fixtures/sp500")), new FactEngine(), 4);
    static final LocalDate JUNE_13 = LocalDate.parse("2025-06-13");
    static final ChatDesk DESK = desk();

    static ChatDesk desk() {
        AtomicInteger ids = new AtomicInteger();
        return new ChatDesk(SP500, new Validator(), new Templates("chat"), ConversationMemory.standard(ChatFixtures.FIXED),
                new QuestionLimit(QuestionLimit.DEFAULT_MAX_CHARS), Optional.empty(), () -> "sp" + ids.incrementAndGet());
    }

    static Answer ask(String question) {
        return DESK.ask(new Question(question, JUNE_13, null), ProgressListener.NONE);
    }

    static String cited(Answer a) {
        return String.join(", ", a.facts().stream().map(f -> f.subject() + " " + f.metric() + " " + f.window()).toList());
    }

    static boolean has(Answer a, String subject, Metric metric, Window window) {
        return a.facts().stream().anyMatch(f -> f.subject().equals(subject) && f.metric() == metric && f.window() == window);
    }

    @Test
    void should_give_a_stocks_five_day_return_when_asked_about_a_company_this_week() {
        Answer a = ask("How did Nvidia do this week?");

        assertThat(a.text()).contains("Nvidia (NVDA)").contains("over the past 5 sessions");
        assertThat(has(a, "NVDA", Metric.RETURN, Window.D5)).as(cited(a)).isTrue();
        assertThat(a.validation().verdict().name()).isEqualTo("PASS");
    }

    @Test
    void should_compare_two_companies_year_to_date_when_both_are_named() {
        Answer a = ask("Apple vs Microsoft year to date");

        assertThat(has(a, "AAPL", Metric.RETURN, Window.YTD)).as(cited(a)).isTrue();
        assertThat(has(a, "MSFT", Metric.RETURN, Window.YTD)).as(cited(a)).isTrue();
        assertThat(a.text()).contains("year to date").doesNotContain("could not put together");
    }

    @Test
    void should_answer_for_both_share_classes_when_asked_about_alphabet() {
        Answer a = ask("how's alphabet doing today");

        assertThat(has(a, "GOOGL", Metric.RETURN, Window.D1)).as(cited(a)).isTrue();
        assertThat(has(a, "GOOG", Metric.RETURN, Window.D1)).as(cited(a)).isTrue();
    }

    @Test
    void should_read_a_company_by_its_short_name_when_the_registered_name_has_legal_words() {
        Answer coke = ask("What did Coca-Cola do on the day?");
        Answer jnj = ask("J&J this year?");
        Answer berkshire = ask("Berkshire month to date");

        assertThat(has(coke, "KO", Metric.RETURN, Window.D1)).as(cited(coke)).isTrue();
        assertThat(coke.text()).contains("Coca-Cola (KO)");
        assertThat(has(jnj, "JNJ", Metric.RETURN, Window.YTD)).as(cited(jnj)).isTrue();
        assertThat(berkshire.facts()).extracting(Fact::subject).contains("BRK.B");
    }

    @Test
    void should_give_the_return_over_252_sessions_when_asked_about_the_past_year() {
        Answer a = ask("Microsoft over the past year?");

        assertThat(has(a, "MSFT", Metric.RETURN, Window.D252)).as(cited(a)).isTrue();
        assertThat(a.text()).contains("over the past 252 sessions");
    }

    @Test
    void should_give_the_month_to_date_return_when_asked_month_to_date() {
        Answer a = ask("How's Meta doing month to date?");

        assertThat(has(a, "META", Metric.RETURN, Window.MTD)).as(cited(a)).isTrue();
        assertThat(a.text()).contains("Meta Platforms (META)").contains("month to date");
    }

    @Test
    void should_give_the_sector_funds_rsi_when_asked_whether_tech_is_overbought() {
        Answer a = ask("Is tech overbought?");

        assertThat(has(a, "XLK", Metric.RSI, Window.D14)).as(a.text()).isTrue();
        assertThat(a.text()).contains("RSI");
    }

    @Test
    void should_read_a_stock_symbol_written_in_capitals_and_not_the_ordinary_word() {
        Answer ticker = ask("what's NOW doing today");
        Answer word = ask("how is tech doing now");

        assertThat(ticker.facts()).extracting(Fact::subject).contains("NOW");
        assertThat(word.facts()).extracting(Fact::subject).doesNotContain("NOW", "TECH").contains("XLK");
    }

    @Test
    void should_offer_the_close_company_name_and_give_no_figure_when_a_name_is_misspelt() {
        Answer a = ask("How did Nvidea do today?");

        assertThat(a.facts()).isEmpty();
        assertThat(a.text()).contains("no data for Nvidea").contains("Did you mean Nvidia (NVDA)?");
    }

    @Test
    void should_decline_without_guessing_when_a_company_is_not_in_the_data() {
        Answer a = ask("How did Foobarco do this week?");

        assertThat(a.facts()).isEmpty();
        assertThat(a.text()).contains("no data for Foobarco").doesNotContain("Did you mean");
    }

    @Test
    void should_name_the_data_pack_and_its_provider_and_no_file_path_when_an_answer_lists_its_sources() {
        Answer a = ask("How did Apple do today?");

        assertThat(a.sources()).extracting(io.factline.facts.Source::title).contains("Daily bars of AAPL (Apple Inc.)");
        assertThat(a.sources()).allSatisfy(s -> {
            assertThat(s.title()).startsWith("Daily bars of ").doesNotContain("/").doesNotContain(".csv");
            assertThat(s.location()).isEqualTo("S&P 500 data pack (Yahoo Finance)");     // fixtures/sp500/dataset.properties
        });
    }
}
