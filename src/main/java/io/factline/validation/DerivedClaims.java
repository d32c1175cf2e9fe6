package io.factline.validation;

import io.factline.facts.Display;
import io.factline.facts.Fact;
import io.factline.facts.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Claims about two facts cited in the same sentence: a gap in percentage points between two percents
 * (or two pp figures), "+2.16% vs +1.05%, a 1.11 pp gap [F7][F9]", and a ratio of two figures of one
 * unit, "2.1 times", "more than double". The gap or ratio is computed from the exact values, and also
 * from the two values as the sheet displays them (two decimals), since a writer works from those; the
 * value rule applies to either. When both instruments are named, the first named is the minuend (or
 * numerator) and a written sign must agree; otherwise the gap is compared by size.
 */
final class DerivedClaims {

    private static final MathContext MC = MathContext.DECIMAL64;

    private DerivedClaims() {
    }

    /**
     * A supported or closest derivation, or null when the sentence has no two facts this claim could
     * compare. {@code wrongSign}: the size is right, the direction is not.
     */
    record Derivation(boolean supported, boolean wrongSign, Fact a, Fact b, BigDecimal value, String message) {
    }

    /**
     * The claim's sentence: the known facts cited in it (in order, without repeats) and the instruments it
     * names. Read only for a claim that may be a gap or a ratio, so most claims never build the lists.
     */
    interface Sentence {
        List<Fact> facts();

        List<Mention> mentions();

        /** The instruments named in the clause of token {@code token}. */
        List<Mention> clauseMentions(int token);

        /** The sentence as written. */
        String text();

        /** Token {@code token}'s String index in the text, and the text between two such indices. */
        int startOf(int token);

        /** Token {@code token}'s String end index. */
        int endOf(int token);

        String source(int start, int end);

        /** The window of the period last stated before token {@code token} in its paragraph, or null. */
        io.factline.facts.Window carriedWindow(int token);

        /** The facts cited in the earlier sentences of the paragraph, nearest first. */
        List<Fact> earlierFacts();

        /** The last instrument (or outside) name before token {@code token} in the sentence, or null. */
        Mention nameBefore(int token);

        /** The first instrument (or outside) name after token {@code token} in its clause, or null. */
        Mention nameAfter(int token);

        /** The sheet's fact about {@code subject} of {@code like}'s measure, window and benchmark, or null. */
        Fact sheetFact(String subject, Fact like);
    }

    static Derivation derive(Written w, Quantity q, ClaimContext ctx, Sentence sentence) {
        boolean gap = q.unit() == WrittenUnit.PP || q.unit() == WrittenUnit.BPS || q.unit() == WrittenUnit.POINTS;
        boolean ratio = q.unit() == WrittenUnit.X;
        if (!gap && !ratio || q.bound() == Written.Bound.BETWEEN) return null;
        List<Fact> sentenceFacts = sentence.facts();
        // the order of the names says which figure is divided by which: the claim's clause first, else its sentence
        // ("IWM's volatility of 1.25% is about 2.4 times as large" after SPY's: the clause's own name is the numerator)
        // ("… 1.8 times SPY's 0.73%", "nearly double SPY's": the name right after the ratio is the denominator)
        List<Mention> sentenceMentions = new ArrayList<>();
        Mention denominator = null;
        // ("… more than twice the 0.35% [F26] gain in the S&P 500 ETF": a name after the ratio in its clause, too)
        for (Mention m : sentence.clauseMentions(w.first())) {
            if (m.first() > w.last() && (denominator == null || m.first() <= w.last() + 2)) denominator = m;
            else sentenceMentions.add(m);
        }
        for (Mention m : sentence.mentions()) {
            if (sentenceMentions.stream().noneMatch(c -> c.symbols().equals(m.symbols()))
                    && (denominator == null || !denominator.symbols().equals(m.symbols()))) {
                sentenceMentions.add(m);
            }
        }
        if (denominator != null) {
            Mention d = denominator;
            sentenceMentions.removeIf(m -> m.symbols().equals(d.symbols()));
            sentenceMentions.add(denominator);
        }
        // "triple SPY's 1.05% gain": a ratio whose other side is named right after it divides by that name's facts
        // only (else "IWM rose 2.16%, triple SPY's" found IWM's 30-day -6.46% / 2.16% and passed)
        Mention over = ratio && denominator != null && denominator.first() <= w.last() + 2 ? denominator : null;
        List<Fact[]> pairs = new ArrayList<>();
        for (Fact a : sentenceFacts) {
            for (Fact b : sentenceFacts) {
                if (a == b || a.isLabel() || b.isLabel() || a.unit() != b.unit()) continue;
                if (over != null && (!over.means(b.subject()) || over.means(a.subject()))) continue;
                if (gap && a.unit() != Unit.PERCENT && a.unit() != Unit.PP) continue;
                if (ratio && b.number() == 0) continue;
                pairs.add(new Fact[] {a, b});
            }
        }
        if (pairs.isEmpty()) return null;
        int sign = q.signChar() != 0 ? q.signChar() : ctx.acrossSign();
        Derivation closest = null;
        BigDecimal closestDistance = null;
        for (Fact[] p : pairs) {
            Boolean firstNamedFirst = order(p[0], p[1], sentenceMentions);
            if (firstNamedFirst != null && !firstNamedFirst) continue;     // the other order is its own pair
            boolean ordered = firstNamedFirst != null;
            for (boolean displayed : new boolean[] {false, true}) {
                BigDecimal a = displayed ? Display.round(p[0].number(), 2) : new BigDecimal(p[0].number());
                BigDecimal b = displayed ? Display.round(p[1].number(), 2) : new BigDecimal(p[1].number());
                BigDecimal value = gap ? a.subtract(b) : a.divide(b, MC);
                BigDecimal written = q.magnitude();
                BigDecimal compared = value;
                if (gap && ordered && sign != 0) written = sign < 0 ? written.negate() : written;
                else compared = value.abs();
                if (ValueRule.holds(written, q.tolerance(), q.bound(), compared)) {
                    return new Derivation(true, false, p[0], p[1], written, describe(p, gap, value, true));
                }
                boolean flipped = written.signum() != 0 && ValueRule.holds(written.negate(), q.tolerance(), q.bound(), compared);
                BigDecimal distance = flipped ? BigDecimal.ZERO : written.subtract(compared).abs();
                if (closest == null || distance.compareTo(closestDistance) < 0) {
                    closest = new Derivation(false, flipped, p[0], p[1], written, describe(p, gap, value, false));
                    closestDistance = distance;
                }
            }
        }
        return closest;
    }

    /** True when a's subject is named before b's, false when after, null when that cannot be told. */
    private static Boolean order(Fact a, Fact b, List<Mention> mentions) {
        if (a.subject().equals(b.subject())) return null;
        int ia = -1, ib = -1;
        for (int i = 0; i < mentions.size(); i++) {
            if (ia < 0 && mentions.get(i).means(a.subject())) ia = i;
            if (ib < 0 && mentions.get(i).means(b.subject())) ib = i;
        }
        if (ia < 0 || ib < 0 || ia == ib) return null;
        return ia < ib;
    }

    static String describe(Fact[] p, boolean gap, BigDecimal value, boolean supported) {
        String op = gap ? " − " : " / ";
        BigDecimal rounded = value.setScale(2, java.math.RoundingMode.HALF_UP);
        String shown = gap ? (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + " pp" : rounded.toPlainString() + "x";
        return (supported ? "" : "but ") + p[0].id() + op + p[1].id() + " (" + FactNames.describe(p[0]) + op
                + FactNames.describe(p[1]) + ") is " + shown;
    }
}
