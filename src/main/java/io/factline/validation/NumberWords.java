package io.factline.validation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Numbers written in words, read as figures when a unit follows ({@link FigureReader#words}): a spelled
 * integer ("two percent", "twenty-five basis points", "a couple of points", "a dozen") has integer
 * precision (±0.5); a fraction ("a quarter of a percent", "half a percentage point", "three-quarters of a
 * point", "a tenth of a percent") is right within ±10% of its value; "double-digit" is 10 ≤ |v| < 100 and
 * "single-digit" 1 ≤ |v| < 10.
 */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("zero", 0), Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("dozen", 12));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    /** Fractions by their word; "quarters", "thirds" after a count ("three-quarters", "two-thirds"). */
    private static final Map<String, BigDecimal> FRACTIONS = Map.of("half", new BigDecimal("0.5"),
            "quarter", new BigDecimal("0.25"), "third", new BigDecimal("0.3333333333"), "fifth", new BigDecimal("0.2"),
            "tenth", new BigDecimal("0.1"), "quarters", new BigDecimal("0.25"), "thirds", new BigDecimal("0.3333333333"),
            "fifths", new BigDecimal("0.2"), "tenths", new BigDecimal("0.1"));

    /** How far a fraction in words may be from the value, relative to it. */
    static final BigDecimal FRACTION_TOLERANCE = new BigDecimal("0.1");

    private NumberWords() {
    }

    /** A spelled integer word ("two", "twenty", "dozen"), or null. */
    static Integer integer(String key) {
        Integer u = UNITS.get(key);
        return u != null ? u : TENS.get(key);
    }

    /** Whether {@code key} is a tens word that a unit word may follow with a hyphen: "twenty-five". */
    static boolean tens(String key) {
        return TENS.containsKey(key);
    }

    /** A fraction word ("half", "quarter", "quarters"), or null. */
    static BigDecimal fraction(String key) {
        return FRACTIONS.get(key);
    }
}
