package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a rejected draft is cut into the sentences the repair prompt marks. */
class ReviewTest {

    @Test
    void should_cut_a_paragraph_at_sentence_ends_but_not_at_decimals_markers_or_abbreviations() {
        String text = "U.S. stocks rose: SPY gained 1.05% [F14] vs. a 30-session loss of 4.84% [F15]. "
                + "IWM jumped 2.16% [F25] on the day. \"Small caps led.\" Volume was 1.02x [F7] its average.";

        List<String> sentences = Review.sentences(new Narrative.Part("summary", 10, text)).stream()
                .map(s -> s.text).toList();

        assertThat(sentences).containsExactly(
                "U.S. stocks rose: SPY gained 1.05% [F14] vs. a 30-session loss of 4.84% [F15].",
                "IWM jumped 2.16% [F25] on the day.",
                "\"Small caps led.\"",
                "Volume was 1.02x [F7] its average.");
    }

    @Test
    void should_give_each_sentence_its_offset_in_the_narrative() {
        Draft d = new Draft("Head 1% [F1]", "One. Two.", "", "", "", "", "", List.of("Risk [F2]"), List.of(), List.of());
        String narrative = Narrative.of(d);

        for (Narrative.Part p : Narrative.parts(d)) {
            assertThat(narrative.substring(p.start(), p.end())).isEqualTo(p.text());
            for (Review.Span s : Review.sentences(p)) {
                assertThat(narrative.substring(s.start, s.start + s.text.length())).isEqualTo(s.text);
            }
        }
    }
}
