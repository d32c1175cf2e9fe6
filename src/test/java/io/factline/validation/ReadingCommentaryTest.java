package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of issue 12 on the bundled data's sheet for Monday 2026-03-23, each in both directions:
 * the honest sentence passes, the wrong one fails with the status that names what is wrong. Figures:
 * F14 SPY +1.05% (1 day), F25 IWM +2.16%, F26 IWM -6.46% (30 days), F27 IWM volatility 1.26%, F52 XLV
 * -0.39%, F60 XLP -0.14%, F69 XLB -7.28% (30 days), F97 XLI -5.58%, F79 XLK -2.84%, F36 XLE +0.54%,
 * F88 XLF +0.39%, F13 SPY close 655.38, F17 SPY volume 134.80 million, F23 SPY P/E 26.00.
 */
class ReadingCommentaryTest {

    static final FactSheet SHEET = TestSheets.bundled();
    final Validator validator = new Validator();

    /** The status of the first claim that is not supported, or SUPPORTED when the text passes. */
    ClaimStatus verdictOf(String text) {
        ValidationReport r = validator.validate(SHEET, text, true);
        return r.claims().stream().map(Claim::status).filter(s -> s != ClaimStatus.SUPPORTED).findFirst()
                .orElse(r.verdict() == Verdict.PASS ? ClaimStatus.SUPPORTED : null);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "IWM's 30-day volatility stands at 1.26% [F27].                 | SUPPORTED",
            "IWM gained 1.26% over 30 sessions [F27].                       | WRONG_METRIC",
            "IWM's volatility of 2.16% [F25] stands out.                    | WRONG_METRIC",
            "Daily moves of 1.26% [F27] are typical for IWM lately.         | SUPPORTED",
            "SPY closed at 655.38 [F13], a gain of 1.05% [F14] on the day.   | SUPPORTED",
            "SPY closed at 1.05% [F14].                                     | SUPPORTED",   // a close is never a percent: the move
            "SPY trades at 26.00 times earnings [F23].                      | SUPPORTED",
            "SPY's volume was 134.80 million shares [F17].                  | SUPPORTED",
            "SPY changed hands 134.80 million times [F17].                  | SUPPORTED",
            "The volatility of daily returns for IWM was 1.26% [F27].       | SUPPORTED",
            "IWM's volatility climbed to 1.26% [F27].                       | SUPPORTED",
    })
    void should_read_the_measure_from_the_words_of_the_clause(String text, ClaimStatus expected) {
        assertThat(verdictOf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Health care was off 0.39% [F52] on the day.                    | SUPPORTED",
            "Health care gave back 0.39% [F52] on the day.                  | SUPPORTED",
            "XLV pulled back 0.39% [F52] on the day.                        | SUPPORTED",
            "XLV sold off, shedding 0.39% [F52].                            | SUPPORTED",
            "XLV finished in the red, down 0.39% [F52].                     | SUPPORTED",
            "XLV finished in the green, up 0.39% [F52].                     | WRONG_SIGN",
            "XLV tacked on 0.39% [F52].                                     | WRONG_SIGN",
            "IWM tacked on 2.16% [F25].                                     | SUPPORTED",
            "IWM skidded 2.16% [F25].                                       | WRONG_SIGN",
            "IWM edged lower, slipping 2.16% [F25].                         | WRONG_SIGN",
    })
    void should_read_every_inflection_and_phrasing_of_direction(String text, ClaimStatus expected) {
        assertThat(verdictOf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The Russell 2000 ETF rose 2.16% [F25] on the day.              | SUPPORTED",
            "The Russell 2000 ETF rose 1.05% [F14] on the day.              | WRONG_SUBJECT",
            "Small caps jumped 2.16% [F25]; large caps added 1.05% [F14].   | SUPPORTED",
            "Small-cap stocks jumped 1.05% [F14] on the day.                | WRONG_SUBJECT",
            "Stocks climbed, with the S&P 500 up 1.15% [F2].                | SUPPORTED",
            "staples slipped 0.14% [F60] while utilities gained 0.99% [F106]. | SUPPORTED",
            "Consumer Cyclical (XLY) climbed 2.21% [F44].                   | SUPPORTED",
            "The Nasdaq rose 1.05% [F14] on the day.                        | UNSUPPORTED",
            "Oil rose 0.54% [F36] on the day.                               | UNSUPPORTED",
            "Semiconductors jumped 1.35% [F78].                             | UNSUPPORTED",
            "Pharma shares dipped 0.39% [F52].                              | UNSUPPORTED",
            "Treasury yields rose 1.15% [F2].                               | UNSUPPORTED",
            "One of them added 2.16% [F25].                                 | UNRESOLVED",
            "Shares bounced 0.39% [F88] on the day.                         | UNRESOLVED",
            "IWM had a strong day. It rose 2.16% [F25].                     | SUPPORTED",
            "IWM had a strong day. It rose 1.05% [F14].                     | WRONG_SUBJECT",
            "The S&P 500 added 1.15% [F2]; the index's gain came on volume of 1.02x [F7] its average. | SUPPORTED",
            "XLF and XLE at 0.39% [F88] and 0.54% [F36].                    | SUPPORTED",
            "XLF and XLE at 0.54% [F36] and 0.39% [F88].                    | WRONG_SUBJECT",
            "Materials, industrials and tech fell 7.28% [F69], 5.58% [F97] and 2.84% [F79] over the past month. | SUPPORTED",
            "Health care fell 0.39% [F52] and staples 0.14% [F60].          | SUPPORTED",
            "Health care rose 0.39% [F52] and staples 0.14% [F60].          | WRONG_SIGN",
            "XLF up 0.39% [F88] and 0.66 pp [F146] behind SPY on volume of 81.04 million shares [F89]. | SUPPORTED",
    })
    void should_resolve_the_subject_of_every_figure_and_fail_when_it_cannot(String text, ClaimStatus expected) {
        assertThat(verdictOf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "IWM fell 6.46% [F26] over the past six weeks.                  | SUPPORTED",
            "IWM fell 6.46% [F26] over the past month.                      | SUPPORTED",
            "IWM fell 6.46% [F26] this month.                               | WRONG_WINDOW",
            "IWM fell 6.46% [F26] year to date.                             | WRONG_WINDOW",
            "IWM fell 6.46% [F26] in March.                                 | WRONG_WINDOW",
            "Utilities are up 4.02% [F107] since January.                   | WRONG_WINDOW",
            "IWM fell 6.46% [F26] over the past week.                       | WRONG_WINDOW",
            "IWM rose 2.16% [F25] on Monday.                                | SUPPORTED",
            "IWM rose 2.16% [F25] on Tuesday.                               | WRONG_DATE",
            "XLB was 0.61 pp [F140] ahead on the day and 2.43 pp [F141] behind over the past 30 sessions. | SUPPORTED",
            "SPY trades at 26.00 times earnings [F23].                      | SUPPORTED",
    })
    void should_read_the_period_of_each_figure(String text, ClaimStatus expected) {
        assertThat(verdictOf(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "IWM rose between 2% and 2.5% [F25] on the day.                 | SUPPORTED",
            "IWM rose between 1% and 1.5% [F25] on the day.                 | MISMATCH",
            "IWM fell between 2% and 2.5% [F25] on the day.                 | WRONG_SIGN",
            "SPY was up less than 1.1% [F14] and IWM more than 2% [F25].    | SUPPORTED",
            "IWM jumped nearly double SPY's gain, 2.16% [F25] against 1.05% [F14]. | MISMATCH",   // 2.06x is not below 2
            "IWM jumped 2.16% [F25] on the day against 1.05% [F14] for SPY's. | SUPPORTED",
            "IWM's gain was more than double SPY's, 2.16% [F25] against 1.05% [F14]. | SUPPORTED",
    })
    void should_read_hedges_and_ranges_as_bounds(String text, ClaimStatus expected) {
        assertThat(verdictOf(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void should_flag_a_weekday_that_is_not_the_sheets_even_without_a_figure() {
        ValidationReport r = validator.validate(SHEET, "Happy Tuesday! IWM rose 2.16% [F25].", true);

        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(r.problems()).extracting(Problem::kind).containsExactly(Problem.WRONG_DATE);
        assertThat(validator.validate(SHEET, "After Friday's slide, IWM rose 2.16% [F25] on Monday.", true).verdict())
                .isEqualTo(Verdict.PASS);
    }

    @org.junit.jupiter.api.Test
    void should_propose_no_fact_of_the_same_value_for_a_figure_about_something_the_sheet_lacks() {
        ValidationReport r = validator.validate(SHEET, "The Nasdaq rose 2.16% on the day.", true);

        assertThat(r.claims().get(0).status()).isEqualTo(ClaimStatus.UNSUPPORTED);
        assertThat(r.claims().get(0).message()).doesNotContain("F25");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Health care fell 0.39% [F52] and staples 0.14% [F60], trailing SPY by 1.44 pp [F138] and 1.19 pp [F139]. | SUPPORTED",
            "Health care fell 0.39% [F52] and staples 0.14% [F60], trailing SPY by 1.19 pp [F139] and 1.44 pp [F138]. | WRONG_SUBJECT",
            "IWM's 30-day volatility of 1.26% [F27] is roughly 1.6 times SPY's 0.80% [F16].  | SUPPORTED",
            "IWM's 30-day volatility of 1.26% [F27] is roughly 1.2 times SPY's 0.80% [F16].  | UNSUPPORTED",
            "XLE rose 0.54% [F36], and its volume was 71.03 million shares [F37].            | SUPPORTED",
            "XLE rose 0.54% [F36], and its volume was 14.78 million shares [F45].            | WRONG_SUBJECT",
            "IWM, the small-cap fund, jumped 2.16% [F25].                                   | SUPPORTED",
            "SPY (S&P 500) rose 1.05% [F14].                                                | SUPPORTED",
            "Utilities (XLE) gained 0.99% [F106].                                           | WRONG_SUBJECT",
            "Both funds carry a sideways trend label [F22][F33].                            | SUPPORTED",
            "Both funds carry a sideways trend label [F22][F42].                            | WRONG_LABEL",
            "The laggards were XLV and XLP, with sideways labels for XLV [F58] and XLP [F66]. | SUPPORTED",
            "IWM fell 6.46% [F26] over 30 sessions and by 1.62 pp [F134] trailed SPY over the same stretch. | SUPPORTED",
    })
    void should_read_lists_ratios_pronouns_and_labels_of_whole_drafts(String text, ClaimStatus expected) {
        assertThat(verdictOf(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void should_read_a_table_cell_by_its_column_header() {
        String honest = "| Fund | 30-day volatility |\n|---|---|\n| IWM | 1.26% [F27] |\n| SPY | 0.80% [F16] |";
        String wrong = "| Fund | 30-day volatility |\n|---|---|\n| IWM | 2.16% [F25] |";

        assertThat(verdictOf(honest)).isEqualTo(ClaimStatus.SUPPORTED);
        assertThat(verdictOf(wrong)).isEqualTo(ClaimStatus.WRONG_METRIC);
    }
}
