package io.factline.narrative;

import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.QualityIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Data problems that matter, said plainly, from the sheet's quality section: stale series, gaps,
 * missing or zero volume, splices, suspected splits, ETF/index divergence. The same problem on several
 * instruments is one line ("XLE, XLY: 18 sessions of SPY missing between …"; past ten instruments the
 * line names ten and counts the rest). Generated from the
 * sheet, never drafted, so a commentary cannot leave a gap unmentioned.
 */
public final class DataNotes {

    private DataNotes() {
    }

    public static List<String> of(FactSheet sheet) {
        Map<String, List<String>> bySubjectlessText = new LinkedHashMap<>();
        for (QualityIssue q : sheet.quality()) {
            String prefix = q.subject() + ": ";
            String text = q.message().startsWith(prefix) ? q.message().substring(prefix.length()) : q.message();
            bySubjectlessText.computeIfAbsent(text, k -> new ArrayList<>()).add(q.subject());
        }
        List<String> notes = new ArrayList<>();
        bySubjectlessText.forEach((text, subjects) -> notes.add(names(subjects) + ": " + text + "."));
        List<String> pe = sheet.facts().stream().filter(f -> f.metric() == Metric.PE_RATIO).map(f -> f.subject()).toList();
        notes.add(pe.isEmpty() ? "No P/E figures are available." : "P/E figures are available only for " + String.join(", ", pe) + ".");
        return notes;
    }

    /** Up to {@value #NAMED} subjects by name; past that the first ones and how many more (474 stale stocks are one note). */
    private static String names(List<String> subjects) {
        if (subjects.size() <= NAMED) return String.join(", ", subjects);
        return subjects.size() + " instruments (" + String.join(", ", subjects.subList(0, NAMED))
                + " and " + (subjects.size() - NAMED) + " more)";
    }

    private static final int NAMED = 10;
}
