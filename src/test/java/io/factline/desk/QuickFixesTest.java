package io.factline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.Samples;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quick fixes from the real validator's reports on the bundled sheet of 2026-03-23. */
class QuickFixesTest {

    private final Validator validator = new Validator();

    private List<QuickFix> fixes(String text) {
        ValidationReport report = validator.validate(Samples.sheet(), text, true);
        return QuickFixes.of(Samples.sheet(), report);
    }

    private static String apply(String text, QuickFix f) {
        return text.substring(0, f.start()) + f.replacement() + text.substring(f.end());
    }

    @Test
    void should_offer_the_cited_facts_figure_when_only_the_digits_are_wrong() {
        String text = "SPY rose 1.95% [F14] on the day, a broad advance.";

        List<QuickFix> fixes = fixes(text);

        assertThat(fixes).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("replace 1.95% with 1.05%");
            assertThat(f.kind()).isEqualTo(QuickFix.Kind.REPLACE_VALUE);
            assertThat(apply(text, f)).isEqualTo("SPY rose 1.05% [F14] on the day, a broad advance.");
        });
        assertThat(validator.validate(Samples.sheet(), apply(text, fixes.get(0)), true).passed()).isTrue();
    }

    @Test
    void should_offer_the_marker_when_a_true_figure_is_uncited() {
        String text = "Small caps did the heavy lifting: IWM surged 2.16% on the day.";

        List<QuickFix> fixes = fixes(text);

        assertThat(fixes).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("cite [F25]");
            assertThat(f.kind()).isEqualTo(QuickFix.Kind.CITE);
            assertThat(apply(text, f)).isEqualTo("Small caps did the heavy lifting: IWM surged 2.16% [F25] on the day.");
        });
    }

    @Test
    void should_offer_nothing_when_the_finding_needs_the_editors_judgement() {
        String wrongSubject = "IWM rose 1.05% [F14] on the day.";
        String wrongSign = "SPY fell 1.05% [F14] on the day.";

        assertThat(fixes(wrongSubject)).isEmpty();
        assertThat(fixes(wrongSign)).isEmpty();
    }

    @Test
    void should_keep_a_written_sign_and_the_unit_words_when_replacing() {
        assertThat(QuickFixes.replacement("+1.95%", "+1.05%")).contains("+1.05%");
        assertThat(QuickFixes.replacement("1.21 pp", "+1.11 pp")).contains("1.11 pp");
        assertThat(QuickFixes.replacement("-0.5%", "-0.39%")).contains("-0.39%");
    }

    @Test
    void should_offer_no_replacement_when_the_figure_is_written_on_another_scale() {
        assertThat(QuickFixes.replacement("134.8 million shares", "134,798,400 shares")).isEmpty();
        assertThat(QuickFixes.replacement("1.05%", "+1.05%")).isEmpty();
    }
}
