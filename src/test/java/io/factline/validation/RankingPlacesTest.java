package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rankings by place ("in second place", "came in second", "- Second: …"), list labels that rank ("- Best:
 * XLY"), and superlatives with no noun ("the second-worst", "the weakest of the sector funds"), on the bundled
 * sheet of 2026-03-23, where the sector funds' 1-day returns run XLY +2.21%, XLB +1.66%, XLK +1.35%,
 * XLI +1.14%, XLU +0.99%, XLE +0.54%, XLC +0.43%, XLF +0.39%, XLRE +0.07%, XLP -0.14%, XLV -0.39%; the
 * sheet has betas and 30-day volatilities for three of them: XLU 0.39 / 1.23%, XLI 0.90 / 1.03%, XLK 1.33 / 1.34%.
 */
class RankingPlacesTest {

    private final Validator validator = new Validator();
    private final PreparedSheet sheet = PreparedSheet.of(TestSheets.bundled());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Consumer discretionary led the sector funds on the day, with materials in second place.",
            "Discretionary lead the sector funds today, followed by materials.",
            "Materials came in second among the sector funds on the day.",
            "- Best sector fund on the day: XLY\n- Second: XLB\n- Worst: XLV",
            "Health care was the worst sector fund on the day, and staples was the second-worst.",
            "Health care was the weakest of the sector funds on the day.",
            "Utilities are the lowest-beta sector fund.",
            "If you want calm, industrials have been the calmest sector fund over the past 30 sessions.",
            "Tech is the most market-sensitive sector fund.",
            "Over the past 30 sessions, tech has been the most volatile sector fund."})
    void should_pass_a_place_when_the_ranking_agrees(String text) {
        // given a place the sector funds' day bears out, when validated, then it passes with the ranking listed
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.PASS);
        assertThat(report.claims()).anySatisfy(c -> assertThat(c.factIds()).hasSizeGreaterThan(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Consumer discretionary led the sector funds on the day, with tech in second place.",
            "Tech came in second among the sector funds on the day.",
            "- Best sector fund on the day: XLY\n- Second: XLK",
            "- Best on the day: XLB",
            "Health care was the worst sector fund on the day, with real estate the second-worst.",
            "Staples was the weakest of the sector funds on the day.",
            "Tech is the lowest-beta sector fund.",
            "If you want calm, tech has been the calmest sector fund over the past 30 sessions.",
            "Utilities carry the highest one-year beta of the sector funds."})
    void should_fail_a_place_when_another_fund_holds_it(String text) {
        // given a place the ranking contradicts, when validated, then it is a wrong ranking naming who holds it
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString()).anyMatch(c -> c.status() == ClaimStatus.WRONG_RANKING);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The S&P 500 traded 1.02 times [F7] its 30-day average volume, more than double the usual pace.",
            "The S&P 500 traded 1.02 times [F7] its 30-day average volume, roughly twice normal.",
            "The S&P 500 traded 1.02 times [F7] its 30-day average volume, nearly double its usual level."})
    void should_fail_a_multiple_of_the_average_when_the_cited_ratio_is_outside_its_band(String text) {
        // given a multiple in words of an average and a cited volume ratio it does not fit, then it is a mismatch
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString())
                .anyMatch(c -> c.status() == ClaimStatus.MISMATCH && c.factIds().equals(java.util.List.of("F7")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Real estate first, utilities second, tech last.",
            "Tech had its best day in weeks.",
            "Rate-sensitive funds sat near the bottom, alongside materials.",
            "Small caps held their lead over the quarter.",
            "- Laggards: XLP, XLF"})
    void should_read_no_ranking_when_the_words_rank_nothing_decidable(String text) {
        // given words that name no place by a measure, when validated, then no ranking is read into them
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString()).noneMatch(c -> c.status() == ClaimStatus.WRONG_RANKING);
    }
    @org.junit.jupiter.api.Test
    void should_rank_the_funds_named_before_when_the_two_were_the_only_ones() {
        // given "the two were the only sector funds to fall" after naming staples and health care (the only two down),
        // and the same words after naming two of the nine that rose, when validated, then the first passes, the second fails
        ValidationReport honest = validator.validate(sheet,
                "Staples slipped 0.14% [F60] and health care lost 0.39% [F52]; the two were the only sector funds to fall.", true);
        ValidationReport wrong = validator.validate(sheet,
                "Discretionary rose 2.21% [F44] and materials 1.66% [F68]; both were the only sector funds to rise.", true);
        assertThat(honest.verdict()).as(honest.toString()).isEqualTo(Verdict.PASS);
        assertThat(wrong.claims()).as(wrong.toString()).anyMatch(c -> c.status() == ClaimStatus.WRONG_COUNT);
    }
}
