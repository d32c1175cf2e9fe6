package io.factline.chat;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import java.util.Locale;

/**
 * Names a tool call may use for the breadth figures' subjects: "stocks" (also "all stocks", "breadth")
 * for all of them, "Energy stocks" or the sector's name as the sheet writes it for one sector.
 */
final class BreadthSubjects {

    private BreadthSubjects() {
    }

    /** @return the breadth subject the name means, or null when it means none (or an instrument) */
    static String of(String name, FactSheet sheet) {
        if (name == null) return null;
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("stocks") || n.equals("all stocks") || n.equals("breadth")) return has(sheet, "stocks") ? "stocks" : null;
        if (!n.endsWith(" stocks")) return null;
        String sector = n.substring(0, n.length() - " stocks".length()).strip();
        for (Fact f : sheet.facts()) {
            if (f.metric() == Metric.MEMBERS && f.subject().toLowerCase(Locale.ROOT).equals(sector)) return f.subject();
        }
        return null;
    }

    private static boolean has(FactSheet sheet, String subject) {
        return sheet.facts().stream().anyMatch(f -> f.metric() == Metric.MEMBERS && f.subject().equals(subject));
    }
}
