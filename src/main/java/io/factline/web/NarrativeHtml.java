package io.factline.web;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Source;
import io.factline.narrative.Footnotes;
import io.factline.narrative.MarkdownHtml;
import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import io.factline.validation.Problem;
import io.factline.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The narrative as HTML with every claim the validator read highlighted, at the report's offsets:
 * supported claims quietly, failing claims and problems in red. Each highlight is focusable and
 * carries a tooltip (shown on hover and focus by CSS alone) with the validator's message and each
 * fact's label, value, formula, inputs and source. The markdown is rendered by {@link MarkdownHtml};
 * each highlight and each citation marker outside one is an insert of it, so a highlight is one span
 * of escaped text that markup never cuts, and no text can inject markup.
 */
public final class NarrativeHtml {

    private final String text;
    private final FactSheet sheet;
    private final Voice voice;
    private final List<Mark> marks;
    private final java.util.Map<String, Integer> citations = new java.util.HashMap<>();

    private NarrativeHtml(String text, ValidationReport report, FactSheet sheet, Voice voice) {
        this.text = text;
        this.sheet = sheet;
        this.voice = voice == null ? new DeskVoice() : voice;
        this.marks = marks(text, report);
    }

    /** The desk's rendering: fact ids as markers, the tooltip with formula, inputs and source file. */
    public static String render(String text, ValidationReport report, FactSheet sheet) {
        return new NarrativeHtml(text, report, sheet, null).html();
    }

    /** A rendering in another voice, e.g. the public pages' ({@link ReaderVoice}). */
    static String render(String text, ValidationReport report, FactSheet sheet, Voice voice) {
        return new NarrativeHtml(text, report, sheet, voice).html();
    }

    /** How a page words citations and facts: the desk shows fact ids and raw provenance, readers their own words. */
    interface Voice {
        /** One cited id inside a marker, a link to its footnote; {@code occurrence} counts the id's citations, from 1. */
        String cite(String id, int occurrence);

        /** The tooltip's part for one cited fact. */
        String fact(Fact f);

        /** The tooltip's first line for a supported claim. */
        default String supported() {
            return "Supported";
        }
    }

    /** A highlighted span of the text: a claim or a problem, with its tooltip's HTML. */
    private record Mark(int start, int end, boolean ok, String status, String tip) {
    }

    /** Marks and the citation markers outside them, in text order; a marker cut by a mark stays text. */
    private String html() {
        List<MarkdownHtml.Insert> inserts = new ArrayList<>();
        Matcher mm = MarkdownHtml.MARKER.matcher(text);
        int next = 0;
        boolean found = mm.find();
        for (Mark m : marks) {
            for (; found && mm.start() < m.start(); found = mm.find()) {
                if (mm.end() <= m.start()) inserts.add(new MarkdownHtml.Insert(mm.start(), mm.end(), cite(mm.start(), mm.end())));
            }
            inserts.add(new MarkdownHtml.Insert(m.start(), m.end(), mark(m, ++next)));
            while (found && mm.start() < m.end()) found = mm.find();
        }
        for (; found; found = mm.find()) inserts.add(new MarkdownHtml.Insert(mm.start(), mm.end(), cite(mm.start(), mm.end())));
        return MarkdownHtml.render(text, inserts);
    }

    /** The mark's text, escaped, with the citation markers inside it, then its tooltip. */
    private String mark(Mark m, int tip) {
        StringBuilder html = new StringBuilder();
        html.append("<span class=\"claim ").append(m.ok() ? "claim-ok" : "claim-bad").append("\" tabindex=\"0\" data-status=\"")
                .append(m.status()).append("\" aria-describedby=\"tip-").append(tip).append("\">");
        Matcher mm = MarkdownHtml.MARKER.matcher(text).region(m.start(), m.end());
        int at = m.start();
        while (mm.find()) {
            html.append(MarkdownHtml.escape(text.substring(at, mm.start()))).append(cite(mm.start(), mm.end()));
            at = mm.end();
        }
        html.append(MarkdownHtml.escape(text.substring(at, m.end())));
        return html.append("<span class=\"tip\" role=\"tooltip\" id=\"tip-").append(tip).append("\">").append(m.tip())
                .append("</span></span>").toString();
    }

