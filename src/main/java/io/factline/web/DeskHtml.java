package io.factline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.market.Instrument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small pieces of the draft page: the preview's headings under the page's one h1, and the fact picker's data. */
final class DeskHtml {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DeskHtml() {
    }

    /**
     * The narrative's headings one level down (its "# headline" becomes an h2), so the page keeps one h1.
     * Safe on {@link NarrativeHtml}'s output: it escapes every "&lt;" of the text, so only its own tags match.
     */
    static String demoteHeadings(String html) {
        String out = html;
        for (int level = 5; level >= 1; level--) {
            out = out.replace("<h" + level + ">", "<h" + (level + 1) + ">").replace("</h" + level + ">", "</h" + (level + 1) + ">");
        }
        return out;
    }

    /**
     * The sheet's number facts for the picker, as JSON (escaped by Mustache into an attribute): id, label,
     * the shown value, the subject and its name, so "IWM 30-day" or "Russell" finds them.
     */
    static String factsJson(FactSheet sheet) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Instrument i : sheet.instruments()) names.put(i.symbol(), i.name());
        List<Map<String, String>> facts = sheet.facts().stream().map((Fact f) -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", f.id());
            m.put("label", f.label() == null ? f.id() : f.label());
            m.put("shown", f.shown());
            m.put("subject", f.subject() == null ? "" : f.subject());
            m.put("name", names.getOrDefault(f.subject(), ""));
            return m;
        }).toList();
        try {
            return JSON.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts as JSON", e);
        }
    }
}
