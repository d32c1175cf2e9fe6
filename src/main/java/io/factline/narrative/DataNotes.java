package io.factline.narrative;

import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Unavailable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Data problems that matter, said plainly: stale series, gaps, missing volume — one line per reason,
 * naming the instruments and the figures it costs. Generated from the sheet's {@code unavailable}
 * list, so a commentary never hides a gap even when the writer does not mention it. Missing P/E
 * quotes are one coverage line, not a problem per instrument.
 */
public final class DataNotes {

    private DataNotes() {
    }

    public static List<String> of(FactSheet sheet) {
        Map<String, Set<String>> subjects = new LinkedHashMap<>();
        Map<String, Set<String>> metrics = new LinkedHashMap<>();
        for (Unavailable u : sheet.unavailable()) {
            if (u.metric() == Metric.PE_RATIO && !u.reason().startsWith("no bar")) continue;
            String reason = u.reason();
            subjects.computeIfAbsent(reason, k -> new LinkedHashSet<>()).add(u.subject());
            metrics.computeIfAbsent(reason, k -> new LinkedHashSet<>())
                    .add(u.reason().startsWith("no bar") ? "all figures" : metricName(u));
        }
        List<String> notes = new ArrayList<>();
        subjects.forEach((reason, who) -> notes.add(String.join(", ", who) + ": " + reason + " (" + String.join(", ",
                metrics.get(reason)) + " unavailable)."));
        List<String> pe = sheet.facts().stream().filter(f -> f.metric() == Metric.PE_RATIO).map(f -> f.subject()).toList();
        notes.add(pe.isEmpty() ? "No P/E figures are available." : "P/E figures are available only for " + String.join(", ", pe) + ".");
        return notes;
    }

    /** Short metric names for notes: "30-day return", "252-day beta". */
    private static String metricName(Unavailable u) {
        String w = u.window() == null ? "" : u.window().phrase() + " ";
        return w + u.metric().wire().replace('_', ' ');
    }
}
