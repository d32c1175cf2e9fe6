package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks a figure against one fact, in this order, and stops at the first failure: a number (not a label),
 * unit, measure, subject, window, sign, value. The order makes the message name the most basic thing that
 * is wrong: "1.26%" cited to a pp fact is a wrong unit even if the digits happen to agree.
 */
final class FigureCheck {

    private final FactCheck parts;
    private final FactNames names;

    private final MemberFigures members;

    FigureCheck(FactCheck parts, PreparedSheet sheet) {
        this.parts = parts;
        this.names = parts.names();
        this.members = new MemberFigures(parts, sheet);
    }

    FactCheck.Outcome check(Figure w, ClaimContext ctx, Fact f) {
        if (f.isLabel()) {
            return new FactCheck.Outcome(ClaimStatus.WRONG_UNIT, f, () -> "says " + w.text() + ", but fact " + names.cite(f)
                    + " is a label (" + f.labelText() + "), not a number", null, 0);
        }
        if (!w.unit().fits(f)) {
            return new FactCheck.Outcome(ClaimStatus.WRONG_UNIT, f, () -> "says " + w.text() + " (" + w.unit().describe() + "), but fact "
                    + names.cite(f) + " is " + names.shown(f) + " (" + FactCheck.unitOf(f) + ")", null, 1);
        }
        if (MemberFigures.about(f)) return members.check(w, ctx, f);   // breadth, members' average: about a group's stocks
        FactCheck.Outcome metric = metric(w, ctx, f);
        if (metric != null) return metric;
        FactCheck.Outcome subject = parts.subject(w, ctx, f);
        if (subject != null) return subject;
        FactCheck.Outcome window = parts.window(w, ctx, f);
        if (window != null) return window;
        return value(w, ctx, f);
    }

    /** The words name a measure ("volatility", "rose", "closed at"): the fact must be one of it. */
    private FactCheck.Outcome metric(Figure w, ClaimContext ctx, Fact f) {
        MetricWords.Cue cue = ctx.metric();
        if (cue == null || f.metric() == null || cue.allows(f.metric())) return null;
        // an index's point change and a yield's change in bp are moves, in their own units ("fell 68.29 points")
        if ((f.metric() == Metric.POINTS_CHANGE || f.metric() == Metric.CHANGE_BP) && cue.allows(Metric.RETURN)) return null;
        // "finished at +0.75%": a close is never a percent, so the words state the day's move
        // "finished at +0.75%", "level with SPY at 0.00 pp": a close is never a percent or a gap, so the words state a move
        if (cue.metrics().equals(java.util.EnumSet.of(Metric.CLOSE)) && (w.unit() == WrittenUnit.PERCENT || w.unit() == WrittenUnit.PP
                || w.unit() == WrittenUnit.BPS)) {
            return null;
        }
        // a volume ratio is read off the day's volume: "volume of 1.02x its average"
        return new FactCheck.Outcome(ClaimStatus.WRONG_METRIC, f, () -> "says " + w.text() + " with \"" + cue.word() + "\" ("
                + cue.describe() + "), but fact " + names.cite(f) + " is not " + cue.describe()
                + "; cite the fact for what the words say, or say what the fact measures", null, 2);
    }

    private FactCheck.Outcome value(Figure w, ClaimContext ctx, Fact f) {
        Quantity q = w.quantity();
        int sign = writtenSign(q, ctx, f);
        BigDecimal signed = sign < 0 ? q.magnitude().negate() : q.magnitude();
        // basis points are read as percentage points; a fact in bp is compared in the same scale
        double v = f.unit() == io.factline.facts.Unit.BP && w.unit() == WrittenUnit.BPS ? f.number() / 100 : f.number();
        if (ValueRule.holds(q, signed, v)) {
            FactCheck.Outcome size = intensity(w, ctx, f, signed);
            return size != null ? size : new FactCheck.Outcome(ClaimStatus.SUPPORTED, f, () -> names.supports(f), signed, 9);
        }
        Supplier<String> says = () -> "says " + said(w, ctx, f, sign);
        if (signed.signum() != 0 && ValueRule.holds(q, signed.negate(), v)) {
            return new FactCheck.Outcome(ClaimStatus.WRONG_SIGN, f, () -> says.get() + ", but fact " + names.cite(f) + " is "
                    + names.shown(f), signed, 5);
        }
        return new FactCheck.Outcome(ClaimStatus.MISMATCH, f, () -> says.get() + ", but fact " + names.cite(f) + " is " + names.shown(f)
                + scaleHint(q, signed, v), signed, 6);
    }

    /** "soared 0.07%": the size the direction word states must fit the return ({@link Intensity}). */
    private FactCheck.Outcome intensity(Figure w, ClaimContext ctx, Fact f, BigDecimal signed) {
        if (f.metric() != Metric.RETURN || f.window() == null || !ctx.strictOwn()) return null;
        Intensity size = Intensity.of(ctx.strictWord(), ctx.strictSign());
        if (size == null || size.fits(f.number(), f.window())) return null;
        return new FactCheck.Outcome(ClaimStatus.WRONG_INTENSITY, f, () -> "says \"" + ctx.strictWord() + "\" for "
                + names.shown(f) + ", but \"" + ctx.strictWord() + "\" is " + size.describe(f.window())
                + "; use a verb of the move's size (rose, gained, slipped, fell)", signed, 8);
    }

    /** The sign character if written, else for returns the governing direction word, else positive. */
    static int writtenSign(Quantity q, ClaimContext ctx, Fact f) {
        boolean relative = f.metric() == Metric.RELATIVE_RETURN;
        int sign = q.signChar();
        if (sign == 0 && FactNames.isSigned(f)) sign = relative ? ctx.acrossSign() : ctx.strictSign();
        if (sign == 0) sign = 1;
        if (relative && FactCheck.reversed(ctx, f)) sign = -sign;
        return sign;
    }

    /** "+2.19%", or "2.10 percentage points with "beat" (+2.10)" when the sign came from a word. */
    private String said(Figure w, ClaimContext ctx, Fact f, int sign) {
        boolean relative = f.metric() == Metric.RELATIVE_RETURN;
        String word = relative ? ctx.acrossWord() : ctx.strictWord();
        if (relative && FactCheck.reversed(ctx, f)) {
            return w.text() + " with \"" + word + "\" (" + f.against() + (sign < 0 ? " ahead of " : " behind ") + f.subject() + ")";
        }
        if (w.quantity().signChar() != 0 || !FactNames.isSigned(f) || word == null) return w.text();
        return w.text() + " with \"" + word + "\" (" + (sign < 0 ? "-" : "+")
                + w.quantity().magnitude().stripTrailingZeros().toPlainString() + ")";
    }

    /** "3288.65 billion" for 3.29 billion: say that the scale word is what is off. */
    private static String scaleHint(Quantity q, BigDecimal signed, double v) {
        if (q.scaleExponent() == 0 || q.bound() == Written.Bound.BETWEEN) return "";
        for (int e : List.of(3, 6, 9, 12)) {
            if (e == q.scaleExponent()) continue;
            BigDecimal rescaled = signed.movePointLeft(q.scaleExponent()).movePointRight(e);
            BigDecimal tol = q.tolerance().movePointLeft(q.scaleExponent()).movePointRight(e);
            if (ValueRule.holds(rescaled, tol, q.bound(), new BigDecimal(v))) return " (the digits fit, the scale word does not)";
        }
        return "";
    }

}
