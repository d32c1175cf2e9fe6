package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Multiples between two named sides whose figures are not both cited in the sentence ("about twice the
 * S&P 500 ETF's advance", "- Small caps roughly one and a half times as volatile as SPY" under bullets that
 * cite both), ratios to an average cited in an earlier bullet, "ahead of" by the measure the sentence cites,
 * and ranking forms of natural prose ("leads at", "lead the 30-session table", "- Runner-up:", "right behind
 * in second", a question answered by the next sentence), on the bundled sheet of 2026-03-23: IWM +2.16% and
 * SPY +1.05% on the day; 30-day volatility IWM 1.26%, SPY 0.80%; one-year beta XLK 1.33, IWM 1.05, XLU 0.39;
 * sector funds on the day XLY +2.21%, XLB +1.66%, XLK +1.35%, XLI +1.14%; over 30 sessions (four funds have
 * the window) XLU +4.02%, XLK -2.84%, XLI -5.58%, XLB -7.28%; the S&P 500's volume 1.02 times its average.
 */
class NamedMultiplesAndRankingFormsTest {

    private final Validator validator = new Validator();
    private final PreparedSheet sheet = PreparedSheet.of(TestSheets.bundled());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Small caps gained 2.16% [F25] on the day, about twice the S&P 500 ETF's advance.",
            "The Russell 2000 fund's 2.16% [F25] gain was roughly double that of the S&P 500 ETF.",
            "- IWM 30-day volatility: 1.26% [F27]\n- SPY 30-day volatility: 0.80% [F16]\n- Small caps roughly one and a half times as volatile as SPY",
            "Tech's one-year beta of 1.33 [F145] is more than three times that of utilities.",
            "IWM rose 2.16% [F25] on Monday. That's about two times SPY's 1.05% [F14] over the same session.",
            "XLK's one-year beta of 1.33 [F145] keeps it ahead of small caps' 1.05 [F135].",
            "Consumer discretionary rose 2.21% [F44], and materials were a close second at 1.66% [F68].",
            "Over the past 30 sessions, utilities lead at 4.02% [F107], followed by tech, down 2.84% [F79].",
            "Utilities lead the 30-session table at 4.02% [F107].",
            "- Leader on the day: XLY +2.21% [F44]\n- Runner-up: XLB +1.66% [F68]",
            "Discretionary won the day at 2.21% [F44], with materials right behind in second.",
            "Best sector fund on the day? Consumer discretionary, up 2.21% [F44].",
            "Consumer discretionary was the top sector fund on the day, up 2.21% [F44]."})
    void should_pass_when_the_multiple_or_the_ranking_holds(String text) {
        // given a multiple or ranking in natural prose that the sheet bears out, when validated, then it passes
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Small caps gained 2.16% [F25] on the day, about four times the S&P 500 ETF's advance.",
            "Tech's 1.35% [F78] gain was double that of industrials.",
            "- IWM 30-day volatility: 1.26% [F27]\n- SPY 30-day volatility: 0.80% [F16]\n- Small caps roughly twice as volatile as SPY",
            "Tech's one-year beta of 1.33 [F145] is nearly five times that of utilities.",
            "IWM rose 2.16% [F25] on Monday. That's about three times SPY's 1.05% [F14] over the same session.",
            "- S&P 500 volume: 1.02x [F7] its 30-day average\n- More than double the normal pace",
            "The S&P 500 traded 1.02 times [F7] its 30-day average volume, barely half its usual pace."})
    void should_fail_when_the_multiple_does_not_hold(String text) {
        // given a multiple the two sides' figures contradict, when validated, then the multiple fails
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.FAIL);
        assertThat(report.claims()).as(report.toString())
                .anyMatch(c -> c.status() != ClaimStatus.SUPPORTED && c.unit() == null || c.status() == ClaimStatus.MISMATCH);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "XLK's one-year beta of 1.33 [F145] keeps it behind small caps' 1.05 [F135].",
            "Over the past 30 sessions, utilities lead at 4.02% [F107], followed by materials, down 7.28% [F69].",
            "Tech leads the 30-session table at -2.84% [F79].",
            "- Leader on the day: XLY +2.21% [F44]\n- Runner-up: XLK +1.35% [F78]",
            "Discretionary won the day at 2.21% [F44], with industrials right behind in second.",
            "Best sector fund on the day? Materials, up 1.66% [F68].",
            "Tech was the top sector fund on the day, up 1.35% [F78]."})
    void should_fail_when_the_comparison_or_ranking_does_not_hold(String text) {
        // given a comparison or ranking the sheet contradicts, when validated, then it fails as that claim
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString())
                .anyMatch(c -> c.status() == ClaimStatus.WRONG_RANKING || c.status() == ClaimStatus.WRONG_COMPARISON);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The rally was strongest in small caps, whose 2.16% [F25] gain was about twice the S&P 500 ETF's.",
            "Materials rose 1.66% [F68], second only to consumer discretionary among the sector funds, and beat the S&P 500 ETF by 0.61 percentage points [F140].",
            "| Sector | 1-day |\n|---|---|\n| Comm. services | +0.43% [F124] |\n| Energy | +0.54% [F36] |",
            "Tech rose 1.35% [F78] and industrials 1.14% [F96], both finishing higher but neither leading.",
            "Over the past 30 sessions utilities gained 4.02% [F107], while tech lost 2.84% [F79] over that period.",
            "Utilities have gained 4.02% [F107] over the past 30 sessions, the best of the sector funds.",
            "Over the past 30 sessions the picture is the mirror image of Monday's: utilities top the table at 4.02% [F107].",
            "Over the past 30 sessions the laggards are tech, industrials and materials, the first of which has lost 2.84% [F79].",
            "Two funds stand out over 30 sessions, utilities and tech, the latter down 2.84% [F79].",
            "Health care and staples both held up relatively well on the day, slipping 0.39% [F52] and 0.14% [F60]."})
    void should_pass_when_the_subject_or_the_period_is_read_as_an_editor_reads_it(String text) {
        // given prose whose subject or period a reader resolves ("whose", "second only to", "over that period"),
        // when validated, then it passes
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Over the past 30 sessions utilities gained 4.02% [F107], while tech lost 1.35% [F78] over that period.",
            "Tech has lost 2.84% [F79] over the past 30 sessions, the best of the sector funds.",
            "Over the past 30 sessions the picture is the mirror image of Monday's: tech tops the table at -2.84% [F79]."})
    void should_fail_when_the_period_carried_over_contradicts_the_figure(String text) {
        // given a figure or ranking whose period is carried from earlier in the sentence or paragraph, when the
        // sheet contradicts it over that period, then it fails
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString())
                .anyMatch(c -> c.status() == ClaimStatus.WRONG_WINDOW || c.status() == ClaimStatus.WRONG_RANKING);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Small caps jumped 2.16% [F25] on the day, their best day in more than a year.",
            "The S&P 500 ETF rose 1.05% [F14], its biggest one-day gain of the year.",
            "Utilities closed at their highest level on record today.",
            "- IWM: +2.16% [F25]\n- Best day for small caps in two months",
            "- XLU: +4.02% [F107] over 30 sessions\n- Best 30-session run since 2020"})
    void should_fail_a_record_in_words_when_no_fact_states_records(String text) {
        // given a superlative in time ("in more than a year", "of the year", "on record"), when validated,
        // then it is unsupported: no fact of the sheet states a record
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString()).anyMatch(c -> c.status() == ClaimStatus.UNSUPPORTED && c.unit() == null);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Utilities were the best of the sector funds in the past 30 sessions, up 4.02% [F107].",
            "Tech's 1.35% [F78] gain was the best in a group of three funds with betas on the sheet, ahead of industrials."})
    void should_read_no_record_when_the_superlative_is_a_ranking(String text) {
        // given a superlative over a group rather than over time, when validated, then no record claim is read
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString()).noneMatch(c -> c.message() != null && c.message().contains("states a record"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Small caps beat SPY by about a full percentage point [F133] on the session. | SUPPORTED",
            "Tech beat SPY by a full percentage point [F143] on the session. | MISMATCH",
            "Utilities have gained roughly a quarter [F107] over the past 30 sessions. | MISMATCH"})
    void should_hold_number_words_to_their_size_when_they_insist_or_name_a_share(String line) {
        // given "a full point" (the whole point, within a fifth) or "gained a quarter" (25% of the price),
        // when validated, then the figure is checked at that size
        String[] parts = line.split(" \\| ");
        ValidationReport report = validator.validate(sheet, parts[0], true);
        assertThat(report.claims()).as(report.toString()).anyMatch(c -> c.status() == ClaimStatus.valueOf(parts[1]) && c.unit() != null);
    }

    @Test
    void should_take_the_listed_member_as_the_subject_when_the_clause_says_the_first_of_which() {
        // given "the first of which" after a list, when the first listed is not the cited fact's subject, then
        // the figure is about the wrong instrument
        ValidationReport r = validator.validate(sheet,
                "Over the past 30 sessions the laggards are industrials, tech and materials, the first of which has lost 2.84% [F79].", true);
        assertThat(r.claims()).as(r.toString()).anyMatch(c -> c.status() == ClaimStatus.WRONG_SUBJECT && c.message().contains("XLI"));
    }
}
