package io.factline.validation;

import java.math.BigDecimal;

/**
 * A number as written. {@code magnitude} keeps the written decimals ("6,581.00" is 6581.00 with scale 2)
 * and no sign; {@code sign} is -1 or +1 for a written sign character ("-", "−", "–", "+") and 0 when
 * there is none; {@code suffix} is the glued suffix or null.
 */
record NumberLiteral(BigDecimal magnitude, int sign, boolean currency, Suffix suffix) {

    /** Digits after the decimal point as written. */
    int decimals() {
        return Math.max(0, magnitude.scale());
    }

    boolean isInteger() {
        return magnitude.scale() <= 0;
    }
}
