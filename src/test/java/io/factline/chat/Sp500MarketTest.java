package io.factline.chat;

import static io.factline.chat.Sp500ChatTest.ask;
import static io.factline.chat.Sp500ChatTest.cited;
import static io.factline.chat.Sp500ChatTest.has;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The offline chat's questions about the market as a whole on the S&P 500 pack, 2025-06-13 (issue 16, section 4):
 * movers, 52-week records, breadth, the 10-year yield and the VIX. Expected figures were worked by hand from the
 * pack's price files (adjusted closes of 2025-06-12 and 2025-06-13), not taken from the code under test.
 */
class Sp500MarketTest {

    static List<Fact> returns(Answer a) {
        return a.facts().stream().filter(f -> f.metric() == Metric.RETURN && f.window() == Window.D1).toList();
    }

    @Test
    void should_name_the_five_biggest_losers_among_stocks_with_their_volume_when_asked_for_the_biggest_losers() {
        Answer a = ask("What were the biggest losers?");

        assertThat(returns(a)).extracting(Fact::subject).containsExactly("CPAY", "CVNA", "MPWR", "DECK", "SHW");
        assertThat(a.text()).contains("Corpay (CPAY) tumbled 7.66% [F1] on the day, on volume 1.49x [F2] its 30-day average")
                .contains("Sherwin-Williams (SHW) tumbled 5.70%");
        assertThat(a.validation().passed()).as(a.text()).isTrue();
    }

    @Test
    void should_name_the_five_biggest_gainers_among_stocks_when_asked_for_the_biggest_gainers() {
        Answer a = ask("What were the biggest gainers?");

        assertThat(returns(a)).extracting(Fact::subject).containsExactly("ORCL", "CF", "BG", "HAL", "APA");
        assertThat(a.text()).contains("Oracle (ORCL) surged 7.69% [F1] on the day, on volume 5.33x [F2] its 30-day average");
        assertThat(has(a, "ORCL", Metric.VOLUME_RATIO, Window.D30)).as(cited(a)).isTrue();
        assertThat(a.validation().passed()).as(a.text()).isTrue();
    }

    @Test
    void should_rank_only_the_sectors_stocks_when_asked_which_tech_stocks_rose_most() {
        Answer a = ask("Which tech stocks rose the most?");

        Set<String> tech = Set.copyOf(Sp500ChatTest.SP500.instruments().stream()
                .filter(i -> "Information Technology".equals(i.sector())).map(Instrument::symbol).toList());
        assertThat(returns(a)).isNotEmpty().allSatisfy(f -> assertThat(tech).contains(f.subject()));
        assertThat(a.text()).startsWith("These Information Technology stocks gained most").contains("Oracle (ORCL) surged 7.69%");
    }

    @Test
    void should_name_stocks_at_their_highest_close_of_252_sessions_when_asked_which_hit_52_week_highs() {
        Answer a = ask("Which stocks hit 52-week highs?");

        List<Fact> records = a.facts().stream().filter(f -> f.metric() == Metric.NEW_HIGH_52W).toList();
        assertThat(records).extracting(Fact::subject).containsExactly("ORCL", "CF", "RTX", "EQT", "PLTR");
        assertThat(records).allSatisfy(f -> assertThat(f.labelText()).isEqualTo("yes"));
        assertThat(a.text()).contains("Oracle (ORCL) closed at 215.22 [F1], a new 52-week high [F2]")
                .contains("8 stocks [", "set new 52-week highs", "The biggest movers on the day among them");   // CAH, DGX and PM are not named
        assertThat(a.validation().passed()).as(a.text()).isTrue();
    }

    @Test
    void should_name_stocks_at_their_lowest_close_of_252_sessions_when_asked_for_52_week_lows() {
        Answer a = ask("Which stocks hit 52-week lows?");

        List<Fact> records = a.facts().stream().filter(f -> f.metric() == Metric.NEW_LOW_52W).toList();
        assertThat(records).extracting(Fact::subject).containsExactly("PCG", "EIX", "CLX", "BF.B", "CPRT");
        assertThat(a.text()).contains("closed at 26.44", "a new 52-week low");
    }

    @Test
    void should_give_the_counts_that_rose_and_fell_and_the_market_when_asked_how_many_stocks_rose() {
        Answer a = ask("How many stocks rose today?");

        // 68 of the 496 members with a price rose and 428 fell; 75% trade above their 50-day average
        assertThat(a.facts()).extracting(Fact::metric).contains(Metric.ADVANCERS, Metric.DECLINERS, Metric.MEMBERS, Metric.PCT_ABOVE_SMA50);
        assertThat(a.text()).contains("Of the 496 stocks", "68 rose", "428 fell", "75.00%", "50-day moving average", "SPY fell 1.12%");
        assertThat(a.validation().passed()).as(a.text()).isTrue();
    }

    @Test
    void should_answer_for_a_dotted_ticker_when_asked_by_it() {
        Answer a = ask("How did BRK.B do?");

        // Berkshire Hathaway's class B shares, written as the pack writes the ticker
        assertThat(a.text()).contains("Berkshire Hathaway (BRK.B)");
        assertThat(a.validation().passed()).as(a.text()).isTrue();
    }

    @Test
    void should_count_a_sectors_stocks_when_asked_how_many_of_them_rose() {
        Answer a = ask("How many health care stocks rose today?");

        // 11 of health care's 58 members rose and 47 fell
        assertThat(a.text()).contains("Of the 58 Health Care stocks", "11 rose", "47 fell");
        assertThat(a.validation().passed()).as(a.text()).isTrue();
    }

