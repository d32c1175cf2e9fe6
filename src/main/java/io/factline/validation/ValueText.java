package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.FactValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fact's value as {@link io.factline.facts.Display} shows it ("+2.16%", "6,581.00", "78.75 million",
 * "+1.11 pp", "1.86x"), written with BigDecimal arithmetic only: Display builds a DecimalFormat per
 * call, which made formatting the largest cost of a validation against a freshly prepared sheet.
 * ValueTextTest checks that both agree.
 */
final class ValueText {

    private ValueText() {
    }

    /** The sheet's own display when it has one, else the default rounding. */
    static String of(Fact f) {
        if (f.display() != null) return f.display();
        if (f.value() instanceof FactValue.Label l) return l.text();
        double v = f.number();
        return switch (f.unit()) {
            case PERCENT -> (f.metric() != null && f.metric().isSigned() ? signed(v) : plain(v)) + "%";
            case PP -> signed(v) + " pp";
            case X -> plain(v) + "x";
            case SHARES -> shares(v);
            case COUNT -> group(new BigDecimal(v).setScale(0, RoundingMode.HALF_UP));
            case POINTS -> signed(v) + " points";
            case BP -> signed(v) + " bp";
            case PRICE, NUMBER, LABEL -> plain(v);
        };
    }

    /** Two decimals, half-up on the exact value, with thousands separators: "6,581.00", "-0.50". */
    static String plain(double v) {
        return format(new BigDecimal(v));
    }

    /** Like {@link #plain} with a "+" on positive values; a value that rounds to zero has no sign. */
    static String signed(double v) {
        BigDecimal r = new BigDecimal(v).setScale(2, RoundingMode.HALF_UP);
        String s = group(r);
        return r.signum() > 0 ? "+" + s : s;
    }

    static String shares(double v) {
        double a = Math.abs(v);
        BigDecimal exact = new BigDecimal(v);
        if (a >= 1e9) return format(exact.movePointLeft(9)) + " billion";
        if (a >= 1e6) return format(exact.movePointLeft(6)) + " million";
        if (a >= 1e3) return format(exact.movePointLeft(3)) + " thousand";
        return format(exact);
    }

    private static String format(BigDecimal exact) {
        return group(exact.setScale(2, RoundingMode.HALF_UP));
    }

    /** "-1234567.89" → "-1,234,567.89"; a rounded zero has no minus sign. */
    private static String group(BigDecimal rounded) {
        String digits = rounded.abs().toPlainString();
        int dot = digits.indexOf('.');
        int intLength = dot < 0 ? digits.length() : dot;
        StringBuilder b = new StringBuilder(digits.length() + intLength / 3 + 1);
        if (rounded.signum() < 0) b.append('-');
        for (int i = 0; i < intLength; i++) {
            if (i > 0 && (intLength - i) % 3 == 0) b.append(',');
            b.append(digits.charAt(i));
        }
        return b.append(digits, intLength, digits.length()).toString();
    }
}
