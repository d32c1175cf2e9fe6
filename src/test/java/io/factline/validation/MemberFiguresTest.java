package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Figures about a group's member stocks (breadth, the members' equal-weighted average, the share above the
 * 50-day average), on the S&P 500 pack's sheet for 2025-06-13: 68 of 496 members rose and 428 fell, their
 * average move -1.28%, 75% above their 50-day average; health care's 58 members averaged -0.94%. Fact IDs
 * are looked up by subject and metric; the texts name them as {adv}, {dec}, {all}, {avg}, {hcavg}, {above}.
 */
class MemberFiguresTest {

    private static PreparedSheet sheet;
    private static FactSheet facts;
    private final Validator validator = new Validator();

    @BeforeAll
    static void load() {
        facts = TestSheets.sp500(LocalDate.parse("2025-06-13"));
        sheet = PreparedSheet.of(facts);
    }

    private static String cite(String text) {
        return text.replace("{adv}", id("stocks", Metric.ADVANCERS, Window.D1)).replace("{dec}", id("stocks", Metric.DECLINERS, Window.D1))
                .replace("{all}", id("stocks", Metric.MEMBERS, Window.D1)).replace("{avg}", id("stocks", Metric.AVERAGE_RETURN, Window.D1))
                .replace("{hcavg}", id("Health Care", Metric.AVERAGE_RETURN, Window.D1))
                .replace("{above}", id("stocks", Metric.PCT_ABOVE_SMA50, Window.D50))
                .replace("{hcall}", id("Health Care", Metric.MEMBERS, Window.D1)).replace("{hcdec}", id("Health Care", Metric.DECLINERS, Window.D1));
    }

    private static String id(String subject, Metric metric, Window window) {
        return facts.find(subject, metric, window).orElseThrow().id();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Decliners outnumbered advancers, 428 to 68 [{dec}][{adv}].",
            "Only 68 stocks rose [{adv}], while 428 fell [{dec}].",
            "Of the 496 stocks [{all}] with a price, 68 rose [{adv}] and 428 fell [{dec}].",
            "Just 68 of the 496 members advanced [{adv}].",
            "Three-quarters of the S&P 500's members, 75% [{above}], still trade above their 50-day average.",
            "The average stock fell 1.28% [{avg}], weighted equally.",
            "Health care stocks fell 0.94% on average [{hcavg}].",
            "Breadth is still healthy: 75.00% [{above}] of members sit above their 50-day average, versus the market's slide.",
            "Health care was the weak spot: 47 [{hcdec}] of its stocks fell."})
    void should_pass_a_figure_about_members_when_the_group_fact_states_it(String text) {
        // given breadth and members' figures the sheet states, when the text names members and cites them, then it passes
        ValidationReport r = validator.validate(sheet, cite(text), true);
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Only 68 stocks fell [{adv}].",
            "Of the 496 stocks [{all}] with a price, 428 rose [{dec}] and 68 fell [{adv}].",
            "Just 68 of the 490 members advanced [{adv}].",
            "Decliners outnumbered advancers, 418 to 68 [{dec}][{adv}].",
            "Health care stocks rose 0.94% on average [{hcavg}].",
            "Health care stocks fell 1.28% on average [{avg}].",
            "The S&P 500 fell 1.28% [{avg}].",
            "Health care was the weak spot: 47 [{dec}] of its stocks fell."})
    void should_fail_a_figure_about_members_when_the_words_or_the_value_disagree(String text) {
        // given a wrong count, a wrong direction, the wrong group, or no members named, when validated, then it fails
        ValidationReport r = validator.validate(sheet, cite(text), true);
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void should_count_sector_funds_without_the_stocks_when_the_pack_has_both() {
        // given a sheet with stocks that carry sectors, when a sentence counts "sector funds", then only the funds count
        ValidationReport r = validator.validate(sheet, "All eleven sector funds are on the sheet, among the 11 sector funds.", true);
        assertThat(r.claims()).as(r.toString()).anyMatch(c -> c.status() == ClaimStatus.SUPPORTED && c.message().contains("11 sector funds"));
    }
}
