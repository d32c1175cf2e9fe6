package io.factline.web;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.narrative.Footnotes;
import io.factline.narrative.MarkdownHtml;
import io.factline.reader.DataSet;
import io.factline.reader.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public pages' voice: one numbering for markers and footnotes (1, 2, 3 in order of first citation),
 * each marker with an id its footnote links back to, and tooltips in reader language with the data set
 * and provider named. After rendering, {@link #footnotes} gives the footnotes' model with their back-links.
 */
final class ReaderVoice implements NarrativeHtml.Voice {

    private final FactSheet sheet;
    private final String prefix;
    private final String article;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Integer> citations = new LinkedHashMap<>();

    /**
     * @param body    the whole commentary, which numbers the citations, even when a part of it is rendered
     * @param prefix  keeps the markers' ids unique when parts of texts share a page ("" on a commentary page)
     * @param article the commentary's URL when its footnotes are on another page (the front page), else ""
     */
    ReaderVoice(String body, FactSheet sheet, String prefix, String article) {
        this.sheet = sheet;
        this.prefix = prefix;
        this.article = article;
        for (Fact f : Footnotes.cited(body, sheet)) numbers.put(f.id(), numbers.size() + 1);
    }

    String number(String id) {
        Integer n = numbers.get(id);
        return n == null ? id : n.toString();
    }

    @Override
    public String cite(String id, int occurrence) {
        citations.merge(id, 1, Integer::sum);
        String target = article.isEmpty() ? "#" + prefix + "fn-" + id : article + "#fn-" + id;
        return "<a href=\"" + target + "\" id=\"" + prefix + "cite-" + id + "-" + occurrence + "\" aria-label=\"source note "
                + number(id) + "\">" + number(id) + "</a>";
    }

    @Override
    public String fact(Fact f) {
        StringBuilder t = new StringBuilder("<span class=\"tip-fact\">");
        t.append("<span class=\"tip-label\">").append(numbers.containsKey(f.id()) ? numbers.get(f.id()) + ". " : "")
                .append(MarkdownHtml.escape(f.label() == null ? f.subject() : f.label())).append("</span>");
        t.append("<span class=\"tip-value\">").append(MarkdownHtml.escape(f.shown())).append("</span>");
        t.append("<span class=\"tip-said\">").append(MarkdownHtml.escape(Provenance.sentence(f))).append("</span>");
        for (String sid : f.sources()) {
            sheet.source(sid).ifPresent(s -> t.append("<span class=\"tip-source\">Source: ")
                    .append(MarkdownHtml.escape(DataSet.of(s).said())).append("</span>"));
        }
        return t.append("</span>").toString();
    }

    @Override
    public String supported() {
        return "Checked against the data";
    }

    /** One footnote per cited fact, in the numbering's order, with a back-link to each of its markers. */
    List<Map<String, Object>> footnotes() {
        List<Map<String, Object>> out = new ArrayList<>();
        numbers.forEach((id, n) -> sheet.fact(id).ifPresent(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("n", n);
            m.put("id", id);
            m.put("anchor", prefix + "fn-" + id);
            m.put("label", f.label() == null ? f.subject() : f.label());
            m.put("shown", f.shown());
            m.put("said", Provenance.sentence(f));
            m.put("sources", f.sources().stream().flatMap(sid -> sheet.source(sid).stream()).map(s -> DataSet.of(s).said()).toList());
            m.put("calculation", Provenance.calculation(f));
            List<Map<String, Object>> back = new ArrayList<>();
            int count = citations.getOrDefault(id, 0);
            for (int k = 1; k <= count; k++) {
                back.add(Map.of("href", "#" + prefix + "cite-" + id + "-" + k, "k", k, "single", count == 1));
            }
            m.put("backLinks", back);
            out.add(m);
        }));
        return out;
    }
}
