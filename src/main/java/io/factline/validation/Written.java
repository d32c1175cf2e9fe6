package io.factline.validation;

import java.math.BigDecimal;

/**
 * A claim as written, before any fact is looked at. For a number: {@code magnitude} is the absolute
 * written value after scaling ("78.75 million" → 78750000), {@code tolerance} half a unit of its last
 * written digit in the same scale (doubled after an approximator), {@code signChar} -1/+1 for a written
 * sign character and 0 without one. A label claim carries its {@code word}; a ratio in words ("more than
 * double") its value as a multiple. Tokens {@code first}..{@code last} inclusive; {@code start}/{@code end}
 * String indices. {@code magnitudeValue}/{@code toleranceValue} are the same as doubles, for the fast path
 * of {@link ValueRule}.
 */
record Written(Kind kind, int first, int last, int start, int end, String text, BigDecimal magnitude,
               BigDecimal tolerance, int signChar, WrittenUnit unit, Bound bound, boolean approximate,
               int scaleExponent, String word, double magnitudeValue, double toleranceValue) {

    enum Kind { NUMBER, LABEL, RATIO }

    /** "more than double" is a lower bound, "less than half" an upper one; numbers are always EXACT. */
    enum Bound { EXACT, AT_LEAST, AT_MOST }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }
}
