package io.factline.validation;

import io.factline.facts.Display;
import io.factline.facts.Fact;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A multiple between two named sides, written without both figures cited in its sentence: "the financials
 * fund's 1.24% gain was about four times the S&P 500 ETF's advance", "- Tech's figure is nearly three times
 * staples'" (under two bullets that cite them), "That's roughly six times health care's 1.31%", "one and a
 * half times as volatile as SPY". The denominator is the first name after the multiple in its clause; the
 * numerator the last name before it in its sentence, or, for "That's …" with no name before it, the one other
 * subject cited nearby with the denominator's measure. Each side's figure is the fact cited for it in the
 * sentence or, nearest first, in the earlier sentences of its paragraph (list items of one list are one
 * paragraph); a side named but not cited takes the sheet's fact of the same measure, window and benchmark as
 * the other side's. Both sides must be found, else the words are not read as this claim (null).
 */
final class NamedRatios {

    private static final MathContext MC = MathContext.DECIMAL64;

    private NamedRatios() {
    }

    static DerivedClaims.Derivation derive(Written w, Quantity q, DerivedClaims.Sentence sentence) {
        Mention over = sentence.nameAfter(w.last());
        if (over == null || !over.isInstrument()) return null;
        Mention of = sentence.nameBefore(w.first());
        if (of != null && (!of.isInstrument() || of.symbols().equals(over.symbols()))) return null;
        List<Fact> nearby = new ArrayList<>(sentence.facts());
        nearby.addAll(sentence.earlierFacts());
        Fact a = null, b = null;
        for (Fact f : nearby) {                                   // the first pair of one measure, nearest first
            if (f.isLabel() || !over.means(f.subject())) continue;
            Fact num = partner(nearby, f, of, over, sentence);
            if (num != null) {
                a = num;
                b = f;
                break;
            }
        }
        if (a == null && of != null) {                            // "… four times the S&P 500 ETF's advance": the other side uncited
            for (Fact f : nearby) {
                if (f.isLabel() || !of.means(f.subject())) continue;
                Fact den = sheetFact(sentence, over, f);
                if (den != null) {
                    a = f;
                    b = den;
                    break;
                }
            }
        }
        if (a == null || b.number() == 0) return null;
        return check(q, a, b);
    }

    /** The numerator for denominator fact {@code den}: a fact of the named side (or any other subject) of its measure. */
    private static Fact partner(List<Fact> nearby, Fact den, Mention of, Mention over, DerivedClaims.Sentence sentence) {
        for (Fact f : nearby) {
            if (f == den || f.isLabel() || !sameMeasure(f, den) || over.means(f.subject())) continue;
            if (of == null || of.means(f.subject())) return f;
        }
        return of == null ? null : sheetFact(sentence, of, den);
    }

    private static Fact sheetFact(DerivedClaims.Sentence sentence, Mention side, Fact like) {
        for (String symbol : side.symbols()) {
            Fact f = sentence.sheetFact(symbol, like);
            if (f != null && !f.isLabel()) return f;
        }
        return null;
    }

    static boolean sameMeasure(Fact a, Fact b) {
        return a.metric() == b.metric() && a.window() == b.window() && a.unit() == b.unit()
                && java.util.Objects.equals(a.against(), b.against());
    }

    /** The written multiple against a / b, from the exact values and from the displayed ones. */
    private static DerivedClaims.Derivation check(Quantity q, Fact a, Fact b) {
        BigDecimal closest = null;
        for (boolean displayed : new boolean[] {false, true}) {
            BigDecimal x = displayed ? Display.round(a.number(), 2) : new BigDecimal(a.number());
            BigDecimal y = displayed ? Display.round(b.number(), 2) : new BigDecimal(b.number());
            if (y.signum() == 0) continue;
            BigDecimal value = x.divide(y, MC).abs();
            if (ValueRule.holds(q.magnitude(), q.tolerance(), q.bound(), value)) {
                return new DerivedClaims.Derivation(true, false, a, b, q.magnitude(), DerivedClaims.describe(new Fact[] {a, b}, false, value, true));
            }
            if (closest == null) closest = value;
        }
        return new DerivedClaims.Derivation(false, false, a, b, q.magnitude(), DerivedClaims.describe(new Fact[] {a, b}, false, closest, false));
    }
}
