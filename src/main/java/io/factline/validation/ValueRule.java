package io.factline.validation;

import java.math.BigDecimal;

/**
 * The value rule, in exact decimal arithmetic: a number written with d decimals (after scaling)
 * supports a value v when |written − v| ≤ 0.5 × 10^−d (1 × 10^−d after an approximator; that widening is
 * already in the claim's tolerance). v is the exact binary value of the fact ({@code new BigDecimal(v)}),
 * so the sheet's own display, rounded half-up from that same exact value, is always accepted; an epsilon
 * of 10^−9 of the tolerance absorbs noise in values that were themselves computed in floating point.
 * Hedges and comparators bound the magnitude as {@link Written.Bound} says, with the same sign.
 */
final class ValueRule {

    private static final BigDecimal EPSILON = new BigDecimal("1e-9");
    /** A lower bound ("more than 6%") is true but misleading past half the bound again: 6 < v ≤ 9. */
    private static final BigDecimal LOOSEST = new BigDecimal("1.5");

    private ValueRule() {
    }

    /**
     * @param writtenValue {@code written} as a double, toleranceValue {@code tolerance} as a double: when the
     *     double difference is clearly inside or outside the tolerance (further than any rounding error of
     *     the conversions), that decides; only near the edge is the exact decimal comparison made.
     */
    static boolean holds(BigDecimal written, double writtenValue, BigDecimal tolerance, double toleranceValue,
                         Written.Bound bound, double value) {
        if (bound == Written.Bound.EXACT) {
            double d = Math.abs(writtenValue - value);
            double err = 4 * (Math.ulp(writtenValue) + Math.ulp(value) + Math.ulp(toleranceValue));
            if (d + err < toleranceValue) return true;
            if (d - err > toleranceValue * (1 + 2e-9)) return false;
        }
        return holds(written, tolerance, bound, new BigDecimal(value));
    }

    static boolean holds(BigDecimal written, BigDecimal tolerance, Written.Bound bound, BigDecimal exact) {
        BigDecimal slack = tolerance.add(tolerance.multiply(EPSILON));
        return switch (bound) {
            case EXACT -> written.subtract(exact).abs().compareTo(slack) <= 0;
            case AT_LEAST -> sameSign(written, exact) && exact.abs().add(slack).compareTo(written.abs()) >= 0;
            case AT_MOST -> (sameSign(written, exact) || exact.abs().compareTo(slack) <= 0)
                    && exact.abs().compareTo(written.abs().add(slack)) <= 0;
            case NEARLY -> sameSign(written, exact) && exact.abs().compareTo(written.abs()) < 0
                    && written.abs().subtract(exact.abs()).compareTo(slack) <= 0;
            case BELOW -> (sameSign(written, exact) || exact.abs().compareTo(slack) <= 0)
                    && exact.abs().compareTo(written.abs()) < 0;
            case ABOVE -> sameSign(written, exact) && exact.abs().compareTo(written.abs()) > 0
                    && exact.abs().compareTo(written.abs().multiply(LOOSEST)) <= 0;
            case BETWEEN -> throw new IllegalArgumentException("a range is checked with inRange");
            case NOT_BELOW -> sameSign(written, exact) && exact.abs().compareTo(written.abs()) >= 0
                    && exact.abs().compareTo(written.abs().multiply(LOOSEST)) <= 0;
        };
    }

    /** Whether the figure's {@link Quantity}, read with the sign {@code signed} carries, supports {@code value}. */
    static boolean holds(Quantity q, BigDecimal signed, double value) {
        if (q.bound() == Written.Bound.BETWEEN) return inRange(signed, q.tolerance(), q.upper(), value);
        return holds(signed, signed.doubleValue(), q.tolerance(), q.tolerance().doubleValue(), q.bound(), value);
    }

    /** A range: the signed low end {@code low} with its tolerance, and the high end's magnitude plus its tolerance. */
    static boolean inRange(BigDecimal low, BigDecimal tolerance, BigDecimal upper, double value) {
        BigDecimal exact = new BigDecimal(value);
        BigDecimal floor = low.abs().subtract(tolerance);
        return sameSign(low, exact) && exact.abs().compareTo(floor) >= 0 && exact.abs().compareTo(upper) <= 0;
    }

    private static boolean sameSign(BigDecimal a, BigDecimal b) {
        return a.signum() == 0 || b.signum() == 0 || a.signum() == b.signum();
    }
}