    @Test
    void should_give_the_yields_move_in_basis_points_and_its_level_when_asked_how_the_10_year_moved() {
        Answer a = ask("How did the 10-year yield move?");

        assertThat(has(a, "^TNX", Metric.CHANGE_BP, Window.D1)).as(cited(a)).isTrue();
        assertThat(a.text()).contains("the 10-year Treasury yield (^TNX) rose 6.70 basis points [F1] on the day, to 4.42% [F2]")
                .contains("Over the past 30 sessions, it rose 19.30 basis points");
        assertThat(returns(a)).isEmpty();
    }

    @Test
    void should_read_the_yield_as_the_10_year_and_not_an_unsupported_metric_when_asked_for_the_yield_this_week() {
        Answer a = ask("What's the yield on the 10-year treasury this week?");

        assertThat(has(a, "^TNX", Metric.CHANGE_BP, Window.D5)).as(a.text()).isTrue();
        assertThat(a.text()).contains("fell 8.60 basis points [F1] over the past 5 sessions");
    }

    @Test
    void should_give_the_vix_level_and_its_move_in_points_when_asked_what_the_vix_is_at() {
        Answer a = ask("What is the VIX at?");

        assertThat(has(a, "^VIX", Metric.POINTS_CHANGE, Window.D1)).as(cited(a)).isTrue();
        assertThat(a.text()).isEqualTo("On June 13, 2025, the CBOE Volatility Index (^VIX) closed at 20.82 [F1], up 2.80 points [F2] on the day.");
        assertThat(a.validation().passed()).isTrue();
    }

    @Test
    void should_give_an_indexs_point_move_and_level_when_asked_how_the_s_and_p_500_did() {
        Answer a = ask("How did the S&P 500 do today?");

        assertThat(a.text()).contains("the S&P 500 (^GSPC) fell 1.13% [F1], or 68.29 points [F2], to 5,976.97 [F3]");
    }

    @Test
    void should_give_the_indexs_year_to_date_return_when_asked_how_the_s_and_p_did_this_year() {
        Answer a = ask("How did the S&P do this year?");

        assertThat(has(a, "^GSPC", Metric.RETURN, Window.YTD)).as(cited(a)).isTrue();
        assertThat(a.text()).contains("the S&P 500 (^GSPC) is up 1.62% [F1] year to date");
    }

    @Test
    void should_name_both_share_classes_in_the_text_when_asked_how_alphabet_did() {
        Answer a = ask("How did Alphabet do?");

        assertThat(a.text()).contains("Alphabet (GOOGL) slipped 0.59%").contains("Alphabet (GOOG) slipped 0.62%");
    }

    @Test
    void should_rank_the_other_end_and_then_the_named_stock_when_the_reader_follows_up_on_the_gainers() {
        ChatDesk desk = Sp500ChatTest.desk();
        java.util.function.Function<String, Answer> turn = q -> desk.ask(new Question(q, Sp500ChatTest.JUNE_13, "movers"),
                ProgressListener.NONE);

        turn.apply("What were the biggest gainers?");
        Answer worst = turn.apply("And the worst?");
        Answer oracle = turn.apply("And Oracle?");

        assertThat(returns(worst)).extracting(Fact::subject).startsWith("CPAY");
        assertThat(oracle.text()).contains("Oracle (ORCL) surged 7.69%");
    }

    @Test
    void should_give_the_close_its_252_session_range_and_the_record_when_asked_whether_a_stock_hit_a_52_week_high() {
        Answer a = ask("Did Oracle hit a 52-week high?");

        assertThat(a.text()).isEqualTo("On June 13, 2025, Oracle (ORCL) closed at 215.22 [F1]. Over the past 252 sessions its "
                + "closes ranged from 122.82 [F2] to 215.22 [F3]. That close is its highest of the past 252 sessions [F4].");
        assertThat(has(a, "ORCL", Metric.NEW_HIGH_52W, Window.D252)).as(cited(a)).isTrue();
        assertThat(a.validation().passed()).isTrue();
    }

    @Test
    void should_name_the_sector_funds_at_a_record_and_not_the_stocks_when_asked_which_sector_hit_a_52_week_high() {
        Answer a = ask("Which sector hit a 52-week high?");

        assertThat(a.facts()).allSatisfy(f -> assertThat(f.subject()).startsWith("XL"));
        assertThat(a.text()).contains("sector funds").contains("highest close of the past 252 sessions");
        assertThat(a.validation().passed()).as(a.text()).isTrue();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"2024-01-03", "2024-04-15", "2024-08-05", "2024-12-31",
            "2025-04-09", "2025-09-08", "2025-11-03"})
    void should_answer_every_market_question_with_text_that_validates_first_time_when_asked_on_any_date(String day) {
        java.time.LocalDate date = java.time.LocalDate.parse(day);
        List<String> questions = List.of("How many stocks rose today?", "What were the biggest losers?",
                "What were the biggest gainers?", "Which stocks hit 52-week highs?", "Which stocks hit 52-week lows?",
                "How did the 10-year yield move?", "What is the VIX at?", "Which energy stocks fell the most?",
                "Did Oracle hit a 52-week high?", "How did the S&P do this year?");
        for (String q : questions) {
            Answer a = Sp500ChatTest.DESK.ask(new Question(q, date, null), ProgressListener.NONE);

            assertThat(a.attempts()).as(day + " " + q + ": " + a.text()).hasSize(1)
                    .allSatisfy(t -> assertThat(t.result()).isEqualTo(io.factline.narrative.Attempt.Outcome.PASSED));
        }
    }
}
