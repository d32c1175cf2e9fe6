package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.Samples;
import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import io.factline.validation.Problem;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import io.factline.validation.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class NarrativeHtmlTest {

    @Test
    void should_wrap_each_claim_at_its_offsets_and_keep_the_text_between_them() {
        String text = "SPY rose 1.05% [F14] on the day.";
        ValidationReport report = new Validator().validate(Samples.sheet(), text, true);

        String html = NarrativeHtml.render(text, report, Samples.sheet());

        assertThat(html).startsWith("<p>SPY rose <span class=\"claim claim-ok\" tabindex=\"0\" data-status=\"supported\" "
                + "aria-describedby=\"tip-1\">1.05%<span class=\"tip\" role=\"tooltip\" id=\"tip-1\">");
        assertThat(html).endsWith("</span></span> <sup class=\"cite\">[<a href=\"#fn-F14\">F14</a>]</sup> on the day.</p>\n");
        assertThat(html).contains("<span class=\"tip-formula\">Formula: (p[t] / p[t-1] - 1) * 100</span>",
                "<span class=\"tip-inputs\">Inputs: p[t] = 653.6959; p[t-1] = 646.9034; t = 2026-03-23; t-1 = 2026-03-20</span>",
                "<span class=\"tip-source\">Source: S2 daily bars of SPY (SPDR S&amp;P 500 ETF Trust) (fixtures/market/prices/SPY.csv)</span>");
    }

    @Test
    void should_mark_failing_claims_and_problems_red_with_the_validators_message() {
        String text = "SPY rose 9.99% [F14] and [F9999] said so.";
        ValidationReport report = new ValidationReport(Verdict.FAIL,
                List.of(new Claim(9, 14, "9.99%", 9.99, io.factline.facts.Unit.PERCENT, List.of("F14"), ClaimStatus.MISMATCH,
                        "fact F14 (SPY 1-day return) is +1.05%")),
                List.of(new Problem(25, 32, Problem.UNKNOWN_FACT, "F9999 is not in the fact sheet")));

        String html = NarrativeHtml.render(text, report, Samples.sheet());

        assertThat(html).contains("<span class=\"claim claim-bad\" tabindex=\"0\" data-status=\"mismatch\" aria-describedby=\"tip-1\">9.99%"
                + "<span class=\"tip\" role=\"tooltip\" id=\"tip-1\"><span class=\"tip-status\">Fails: mismatch</span>"
                + "<span class=\"tip-message\">fact F14 (SPY 1-day return) is +1.05%</span>");
        assertThat(html).contains("<span class=\"claim claim-bad\" tabindex=\"0\" data-status=\"unknown_fact\" aria-describedby=\"tip-2\">"
                + "<sup class=\"cite\">[<a href=\"#fn-F9999\">F9999</a>]</sup><span class=\"tip\"");
    }

    @Test
    void should_escape_all_text_and_render_headings_lists_and_bold() {
        String text = "# Head <b>&\n\n## Sub \"q\"\n\n- **Lead:** one <i>\n- two\n\nA 'p' </p><script>x()</script>\n";
        ValidationReport none = new ValidationReport(Verdict.PASS, List.of(), List.of());

        String html = NarrativeHtml.render(text, none, Samples.sheet());

        assertThat(html).isEqualTo("<h1>Head &lt;b&gt;&amp;</h1>\n<h2>Sub &quot;q&quot;</h2>\n<ul>\n"
                + "<li><strong>Lead:</strong> one &lt;i&gt;</li>\n<li>two</li>\n</ul>\n"
                + "<p>A &#39;p&#39; &lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</p>\n");
    }

    @Test
    void should_never_break_nesting_when_offsets_overlap_bold_or_fall_outside_the_text() {
        String text = "**Up 1.05%** [F14] today";
        ValidationReport report = new ValidationReport(Verdict.FAIL, List.of(
                new Claim(5, 12, "1.05%**", 1.05, io.factline.facts.Unit.PERCENT, List.of(), ClaimStatus.UNSUPPORTED, "odd span"),
                new Claim(6, 9, ".05", 0.05, io.factline.facts.Unit.NUMBER, List.of(), ClaimStatus.UNSUPPORTED, "overlaps"),
                new Claim(50, 60, "beyond", null, null, List.of(), ClaimStatus.UNSUPPORTED, "outside")), List.of());

        String html = NarrativeHtml.render(text, report, Samples.sheet());

        assertThat(html).doesNotContain("<strong>").contains("**Up <span class=\"claim claim-bad\"");
        assertThat(count(html, "<span class=\"claim")).isEqualTo(1);
        assertThat(count(html, "<span")).isEqualTo(count(html, "</span>"));
    }

    @Test
    void should_render_a_large_text_of_bold_runs_and_hostile_markup_safely() {
        ValidationReport none = new ValidationReport(Verdict.PASS, List.of(), List.of());
        String bold = "**a** ".repeat(50_000 / 6);
        String hostile = "[x](javascript:alert(1)) [y](/ok \"t\\\"\") \uE0000\uE001 `[F14]` <img src=x>\n\n    indented [F14]";

        String big = NarrativeHtml.render(bold, none, Samples.sheet());
        String html = NarrativeHtml.render(hostile, none, Samples.sheet());

        assertThat(count(big, "<strong>a</strong>")).isEqualTo(50_000 / 6);
        assertThat(html).doesNotContain("javascript:", "<img", "<pre>", "\uE000").contains("&lt;img src=x&gt;", "<code>[F14]</code>",
                "<p>indented <sup class=\"cite\">[<a href=\"#fn-F14\">F14</a>]</sup></p>");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
