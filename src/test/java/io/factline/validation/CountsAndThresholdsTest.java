package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts with a threshold, counts of funds that beat SPY, counts in list form and lists of names that
 * "all" moved, on the bundled sheet of 2026-03-23, where the sector funds' 1-day returns are XLY +2.21%,
 * XLB +1.66%, XLK +1.35%, XLI +1.14%, XLU +0.99%, XLE +0.54%, XLC +0.43%, XLF +0.39%, XLRE +0.07%,
 * XLP -0.14%, XLV -0.39% (nine rose, four by 1% or more, one by 2% or more; four beat SPY).
 */
class CountsAndThresholdsTest {

    private final Validator validator = new Validator();
    private final PreparedSheet sheet = PreparedSheet.of(TestSheets.bundled());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Four sector funds gained one percent or more on the day.",
            "Four of the eleven sector funds rose more than 1% on the session.",
            "Only one sector fund gained two percent or more on the day.",
            "Four sector funds beat SPY on the day.",
            "Seven sector funds trailed the S&P 500 ETF on Monday.",
            "- Sector funds up on the day: nine\n- Sector funds down on the day: two",
            "- Winners on the day: nine sector funds",
            "Utilities, energy and materials all rose on the day.",
            "Staples and health care both fell on the day."})
    void should_pass_a_count_when_the_facts_counted_agree(String text) {
        // given a count the sector funds' facts bear out, when validated, then it passes without a citation of its own
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.PASS);
        assertThat(report.claims()).anySatisfy(c -> assertThat(c.factIds()).hasSizeGreaterThan(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Six sector funds gained one percent or more on the day.",
            "Three sector funds gained two percent or more on the session.",
            "Seven sector funds beat SPY on the day.",
            "- Sector funds up on the day: seven",
            "- Losers on the day: four sector funds",
            "Utilities, energy and staples all rose on the day."})
    void should_fail_a_count_when_the_facts_counted_disagree(String text) {
        // given a count the facts contradict, when validated, then it is a wrong count
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString()).anyMatch(c -> c.status() == ClaimStatus.WRONG_COUNT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Utilities and real estate both rose, by 0.99% [F106] and 0.07% [F116].",
            "One ETF rose 0.99% [F106] on the day."})
    void should_check_figures_themselves_when_they_are_cited_member_by_member(String text) {
        // given cited figures after a count's direction, when validated, then they are figures of facts, not a threshold
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).noneMatch(c -> c.status() == ClaimStatus.WRONG_COUNT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Materials rose 1.66% [F68], with tech close behind at 1.35% [F78] on the day.",
            "XLE and XLF were busy, and those two funds moved 0.54% [F36] and 0.39% [F88]."})
    void should_read_no_sign_or_count_when_the_words_place_or_point_back(String text) {
        // given "behind at" (a place, not a fall) and "those two funds" (named ones), then no wrong sign or count
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString())
                .noneMatch(c -> c.status() == ClaimStatus.WRONG_SIGN || c.status() == ClaimStatus.WRONG_COUNT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"11", "eleven", "12"})
    void should_check_a_group_size_against_the_sheet_when_a_number_precedes_the_group(String n) {
        // given "among the N sector funds", when validated, then N is the sheet's number of sector funds (11) or a wrong count
        ValidationReport report = validator.validate(sheet, "Consumer discretionary rose the most among the " + n
                + " sector funds on the day.", true);
        ClaimStatus expected = n.equals("12") ? ClaimStatus.WRONG_COUNT : ClaimStatus.SUPPORTED;
        assertThat(report.claims()).as(report.toString()).anyMatch(c -> c.text().endsWith("sector funds") && c.status() == expected);
    }
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Consumer discretionary rose 2.21% [F44] and materials 1.66% [F68]; both gained more than one and a half percent.",
            "- XLP: -0.14% [F60]\n- XLV: -0.39% [F52]\n- Both slipped less than half a percent",
            "Real estate edged up 0.07% [F116] and staples slipped 0.14% [F60]. Those two funds moved less than a quarter of a percent each.",
            "Discretionary beat SPY by 1.16 percentage points [F137] on the day. No other sector fund outperformed the S&P 500 ETF by even a full point.",
            "Consumer discretionary beat SPY by 1.16 percentage points [F137]. Materials was the only other sector fund to beat the S&P 500 ETF by more than half a point."})
    void should_pass_a_threshold_over_a_set_named_before_when_every_member_meets_it(String text) {
        // given "both", "those two" or "no other" after sentences naming the funds, when validated,
        // then the bound is checked against each fund it refers back to, and the uncited number word is no figure
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.verdict()).as(report.toString()).isEqualTo(Verdict.PASS);
        assertThat(report.claims()).anySatisfy(c -> assertThat(c.message()).startsWith("counted:"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Consumer discretionary rose 2.21% [F44] and materials 1.66% [F68]; both gained more than two percent.",
            "Real estate edged up 0.07% [F116] and staples slipped 0.14% [F60]. Those two funds moved less than a tenth of a percent each.",
            "Discretionary beat SPY by 1.16 percentage points [F137] on the day. No other sector fund outperformed the S&P 500 ETF by even half a point.",
            "Consumer discretionary beat SPY by 1.16 percentage points [F137]. Materials was the only other sector fund to beat the S&P 500 ETF by more than a quarter of a point."})
    void should_fail_a_threshold_over_a_set_named_before_when_a_member_misses_it(String text) {
        // given a bound that one of the funds referred back to does not meet (XLB +1.66%, XLP -0.14%, XLB 0.61 pp and XLK 0.30 pp ahead of SPY),
        // when validated, then it is a wrong count
        ValidationReport report = validator.validate(sheet, text, true);
        assertThat(report.claims()).as(report.toString()).anyMatch(c -> c.status() == ClaimStatus.WRONG_COUNT);
    }
}
