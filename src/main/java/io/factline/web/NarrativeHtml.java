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
import java.util.regex.Pattern;

/**
 * The narrative as HTML with every claim the validator read highlighted, at the report's offsets:
 * supported claims quietly, failing claims and problems in red. Each highlight is focusable and
 * carries a tooltip (shown on hover and focus by CSS alone) with the validator's message and each
 * fact's label, value, formula, inputs and source. Renders the same markdown subset as
 * {@link MarkdownHtml}; every character of the text is escaped, so no text can inject markup.
 */
public final class NarrativeHtml {

    private static final Pattern MARKER = Pattern.compile("\\[(F\\d+(?:\\s*,\\s*F\\d+)*)]");

    private final String text;
    private final FactSheet sheet;
    private final List<Mark> marks;
    private final StringBuilder html = new StringBuilder();

    private NarrativeHtml(String text, ValidationReport report, FactSheet sheet) {
        this.text = text;
        this.sheet = sheet;
        this.marks = marks(text, report);
    }

    public static String render(String text, ValidationReport report, FactSheet sheet) {
        NarrativeHtml n = new NarrativeHtml(text, report, sheet);
        n.blocks();
        return n.html.toString();
    }

    /** A highlighted span of the text: a claim or a problem, with its tooltip's HTML. */
    private record Mark(int start, int end, boolean ok, String status, String tip) {
        boolean overlaps(int s, int e) {
            return s < end && start < e;
        }

        boolean contains(int s, int e) {
            return start <= s && e <= end;
        }
    }

    private void blocks() {
        boolean inList = false;
        int pos = 0;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            int s = pos, e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            boolean item = text.startsWith("- ", s) && e - s >= 2;
            if (inList && !item) html.append("</ul>\n");
            if (item) {
                if (!inList) html.append("<ul>\n");
                html.append("<li>");
                inline(s + 2, e);
                html.append("</li>\n");
            } else if (text.startsWith("## ", s)) {
                html.append("<h2>");
                inline(s + 3, e);
                html.append("</h2>\n");
            } else if (text.startsWith("# ", s)) {
                html.append("<h1>");
                inline(s + 2, e);
                html.append("</h1>\n");
            } else if (s < e) {
                html.append("<p>");
                inline(s, e);
                html.append("</p>\n");
            }
            inList = item;
            if (nl < 0) break;
            pos = nl + 1;
        }
        if (inList) html.append("</ul>\n");
    }

    /** Renders text[from, to): marks, **bold** pairs that do not cut a mark, and citation markers. */
    private void inline(int from, int to) {
        List<Mark> here = marks.stream().filter(m -> m.start() >= from && m.start() < to).toList();
        List<int[]> bold = boldPairs(from, to, here);
        List<int[]> markers = new ArrayList<>();
        Matcher mm = MARKER.matcher(text).region(from, to);
        while (mm.find()) {
            int s = mm.start(), e = mm.end();
            if (here.stream().allMatch(m -> !m.overlaps(s, e) || m.contains(s, e))) markers.add(new int[] {s, e});
        }
        Mark open = null;
        int openEnd = -1;
        int next = 0;
        int i = from;
        while (i < to) {
            if (open != null && i >= openEnd) {
                closeMark(open);
                open = null;
            }
            int[] b = startingAt(bold, i);
            if (b != null) {
                html.append(b[0] == i && b[2] == 0 ? "<strong>" : "</strong>");
                i += 2;
                continue;
            }
            if (open == null && next < here.size() && here.get(next).start() == i) {
                open = here.get(next++);
                openEnd = Math.min(open.end(), to);
                openMark(open);
            }
            int[] marker = startingAt(markers, i);
            if (marker != null) {
                cite(marker[0], marker[1]);
                i = marker[1];
                continue;
            }
            escape(text.charAt(i));
            i++;
        }
        if (open != null) closeMark(open);
    }

    /** Pairs of "**" in [from, to), as {position, partner, 0 for opening or 1 for closing}. */
    private List<int[]> boldPairs(int from, int to, List<Mark> here) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = text.indexOf("**", from); i >= 0 && i + 2 <= to; i = text.indexOf("**", i + 2)) {
            if (open < 0) {
                open = i;
            } else if (i > open + 2) {
                int o = open, c = i;
                if (here.stream().noneMatch(m -> m.overlaps(o, o + 2) || m.overlaps(c, c + 2))) {
                    out.add(new int[] {o, c, 0});
                    out.add(new int[] {c, o, 1});
                }
                open = -1;
            }
        }
        return out;
    }

    private static int[] startingAt(List<int[]> spans, int i) {
        for (int[] s : spans) {
            if (s[0] == i) return s;
        }
        return null;
    }

    private int tipCount;

    private void openMark(Mark m) {
        tipCount++;
        html.append("<span class=\"claim ").append(m.ok() ? "claim-ok" : "claim-bad").append("\" tabindex=\"0\" data-status=\"")
                .append(m.status()).append("\" aria-describedby=\"tip-").append(tipCount).append("\">");
    }

    private void closeMark(Mark m) {
        html.append("<span class=\"tip\" role=\"tooltip\" id=\"tip-").append(tipCount).append("\">").append(m.tip())
                .append("</span></span>");
    }

    private void cite(int start, int end) {
        String[] ids = text.substring(start + 1, end - 1).split("\\s*,\\s*");
        html.append("<sup class=\"cite\">[");
        for (int k = 0; k < ids.length; k++) {
            if (k > 0) html.append(", ");
            html.append("<a href=\"#fn-").append(ids[k]).append("\">").append(ids[k]).append("</a>");
        }
        html.append("]</sup>");
    }

    private void escape(char c) {
        switch (c) {
            case '<' -> html.append("&lt;");
            case '>' -> html.append("&gt;");
            case '&' -> html.append("&amp;");
            case '"' -> html.append("&quot;");
            case '\'' -> html.append("&#39;");
            default -> html.append(c);
        }
    }

    private List<Mark> marks(String text, ValidationReport report) {
        List<Mark> all = new ArrayList<>();
        for (Claim c : report.claims()) {
            boolean ok = c.status() == ClaimStatus.SUPPORTED;
            all.add(clipped(text, c.start(), c.end(), ok, c.status().wire(), claimTip(c, ok)));
        }
        for (Problem p : report.problems()) {
            all.add(clipped(text, p.start(), p.end(), false, p.kind(), "<span class=\"tip-status\">Problem: "
                    + MarkdownHtml.escape(p.kind().replace('_', ' ')) + "</span><span class=\"tip-message\">"
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
        int nl = text.indexOf('\n', s);
        if (nl >= 0 && nl < e) e = nl;   // a highlight never spans lines
        return new Mark(s, e, ok, status, tip);
    }

    private String claimTip(Claim c, boolean ok) {
        StringBuilder t = new StringBuilder();
        t.append("<span class=\"tip-status\">").append(ok ? "Supported" : "Fails: " + c.status().wire().replace('_', ' '))
                .append("</span>");
        if (!ok && c.message() != null) {
            t.append("<span class=\"tip-message\">").append(MarkdownHtml.escape(c.message())).append("</span>");
        }
        for (String id : c.factIds()) {
            sheet.fact(id).ifPresent(f -> t.append(factTip(f)));
        }
        return t.toString();
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
