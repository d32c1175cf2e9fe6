package io.factline.web;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Source;
import io.factline.narrative.Footnotes;
import java.util.List;
import java.util.Map;

/** The model of the footnotes partial: data notes, one footnote per cited fact, and the sources. */
final class Sources {

    private Sources() {
    }

    static void put(Map<String, Object> model, String body, FactSheet sheet, List<String> dataNotes) {
        List<Fact> cited = Footnotes.cited(body, sheet);
        model.put("footnotes", cited.stream().map(f -> Map.of("id", f.id(), "line", Footnotes.line(f))).toList());
        List<Source> sources = Footnotes.sources(cited, sheet);
        model.put("sources", sources.stream().map(s -> Map.of("id", s.id(), "title", s.title(),
                "location", s.location() == null ? "" : s.location())).toList());
        model.put("dataNotes", dataNotes);
        model.put("hasNotes", !dataNotes.isEmpty());
    }
}
