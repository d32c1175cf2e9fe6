package io.factline.narrative;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Source;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts a narrative cites, in order of first citation, and their footnotes: label, value,
 * formula, inputs, and the source file or provider. Generated from the sheet, never drafted.
 */
public final class Footnotes {

    private static final Pattern MARKER = Pattern.compile("\\[([FE]\\d+(?:\\s*,\\s*[FE]\\d+)*)]");

    private Footnotes() {
    }

    /** IDs cited in the text (sheet facts "F12", editor-sourced facts "E1"), in order of first citation. */
    public static List<String> citedIds(String narrative) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = MARKER.matcher(narrative);
        while (m.find()) {
            for (String id : m.group(1).split("\\s*,\\s*")) ids.add(id);
        }
        return List.copyOf(ids);
    }

    /** IDs cited in the text that exist in the sheet, in order of first citation. */
    public static List<Fact> cited(String narrative, FactSheet sheet) {
        List<String> ids = citedIds(narrative);
        List<Fact> out = new ArrayList<>();
        for (String id : ids) sheet.fact(id).ifPresent(out::add);
        return out;
    }

    /** The sources the cited facts use, in sheet order. */
    public static List<Source> sources(List<Fact> cited, FactSheet sheet) {
        Set<String> used = new LinkedHashSet<>();
        cited.forEach(f -> used.addAll(f.sources()));
        return sheet.sources().stream().filter(s -> used.contains(s.id())).toList();
    }

    /** "[F14] SPY 1-day return: +1.05%. Formula: … Inputs: … Source: S2." */
    public static String line(Fact f) {
        StringBuilder b = new StringBuilder("[").append(f.id()).append("] ").append(f.label()).append(": ").append(f.shown()).append('.');
        if (f.formula() != null) b.append(" Formula: ").append(f.formula()).append('.');
        if (!f.inputs().isEmpty()) b.append(" Inputs: ").append(inputs(f.inputs())).append('.');
        if (!f.sources().isEmpty()) b.append(" Source: ").append(String.join(", ", f.sources())).append('.');
        return b.toString();
    }

    /** Inputs as "key = value" pairs; a series (a map of dated values) is summarised by its count and range. */
    public static String inputs(Map<String, Object> inputs) {
        List<String> parts = new ArrayList<>();
        inputs.forEach((k, v) -> {
            if (v instanceof Map<?, ?> series && !series.isEmpty()) {
                List<?> keys = new ArrayList<>(series.keySet());
                parts.add(k + " = " + series.size() + " values, " + keys.get(0) + " to " + keys.get(keys.size() - 1));
            } else if (v instanceof Double d) {
                parts.add(k + " = " + java.math.BigDecimal.valueOf(d).toPlainString());   // 6020650000, not 6.02065E9
            } else {
                parts.add(k + " = " + v);
            }
        });
        return String.join("; ", parts);
    }
}
