package io.factline.validation;

import java.math.BigDecimal;

/**
 * What a figure says of a value: {@code magnitude} the absolute written value after scaling ("78.75
 * million" → 78750000), {@code tolerance} half a unit of its last written digit in the same scale,
 * {@code bound} how the words around it bound it, {@code upper} the high end plus its tolerance for a range
 * (else null), {@code signChar} -1/+1 for a written sign character and 0 without one, {@code unit} the
 * written unit, {@code scaleExponent} the power of ten of a scale word (6 for "million").
 */
record Quantity(BigDecimal magnitude, BigDecimal tolerance, Written.Bound bound, BigDecimal upper, int signChar,
                WrittenUnit unit, int scaleExponent) {

    /** The same quantity in the unit a neighbour gives it ("3.23 and 3.08 percentage points"). */
    Quantity in(WrittenUnit u) {
        boolean bps = u == WrittenUnit.BPS;
        return new Quantity(bps ? magnitude.movePointLeft(2) : magnitude, bps ? tolerance.movePointLeft(2) : tolerance,
                bound, upper, signChar, u, scaleExponent);
    }

    /** "between 0.5% and 1%": this low end through {@code high}. */
    Quantity through(Quantity high) {
        return new Quantity(magnitude, tolerance, Written.Bound.BETWEEN, high.magnitude.add(high.tolerance), signChar,
                unit == WrittenUnit.BARE ? high.unit : unit, scaleExponent == 0 ? high.scaleExponent : scaleExponent);
    }
}
