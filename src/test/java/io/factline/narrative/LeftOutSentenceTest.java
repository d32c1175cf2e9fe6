package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import io.factline.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a sentence of the template's draft that fails validation is left out, the commentary is
 * still served, and what was left out is said. The failing drafts come from the real template writer
 * over test templates ({@code narrative-failing/}) whose headline and summary each carry a figure no
 * fact supports.
 */
class LeftOutSentenceTest {

    static final FactSheet SHEET = TemplateWriterTest.bundled("2026-03-23");

    final TemplateWriter failing = new TemplateWriter(new Templates("narrative-failing"));
    final CommentaryDesk desk = new CommentaryDesk(new Validator(), failing, 2);

    @Test
    void should_serve_the_rest_and_name_each_sentence_left_out_when_a_template_sentence_fails() {
        // when
        Commentary c = desk.write(SHEET, failing);

        // then
        assertThat(c.validation().passed()).isTrue();
        assertThat(c.writer()).isEqualTo("template");
        assertThat(c.omitted()).extracting(Omission::section, Omission::sentence).containsExactly(
                org.assertj.core.groups.Tuple.tuple("headline", "Stocks rally on March 23, 2026 as small caps jump 3%"),
                org.assertj.core.groups.Tuple.tuple("summary", "The rebound has now lifted the index 12% off its spring low."));
        assertThat(c.omitted()).allSatisfy(o -> assertThat(o.findings()).isNotEmpty());
        assertThat(c.omitted().get(1).findings().get(0).text()).isEqualTo("12%");
        assertThat(c.narrative()).doesNotContain("12%").doesNotContain("jump 3%");
        assertThat(c.attempts()).extracting(Attempt::outcome).containsExactly("rejected", "passed");
    }

    @Test
    void should_keep_every_passing_sentence_and_title_the_commentary_plainly_when_the_headline_is_left_out() {
        // given
        String whole = Narrative.of(new TemplateWriter(new Templates("narrative")).draft(SHEET));

        // when
        Commentary c = desk.write(SHEET, failing);

        // then: the same text as the real templates give, under a figure-free title
        assertThat(c.narrative()).startsWith("# Market commentary for March 23, 2026\n\n");
        assertThat(body(c.narrative())).isEqualTo(body(whole));
    }

    @Test
    void should_leave_nothing_out_when_the_template_draft_passes() {
        // when
        Commentary c = desk.write(SHEET, new TemplateWriter(new Templates("narrative")));

        // then
        assertThat(c.omitted()).isEmpty();
        assertThat(c.attempts()).extracting(Attempt::outcome).containsExactly("passed");
    }

    @Test
    void should_say_the_date_and_each_attempts_first_finding_on_one_line_when_no_draft_passes() {
        // given
        List<Attempt> attempts = List.of(
                Attempt.error(1, "llm:gpt-4o-mini", "the model timed out\nafter 30 s"),
                Attempt.rejected(2, "template", List.of(new Finding("46", "no fact in the sheet supports 46 (a plain number)"),
                        new Finding("252", "no fact in the sheet supports 252 (a plain number)"))));

        // when
        String line = CommentaryDesk.NoValidCommentary.of(LocalDate.parse("2023-03-01"), attempts).getMessage();

        // then
        assertThat(line).isEqualTo("2023-03-01: no commentary passed validation: llm:gpt-4o-mini error: the model timed out "
                + "after 30 s; template rejected: \"46\": no fact in the sheet supports 46 (a plain number) (and 1 more findings)");
        assertThat(line).doesNotContain("Attempt[").doesNotContain("Finding[").doesNotContain("\n");
    }

    private static String body(String narrative) {
        return narrative.substring(narrative.indexOf("\n\n"));
    }
}
