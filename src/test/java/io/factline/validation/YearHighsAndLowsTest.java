package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 52-week highs and lows, which the metric catalogue states (issue 13 §6, issue 15), on the S&P 500 pack's
 * sheet for 2025-06-13: Cardinal Health (CAH) set a new 52-week high, the Dow did not; eight members set new
 * 52-week highs and seven new lows, two of the highs in health care. The tests look the fact IDs up by
 * subject and metric, so they say which fact each sentence cites.
 */
class YearHighsAndLowsTest {

    private static PreparedSheet sheet;
    private static FactSheet facts;
    private final Validator validator = new Validator();

    @BeforeAll
    static void load() {
        facts = TestSheets.sp500(LocalDate.parse("2025-06-13"));
        sheet = PreparedSheet.of(facts);
    }

    private static String id(String subject, Metric metric) {
        return facts.find(subject, metric, Window.D252).orElseThrow().id();
    }

    private static String count(String subject, Metric metric) {
        return facts.facts().stream().filter(f -> f.metric() == metric && f.subject().equals(subject)).findFirst().orElseThrow().id();
    }

    private ValidationReport validate(String text) {
        return validator.validate(sheet, text, true);
    }

    @Test
    void should_pass_a_new_high_when_the_cited_flag_says_yes() {
        // given Cardinal Health's new-high flag (yes), when a sentence says it hit one and cites it, then it passes
        ValidationReport r = validate("Cardinal Health hit a new 52-week high [" + id("CAH", Metric.NEW_HIGH_52W) + "].");
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
    }

    @Test
    void should_fail_a_new_high_when_the_cited_flag_says_no() {
        // given the Dow's flag (no), when the text says the Dow hit a new 52-week high, then it is a mismatch
        ValidationReport r = validate("The Dow hit a new 52-week high [" + id("^DJI", Metric.NEW_HIGH_52W) + "].");
        assertThat(r.claims()).as(r.toString()).anyMatch(c -> c.status() == ClaimStatus.MISMATCH && c.text().equals("52-week high"));
    }

    @Test
    void should_pass_a_denied_high_when_the_flag_says_no() {
        // given the Dow's flag (no), when the text says it did not set one, then it passes
        ValidationReport r = validate("The Dow did not set a new 52-week high [" + id("^DJI", Metric.NEW_HIGH_52W) + "].");
        assertThat(r.verdict()).as(r.toString()).isEqualTo(Verdict.PASS);
    }

    @Test
    void should_fail_a_new_high_when_the_cited_flag_is_another_instruments() {
        // given the Dow's flag, when cited for Cardinal Health, then the subject is wrong
        ValidationReport r = validate("Cardinal Health hit a new 52-week high [" + id("^DJI", Metric.NEW_HIGH_52W) + "].");
        assertThat(r.claims()).as(r.toString()).anyMatch(c -> c.status() == ClaimStatus.WRONG_SUBJECT);
    }

    @Test
    void should_fail_a_new_high_when_nothing_is_cited() {
        // given no citation, when the text claims a 52-week high, then it is unsupported and says what to cite
        // (this was NumbersInWordsAndRecordsTest's "IWM hit a 52-week high on the day": a record until the catalogue had the flag)
        ValidationReport r = validate("Cardinal Health hit a new 52-week high.");
        assertThat(r.claims()).as(r.toString()).anyMatch(c -> c.status() == ClaimStatus.UNSUPPORTED && c.message().contains("new 52-week high flag"));
    }

    @Test
    void should_check_the_number_of_new_highs_against_the_count_fact() {
        // given eight new highs and seven new lows among the members, when the text counts them, then the number is checked
        String highs = count("stocks", Metric.NEW_HIGHS_52W), lows = count("stocks", Metric.NEW_LOWS_52W);
        assertThat(validate("Eight stocks set new 52-week highs [" + highs + "].").verdict()).isEqualTo(Verdict.PASS);
        assertThat(validate("Seven S&P 500 members hit fresh 52-week lows [" + lows + "].").verdict()).isEqualTo(Verdict.PASS);
        ValidationReport wrong = validate("Nine stocks set new 52-week highs [" + highs + "].");
        assertThat(wrong.claims()).as(wrong.toString()).anyMatch(c -> c.status() == ClaimStatus.WRONG_COUNT);
    }

    @Test
    void should_still_fail_a_record_high_when_a_new_high_flag_is_cited() {
        // given a 52-week-high flag, when the text calls it a record, then it is unsupported: a year is no record
        ValidationReport r = validate("Cardinal Health hit a record high [" + id("CAH", Metric.NEW_HIGH_52W) + "].");
        assertThat(r.claims()).as(r.toString()).anyMatch(c -> c.status() == ClaimStatus.UNSUPPORTED && c.text().equals("record high"));
    }

    @Test
    void should_fail_a_sectors_count_of_new_highs_when_another_sector_is_named() {
        // given health care's two new highs, when cited for energy stocks, then the group is wrong; for health care it passes
        String healthCare = count("Health Care", Metric.NEW_HIGHS_52W);
        assertThat(validate("Two health care stocks set new 52-week highs [" + healthCare + "].").verdict()).isEqualTo(Verdict.PASS);
        ValidationReport r = validate("Two energy stocks set new 52-week highs [" + healthCare + "].");
        assertThat(r.claims()).as(r.toString()).anyMatch(c -> c.status() == ClaimStatus.WRONG_SUBJECT);
    }
}
