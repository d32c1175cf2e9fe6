package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per claim status, on the small sheet of {@link TestSheets}. */
class ClaimStatusTest {

    private final Validator validator = new Validator();

    private ValidationReport validate(String text) {
        return validator.validate(TestSheets.small(), text);
    }

    private static Claim only(ValidationReport report) {
        assertThat(report.claims()).hasSize(1);
        return report.claims().get(0);
    }

    @Test
    void should_be_supported_when_the_cited_fact_matches_value_unit_subject_and_sign() {
        ValidationReport report = validate("IWM rose 2.16% [F3] on the day.");

        Claim c = only(report);
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
        assertThat(c).isEqualTo(new Claim(9, 14, "2.16%", 2.16, Unit.PERCENT, List.of("F3"), ClaimStatus.SUPPORTED,
                "fact F3 (IWM 1-day return) is +2.16%"));
    }

    @Test
    void should_be_a_mismatch_when_the_digits_differ_from_the_cited_fact() {
        ValidationReport report = validate("Small caps led as IWM gained +2.19% [F3].");

        Claim c = only(report);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(c.status()).isEqualTo(ClaimStatus.MISMATCH);
        assertThat(c.text()).isEqualTo("+2.19%");
        assertThat(c.start()).isEqualTo(29);
        assertThat(c.message()).isEqualTo("says +2.19%, but fact F3 (IWM 1-day return) is +2.16%");
    }

    @Test
    void should_be_a_wrong_sign_when_a_direction_word_contradicts_the_fact() {
        Claim c = only(validate("IWM fell 2.16% [F3]."));

        assertThat(c.status()).isEqualTo(ClaimStatus.WRONG_SIGN);
        assertThat(c.value()).isEqualTo(-2.16);
        assertThat(c.message()).contains("\"fell\"").contains("+2.16%");
    }

    @Test
    void should_be_a_wrong_unit_when_a_percent_is_cited_to_a_pp_fact() {
        Claim c = only(validate("IWM beat SPY by 1.11% [F7]."));

        assertThat(c.status()).isEqualTo(ClaimStatus.WRONG_UNIT);
        assertThat(c.unit()).isEqualTo(Unit.PERCENT);
        assertThat(c.message()).contains("percentage points");
    }

    @Test
    void should_be_a_wrong_subject_when_the_clause_names_another_instrument() {
        Claim c = only(validate("XLE rose 2.16% [F3]."));

        assertThat(c.status()).isEqualTo(ClaimStatus.WRONG_SUBJECT);
        assertThat(c.message()).isEqualTo("says 2.16% about XLE, but fact F3 (IWM 1-day return) is about IWM");
    }

    @Test
    void should_be_a_wrong_window_when_the_clause_says_another_window_than_the_fact() {
        Claim c = only(validate("Over the past 30 sessions, IWM rose 2.16% [F3]."));

        assertThat(c.status()).isEqualTo(ClaimStatus.WRONG_WINDOW);
        assertThat(c.message()).contains("30-day").contains("1-day figure");
    }

    @Test
    void should_be_a_wrong_label_when_a_label_word_differs_from_the_cited_label_fact() {
        Claim c = only(validate("SPY's MACD turned bullish [F9]."));

        assertThat(c.status()).isEqualTo(ClaimStatus.WRONG_LABEL);
        assertThat(c.value()).isNull();
        assertThat(c.unit()).isEqualTo(Unit.LABEL);
        assertThat(c.message()).isEqualTo("says bullish, but fact F9 (SPY MACD trend) is bearish");
    }

    @Test
    void should_be_an_unknown_citation_when_the_marker_names_no_fact_of_the_sheet() {
        ValidationReport report = validate("IWM rose 2.16% [F99].");

        assertThat(only(report).status()).isEqualTo(ClaimStatus.UNKNOWN_CITATION);
        assertThat(only(report).factIds()).containsExactly("F99");
        assertThat(report.problems()).containsExactly(new Problem(15, 20, Problem.UNKNOWN_FACT, "F99 is not in the fact sheet"));
    }

    @Test
    void should_be_uncited_and_pass_when_exactly_one_fact_matches_an_uncited_number() {
        ValidationReport report = validate("IWM rose 2.16% on the day.");

        Claim c = only(report);
        assertThat(c.status()).isEqualTo(ClaimStatus.UNCITED);
        assertThat(c.factIds()).containsExactly("F3");
        assertThat(c.message()).contains("[F3]");
        assertThat(report.verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void should_fail_an_uncited_number_when_citations_are_required() {
        ValidationReport report = validator.validate(TestSheets.small(), "IWM rose 2.16% on the day.", true);

        assertThat(only(report).status()).isEqualTo(ClaimStatus.UNCITED);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void should_be_unsupported_when_no_fact_matches_an_uncited_number() {
        ValidationReport report = validate("Futures pointed 0.42% higher after the close.");

        assertThat(only(report).status()).isEqualTo(ClaimStatus.UNSUPPORTED);
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void should_be_unsupported_and_propose_no_fact_when_an_uncited_number_names_no_instrument() {
        ValidationReport report = validate("Prices pointed 0.54% higher after the close.");

        assertThat(only(report).status()).isEqualTo(ClaimStatus.UNSUPPORTED);
        assertThat(only(report).message()).contains("no instrument is named").doesNotContain("F12");
    }

    @Test
    void should_be_unsupported_when_an_uncited_number_is_about_something_the_sheet_lacks() {
        ValidationReport report = validate("Futures pointed 0.54% higher after the close.");

        assertThat(only(report).status()).isEqualTo(ClaimStatus.UNSUPPORTED);
        assertThat(only(report).message()).contains("Futures").doesNotContain("F12");
    }

    @Test
    void should_be_unsupported_and_guess_no_fact_when_an_unnamed_uncited_number_fits_several() {
        // "about 1%" fits SPY's +1.05% and others; with no instrument named none may be proposed
        ValidationReport report = validate("A move of about 1%.");

        assertThat(only(report).status()).isEqualTo(ClaimStatus.UNSUPPORTED);
        assertThat(only(report).message()).contains("no instrument is named").doesNotContain("F2");
        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void should_report_a_malformed_marker_as_a_problem_and_fail_when_a_citation_is_misspelt() {
        ValidationReport report = validate("IWM rose 2.16% [F 3].");

        assertThat(report.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(report.problems()).extracting(Problem::kind, Problem::start, Problem::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.MALFORMED_MARKER, 15, 20));
    }

    @Test
    void should_highlight_the_marker_too_when_it_is_set_apart_from_the_number_it_wrongly_supports() {
        ValidationReport report = validate("SPY traded 1.87x its 30-day average volume [F6].");

        assertThat(only(report).status()).isEqualTo(ClaimStatus.WRONG_SUBJECT);
        assertThat(report.problems()).extracting(Problem::kind, Problem::start)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Problem.CITATION_MISMATCH, 43));
    }
}
