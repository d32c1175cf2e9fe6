package io.factline.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The default rounding of a fact for readers. Values are kept at full precision everywhere; only
 * this text is rounded: the exact binary value is rounded half-up to two decimals, so the display is
 * always within half a unit of its last digit of the stored value (the validator's tolerance).
 *
 * <ul>
 *   <li>percent: a change signed (returns, distances from an average or a 52-week high / low),
 *   "+2.16%", "-1.33%"; a level not (volatility, a yield, a share of stocks): "1.26%"</li>
 *   <li>count: a whole number with thousands separators, "496", "1,204"</li>
 *   <li>points: signed, "+13.65 points"; bp: signed, "+6.70 bp"</li>
 *   <li>pp: signed, "+1.11 pp"</li>
 *   <li>x: "1.86x"</li>
 *   <li>shares: scaled, "78.75 million", "6.02 billion", "4.50 thousand"; below 1,000 as is</li>
 *   <li>price and number: thousands separators, "6,581.00", "-79.71"</li>
 *   <li>label: the word</li>
 * </ul>
 */
public final class Display {

    private Display() {
    }

    public static String of(Metric metric, Unit unit, FactValue value) {
        if (value instanceof FactValue.Label l) return l.text();
        double v = ((FactValue.Num) value).value();
        return switch (unit) {
            case PERCENT -> (metric.isSigned() ? signed(v) : plain(v)) + "%";
            case PP -> signed(v) + " pp";
            case X -> plain(v) + "x";
            case SHARES -> shares(v);
            case COUNT -> count(v);
            case POINTS -> signed(v) + " points";
            case BP -> signed(v) + " bp";
            case PRICE, NUMBER, LABEL -> plain(v);
        };
    }

    /** Two decimals, half-up on the exact value, with thousands separators: "6,581.00", "-0.50". */
    public static String plain(double v) {
        return format(new BigDecimal(v));
    }

    private static String format(BigDecimal exact) {
        return grouped(exact.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * Commas every three digits of the whole part of a plain decimal ("-6581.00" → "-6,581.00"). Done by
     * hand: a {@code DecimalFormat} per figure was a fifth of a 17,000-fact sheet (issue 15), and one shared
     * is not thread-safe. A rounded {@code BigDecimal} has no negative zero, so neither has this.
     */
    static String grouped(String plain) {
        int sign = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int whole = (point < 0 ? plain.length() : point) - sign;
        if (whole <= 3) return plain;
        StringBuilder b = new StringBuilder(plain.length() + whole / 3);
        b.append(plain, 0, sign);
        for (int i = 0; i < whole; i++) {
            if (i > 0 && (whole - i) % 3 == 0) b.append(',');
            b.append(plain.charAt(sign + i));
        }
        return b.append(plain, sign + whole, plain.length()).toString();
    }

    /** Like {@link #plain} with a "+" on positive values; a value that rounds to zero has no sign. */
    public static String signed(double v) {
        BigDecimal rounded = round(v, 2);
        String s = grouped(rounded.toPlainString());
        return rounded.signum() > 0 ? "+" + s : s;
    }

    /** A whole number, half-up, thousands separators: "496". */
    public static String count(double v) {
        return grouped(round(v, 0).toPlainString());
    }

    public static String shares(double v) {
        double a = Math.abs(v);
        BigDecimal exact = new BigDecimal(v);
        if (a >= 1e9) return format(exact.movePointLeft(9)) + " billion";
        if (a >= 1e6) return format(exact.movePointLeft(6)) + " million";
        if (a >= 1e3) return format(exact.movePointLeft(3)) + " thousand";
        return format(exact);
    }

    public static BigDecimal round(double v, int decimals) {
        return new BigDecimal(v).setScale(decimals, RoundingMode.HALF_UP);
    }
}
