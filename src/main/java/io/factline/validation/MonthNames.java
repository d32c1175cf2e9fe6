package io.factline.validation;

import java.util.Map;

/**
 * English month names and their abbreviations, lower case ("march", "mar", "sept"): how the validator
 * recognises dates that are no claims ("March 23") and how the chat reads dates in questions.
 */
public final class MonthNames {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private MonthNames() {
    }

    /** @param lowerCase a word in lower case, without a trailing dot; @return its month 1–12, or null */
    public static Integer month(String lowerCase) {
        return MONTHS.get(lowerCase);
    }
}
