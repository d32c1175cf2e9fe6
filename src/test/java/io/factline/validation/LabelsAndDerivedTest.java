package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Label words and claims derived from two facts of one sentence. */
class LabelsAndDerivedTest {

    private final Validator validator = new Validator();

    private ValidationReport validate(String text) {
        return validator.validate(TestSheets.small(), text);
    }

    @Test
    void should_support_label_words_when_they_equal_the_cited_label_facts() {
        ValidationReport report = validate("SPY's MACD is bearish [F9] and its trend is sideways [F10].");

        assertThat(report.claims()).extracting(Claim::text, Claim::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("bearish", ClaimStatus.SUPPORTED),
                org.assertj.core.groups.Tuple.tuple("sideways", ClaimStatus.SUPPORTED));
    }

    @Test
    void should_not_take_the_compared_instrument_as_the_subject_of_a_following_label() {
        // F10 is SPY's trend: the label is IWM's (the "its" of the clause), so SPY's fact does not support it
        ValidationReport report = validate("IWM held up. Its beta against SPY is 1.05 [F8] and the trend is sideways [F10].");

        assertThat(report.claims()).extracting(Claim::status).containsExactly(ClaimStatus.SUPPORTED, ClaimStatus.WRONG_SUBJECT);
        assertThat(report.claims().get(1).message()).contains("about IWM");
    }

    @Test
    void should_read_a_label_word_of_the_sheet_own_when_it_is_none_of_the_usual_ones() {
        // given a sheet whose trend fact takes a value outside bullish/bearish/uptrend/downtrend/sideways
        io.factline.facts.FactSheet sheet = new io.factline.facts.FactSheet(java.time.LocalDate.of(2026, 3, 23),
                List.of(), TestSheets.INSTRUMENTS, List.of(
                        TestSheets.label("F1", "SPY", io.factline.facts.Metric.TREND, "rangebound"),
                        TestSheets.label("F2", "IWM", io.factline.facts.Metric.TREND, "uptrend")), List.of());

        // when texts name that value, cited to the fact that has it and to one that does not
        ValidationReport right = validator.validate(sheet, "SPY is rangebound [F1].");
        ValidationReport wrong = validator.validate(sheet, "IWM is rangebound [F2].");

        // then the word is a claim both times, checked against the cited label
        assertThat(right.claims()).extracting(Claim::text, Claim::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rangebound", ClaimStatus.SUPPORTED));
        assertThat(wrong.claims()).extracting(Claim::status).containsExactly(ClaimStatus.WRONG_LABEL);
    }

    @Test
    void should_fail_a_label_word_when_the_marker_after_it_cites_another_label() {
        ValidationReport report = validate("SPY is in an uptrend [F10].");

        assertThat(report.claims()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.WRONG_LABEL));
    }

    @Test
    void should_bind_label_words_to_facts_of_their_kind_when_the_markers_come_later() {
        ValidationReport report = validate("SPY stays sideways with a bearish MACD [F9][F10].");

        assertThat(report.claims()).extracting(Claim::factIds).containsExactly(List.of("F10"), List.of("F9"));
        assertThat(report.passed()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "IWM +2.16% vs SPY +1.05%, a 1.11 pp gap [F3][F2].                 | SUPPORTED",
            "IWM +2.16% vs SPY +1.05%, a 1.21 pp gap [F3][F2].                 | MISMATCH",
            "IWM beat SPY by 1.11 percentage points [F3][F2].                  | SUPPORTED",
            "SPY trailed IWM by 1.11 percentage points [F3][F2].               | SUPPORTED",
            "IWM trailed SPY by 1.11 percentage points [F3][F2].               | WRONG_SIGN",
            "IWM's gain was 2.1 times SPY's [F3][F2].                          | SUPPORTED",
            "IWM's gain was 2.5 times SPY's [F3][F2].                          | MISMATCH",
    })
    void should_check_a_gap_or_ratio_between_two_facts_cited_in_the_sentence(String text, ClaimStatus expected) {
        ValidationReport report = validate(text);

        Claim derived = report.claims().get(report.claims().size() - 1);
        assertThat(derived.status()).isEqualTo(expected);
        assertThat(derived.factIds()).hasSize(2);
    }

    @Test
    void should_support_more_than_double_when_the_ratio_of_the_cited_facts_exceeds_two() {
        ValidationReport report = validate("IWM's 2.16% gain was more than double SPY's 1.05% [F3][F2].");

        assertThat(report.claims()).extracting(Claim::text).containsExactly("2.16%", "more than double", "1.05%");
        assertThat(report.claims().get(1).factIds()).containsExactly("F3", "F2");
        assertThat(report.passed()).isTrue();
    }

    @Test
    void should_fail_more_than_triple_when_the_ratio_is_below_three() {
        ValidationReport report = validate("IWM's gain was more than triple SPY's [F3][F2].");

        assertThat(report.claims()).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.MISMATCH));
    }

    @Test
    void should_not_make_a_claim_of_a_ratio_word_when_the_sentence_cites_no_two_comparable_facts() {
        assertThat(validate("Volume doubled as IWM rose 2.16% [F3].").claims()).extracting(Claim::text).containsExactly("2.16%");
        assertThat(validate("Double-digit gains are rare.").claims()).isEmpty();
    }
}
