package io.factline.validation;

import java.math.BigDecimal;

/**
 * A claim as written, before any fact is looked at. For a number: {@code magnitude} is the absolute
 * written value after scaling ("78.75 million" → 78750000), {@code tolerance} half a unit of its last
 * written digit in the same scale (doubled after an approximator), {@code signChar} -1/+1 for a written
 * sign character and 0 without one. A label claim carries its {@code word}; a ratio in words ("more than
 * double") its value as a multiple. Tokens {@code first}..{@code last} inclusive; {@code start}/{@code end}
 * String indices. {@code magnitudeValue}/{@code toleranceValue} are the same as doubles, for the fast path
 * of {@link ValueRule}; {@code upper} is null except for a range ({@link #through}).
 */
record Written(Kind kind, int first, int last, int start, int end, String text, BigDecimal magnitude,
               BigDecimal tolerance, int signChar, WrittenUnit unit, Bound bound, boolean approximate,
               int scaleExponent, String word, double magnitudeValue, double toleranceValue, BigDecimal upper) {

    enum Kind { NUMBER, LABEL, RATIO }

    /**
     * How the words bound the written figure X against the fact's value v (magnitudes, same sign):
     * EXACT — v rounds to X at the written precision ("2.16%", "about 2%");
     * NEARLY — below X and rounding to it ("nearly 2%": 1.5 ≤ v < 2);
     * BELOW — v < X ("less than 1%", "under 80 million");
     * ABOVE — X < v ≤ 1.5 X ("more than 6%", "over 6.02 million": not absurdly loose);
     * NOT_BELOW — X ≤ v ≤ 1.5 X ("at least 2%").
     * For ratios in words: AT_LEAST "more than double" (v ≥ X within the tolerance), AT_MOST "less than half".
     */
    enum Bound { EXACT, NEARLY, BELOW, ABOVE, NOT_BELOW, AT_LEAST, AT_MOST, BETWEEN }

    /**
     * "between 0.5% and 1%": one claim from the low end to the high one; the value lies in the range, each
     * end read at its own precision (0.45 ≤ v ≤ 1.5 here). {@code upper} is the high end plus its tolerance.
     */
    /** The same number with the unit its neighbour gives it ("3.23 and 3.08 percentage points"). */
    Written withUnit(WrittenUnit u) {
        BigDecimal m = magnitude, t = tolerance;
        if (u == WrittenUnit.BPS) {
            m = m.movePointLeft(2);
            t = t.movePointLeft(2);
        }
        return new Written(kind, first, last, start, end, text, m, t, signChar, u, bound, approximate, scaleExponent, word,
                m.doubleValue(), t.doubleValue(), upper);
    }

    Written through(Written high, String text) {
        WrittenUnit u = unit == WrittenUnit.BARE ? high.unit : unit;
        return new Written(kind, first, high.last, start, high.end, text.substring(start, high.end), magnitude, tolerance,
                signChar, u, Bound.BETWEEN, false, scaleExponent == 0 ? high.scaleExponent : scaleExponent, null,
                magnitudeValue, toleranceValue, high.magnitude.add(high.tolerance));
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
