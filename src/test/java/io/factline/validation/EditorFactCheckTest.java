package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.Samples;
import io.factline.facts.EditorFact;
import io.factline.facts.Unit;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences citing editor-sourced facts, written as a desk would write them, checked fail-closed. */
class EditorFactCheckTest {

    static final Instant AT = Instant.parse("2026-03-23T21:00:00Z");
    static final List<EditorFact> FACTS = List.of(
            fact("E1", "^TNX", "10-year Treasury yield", 4.25, Unit.PERCENT, "U.S. Treasury daily par yield curve"),
            fact("E2", "CL=F", "WTI crude", 68.1234, Unit.PRICE, "CME settlement"),
            fact("E3", "^TNX", "10-year yield change", -0.06, Unit.PP, "U.S. Treasury daily par yield curve"));

    final Validator validator = new Validator();

    @Test
    void should_pass_honest_sentences_in_wire_note_bullet_and_table_styles_when_each_figure_cites_its_editor_fact() {
        String text = """
                Treasuries were calm. The 10-year Treasury yield settled at 4.25% [E1], little changed on the day.

                In commodities, WTI crude finished at $68.12 [E2] a barrel.

                - 10-year Treasury yield: **4.3%** [E1]
                - ^TNX day change: -0.06 pp [E3]

                | series | close |
                |---|---|
                | WTI crude | 68.1 [E2] |
                """;

        ValidationReport r = validator.validate(Samples.sheet(), text, true, FACTS);

        assertThat(r.claims()).extracting(c -> c.text() + " " + c.status().wire())
                .containsExactly("4.25% supported", "68.12 supported", "4.3% supported", "-0.06 pp supported", "68.1 supported");
        assertThat(r.problems()).isEmpty();
        assertThat(r.passed()).isTrue();
    }

    @Test
    void should_fail_a_misstated_uncited_or_unnamed_figure_and_a_sentence_mixing_sheet_and_editor_facts() {
        String text = """
                The 10-year Treasury yield closed at 4.2% [E1].
                WTI crude held near $68 in 2026 [E2].
                Yields barely moved, ending at 4.25% [E1].
                ^TNX moved 0.06 pp [E3].
                The 10-year Treasury yield was 4.25% [E9].
                SPY rose 1.05% [F14] as the 10-year Treasury yield held at 4.25% [E1].
                """;

        ValidationReport r = validator.validate(Samples.sheet(), text, true, FACTS);

        assertThat(r.passed()).isFalse();
        assertThat(r.claims()).extracting(c -> c.text() + " " + c.status().wire()).contains(
                "4.2% mismatch",          // 4.25 rounds half-up to 4.3
                "68 uncited",             // the price, with its marker after the year
                "4.25% wrong_subject",    // "yields" names neither ^TNX nor the label
                "4.25% unknown_citation");
        assertThat(r.claims()).filteredOn(c -> c.text().equals("0.06 pp")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(ClaimStatus.SUPPORTED));   // no sign written: the size is checked, not a direction
        assertThat(r.problems()).extracting(Problem::kind).contains(EditorFactCheck.MIXED_CITATIONS);
    }

    @Test
    void should_check_the_rest_of_the_text_against_the_sheet_with_offsets_unchanged() {
        String text = "SPY rose 1.95% [F14] on the day. The 10-year Treasury yield settled at 4.25% [E1].";

        ValidationReport r = validator.validate(Samples.sheet(), text, true, FACTS);

        assertThat(r.claims()).extracting(c -> text.substring(c.start(), c.end()) + " " + c.status().wire())
                .containsExactly("1.95% mismatch", "4.25% supported");
    }

    private static EditorFact fact(String id, String subject, String label, double value, Unit unit, String source) {
        return new EditorFact(id, subject, label, value, unit, Samples.DATE, new EditorFact.Reference(source, "https://example.test/", null),
                "erin", AT);
    }
}
