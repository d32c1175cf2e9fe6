package io.factline.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.Samples;
import io.factline.facts.Fact;
import org.junit.jupiter.api.Test;

/** The front page's part of a commentary, from the template commentary of 2026-03-23 and hand-written text. */
class ExcerptTest {

    @Test
    void should_take_the_headline_and_the_first_paragraph_and_the_key_figures_when_given_the_template_commentary() {
        String body = Samples.commentary().narrative();

        Excerpt e = Excerpt.of(body, Samples.sheet());

        assertThat(e.lead()).startsWith("# Stocks rally on March 23, 2026: small caps lead\n\nSPY rose 1.05% [F14]")
                .endsWith("last bar 2026-02-23.").doesNotContain("## Market moves");
        assertThat(e.keyFigures()).extracting(Fact::id).containsExactly("F14", "F15", "F2", "F25", "F133", "F134");
    }

    @Test
    void should_take_the_first_paragraph_when_a_text_has_no_headline_and_no_key_figures() {
        String body = "Small caps ran ahead of the big names on Monday, IWM up 2.16% [F25].\n\nMore below.\n";

        Excerpt e = Excerpt.of(body, Samples.sheet());

        assertThat(e.lead()).isEqualTo("Small caps ran ahead of the big names on Monday, IWM up 2.16% [F25].");
        assertThat(e.keyFigures()).isEmpty();
    }
}