    private String cite(int start, int end) {
        String[] ids = text.substring(start + 1, end - 1).split("\\s*,\\s*");
        StringBuilder html = new StringBuilder();
        html.append("<sup class=\"cite\">[");
        for (int k = 0; k < ids.length; k++) {
            if (k > 0) html.append(", ");
            html.append(voice.cite(ids[k], citations.merge(ids[k], 1, Integer::sum)));
        }
        return html.append("]</sup>").toString();
    }

    private List<Mark> marks(String text, ValidationReport report) {
        List<Mark> all = new ArrayList<>();
        for (Claim c : report.claims()) {
            boolean ok = c.status() == ClaimStatus.SUPPORTED;
            all.add(clipped(text, c.start(), c.end(), ok, c.status().wire(), claimTip(c, ok)));
        }
        for (Problem p : report.problems()) {
            all.add(clipped(text, p.start(), p.end(), false, p.kind().wire(), "<span class=\"tip-status\">Problem: "
                    + MarkdownHtml.escape(p.kind().wire().replace('_', ' ')) + "</span><span class=\"tip-message\">"
                    + MarkdownHtml.escape(p.message()) + "</span>"));
        }
        all.removeIf(m -> m.end() <= m.start());
        all.sort(Comparator.comparingInt(Mark::start).thenComparing(m -> m.ok()));
        List<Mark> kept = new ArrayList<>();
        for (Mark m : all) {
            if (kept.isEmpty() || m.start() >= kept.get(kept.size() - 1).end()) kept.add(m);
        }
        return kept;
    }

    private static Mark clipped(String text, int start, int end, boolean ok, String status, String tip) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        for (int i = s; i < e; i++) {
            if (text.charAt(i) == '\n') e = i;   // a highlight never spans lines (scans only the span: linear in all)
        }
        return new Mark(s, e, ok, status, tip);
    }

    private String claimTip(Claim c, boolean ok) {
        StringBuilder t = new StringBuilder();
        t.append("<span class=\"tip-status\">").append(ok ? voice.supported() : "Fails: " + c.status().wire().replace('_', ' '))
                .append("</span>");
        if (!ok && c.message() != null) {
            t.append("<span class=\"tip-message\">").append(MarkdownHtml.escape(c.message())).append("</span>");
        }
        for (String id : c.factIds()) {
            sheet.fact(id).ifPresent(f -> t.append(voice.fact(f)));
        }
        return t.toString();
    }

    /** The desk's voice: fact ids, formula, inputs and the source's file or provider. */
    private final class DeskVoice implements Voice {
        @Override
        public String cite(String id, int occurrence) {
            return "<a href=\"#fn-" + id + "\">" + id + "</a>";
        }

        @Override
        public String fact(Fact f) {
            return factTip(f);
        }
    }

    private String factTip(Fact f) {
        StringBuilder t = new StringBuilder("<span class=\"tip-fact\">");
        t.append("<span class=\"tip-label\">[").append(MarkdownHtml.escape(f.id())).append("] ")
                .append(MarkdownHtml.escape(f.label() == null ? f.subject() : f.label())).append("</span>");
        t.append("<span class=\"tip-value\">").append(MarkdownHtml.escape(f.shown())).append("</span>");
        if (f.formula() != null) {
            t.append("<span class=\"tip-formula\">Formula: ").append(MarkdownHtml.escape(f.formula())).append("</span>");
        }
        if (!f.inputs().isEmpty()) {
            t.append("<span class=\"tip-inputs\">Inputs: ").append(MarkdownHtml.escape(Footnotes.inputs(f.inputs())))
                    .append("</span>");
        }
        for (String sid : f.sources()) {
            Source s = sheet.source(sid).orElse(null);
            t.append("<span class=\"tip-source\">Source: ").append(MarkdownHtml.escape(sid))
                    .append(s == null ? "" : " " + MarkdownHtml.escape(s.title() + (s.location() == null ? "" : " (" + s.location() + ")")))
                    .append("</span>");
        }
        return t.append("</span>").toString();
    }
}
