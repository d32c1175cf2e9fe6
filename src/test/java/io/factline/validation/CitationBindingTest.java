package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How claims find their citation markers. */
class CitationBindingTest {

    private final Validator validator = new Validator();

    private ValidationReport validate(String text) {
        return validator.validate(TestSheets.small(), text);
    }

    @Test
    void should_bind_to_the_marker_right_after_when_words_separate_them() {
        ValidationReport report = validate("IWM traded 1.87x its 30-day average volume [F6].");

        assertThat(report.claims()).singleElement().satisfies(c -> {
            assertThat(c.factIds()).containsExactly("F6");
            assertThat(c.status()).isEqualTo(ClaimStatus.SUPPORTED);
        });
    }

    @Test
    void should_bind_each_number_to_its_own_marker_when_several_claims_share_a_sentence() {
        ValidationReport report = validate("IWM rose 2.16% [F3] while SPY added 1.05% [F2] and XLV slipped 0.39% [F13].");

        assertThat(report.claims()).extracting(Claim::factIds).extracting(l -> l.get(0)).containsExactly("F3", "F2", "F13");
        assertThat(report.passed()).isTrue();
    }

    @Test
    void should_bind_to_a_same_sentence_marker_with_a_fitting_unit_when_no_marker_follows_directly() {
        ValidationReport report = validate("IWM +2.16% vs SPY +1.05% [F3][F2].");

        assertThat(report.claims()).extracting(Claim::factIds).containsExactly(java.util.List.of("F3"), java.util.List.of("F2"));
        assertThat(report.passed()).isTrue();
    }

    @Test
    void should_pick_the_supporting_fact_when_one_bracket_cites_several() {
        ValidationReport report = validate("SPY rose 1.05% [F3, F2].");

        assertThat(report.claims()).singleElement().satisfies(c -> assertThat(c.factIds()).containsExactly("F2"));
        assertThat(report.passed()).isTrue();
    }

    @Test
    void should_keep_a_marker_after_the_full_stop_in_its_sentence_when_written_after_the_period() {
        ValidationReport report = validate("IWM rose 2.16%. [F3] SPY rose 1.05%. [F2]");

        assertThat(report.claims()).extracting(Claim::status).containsOnly(ClaimStatus.SUPPORTED);
    }

    @Test
    void should_not_bind_across_sentences_when_the_marker_is_in_the_next_sentence() {
        ValidationReport report = validate("IWM rose 2.16%. Then SPY rose 1.05% [F2].");

        assertThat(report.claims().get(0).status()).isEqualTo(ClaimStatus.UNCITED);
    }

    @Test
    void should_ignore_a_source_marker_when_it_names_a_source_of_the_sheet() {
        ValidationReport report = validate("IWM rose 2.16% [F3] (data: [S1]).");

        assertThat(report.problems()).isEmpty();
        assertThat(report.passed()).isTrue();
    }
}
