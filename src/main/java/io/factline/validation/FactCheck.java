package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * Checks one claim against one fact, in this order, and stops at the first failure: label or number,
 * unit, subject, window, sign, value. The order makes the message name the most basic thing that is
 * wrong: "1.26%" cited to a pp fact is a wrong unit even if the digits happen to agree.
 */
final class FactCheck {

    private final FactNames names;
    /** The sheet's date: a weekday the text names must be its weekday. */
    private final java.time.LocalDate asOf;

    FactCheck(FactNames names, java.time.LocalDate asOf) {
        this.names = names;
        this.asOf = asOf;
    }

    /**
     * The result of checking a claim against a fact; {@code signed} is the written value with its sign.
     * The message is written only when asked for: a claim is checked against every fact of its marker
     * group, and only the best outcome's message is ever shown.
     */
    record Outcome(ClaimStatus status, Fact fact, Supplier<String> explanation, BigDecimal signed, int stage) {

        boolean supported() {
            return status == ClaimStatus.SUPPORTED;
        }

        String message() {
            return explanation.get();
        }
    }

    Outcome check(Written written, ClaimContext ctx, Fact f) {
        if (written instanceof LabelWord l) return label(l, ctx, f);
        Figure w = (Figure) written;                              // ratios in words are checked as derivations
        if (f.isLabel()) {
            return new Outcome(ClaimStatus.WRONG_UNIT, f, () -> "says " + w.text() + ", but fact " + names.cite(f)
                    + " is a label (" + f.labelText() + "), not a number", null, 0);
        }
        if (!w.unit().fits(f)) {
            return new Outcome(ClaimStatus.WRONG_UNIT, f, () -> "says " + w.text() + " (" + w.unit().describe() + "), but fact "
                    + names.cite(f) + " is " + names.shown(f) + " (" + unitOf(f) + ")", null, 1);
        }
        Outcome metric = metric(w, ctx, f);
        if (metric != null) return metric;
        Outcome subject = subject(w, ctx, f);
        if (subject != null) return subject;
        Outcome window = window(w, ctx, f);
        if (window != null) return window;
        return value(w, ctx, f);
    }

    /** The words name a measure ("volatility", "rose", "closed at"): the fact must be one of it. */
    private Outcome metric(Figure w, ClaimContext ctx, Fact f) {
        MetricWords.Cue cue = ctx.metric();
        if (cue == null || f.metric() == null || cue.allows(f.metric())) return null;
        // "finished at +0.75%": a close is never a percent, so the words state the day's move
        // "finished at +0.75%", "level with SPY at 0.00 pp": a close is never a percent or a gap, so the words state a move
        if (cue.metrics().equals(java.util.EnumSet.of(Metric.CLOSE)) && (w.unit() == WrittenUnit.PERCENT || w.unit() == WrittenUnit.PP
                || w.unit() == WrittenUnit.BPS)) {
            return null;
        }
        // a volume ratio is read off the day's volume: "volume of 1.02x its average"
        return new Outcome(ClaimStatus.WRONG_METRIC, f, () -> "says " + w.text() + " with \"" + cue.word() + "\" ("
                + cue.describe() + "), but fact " + names.cite(f) + " is not " + cue.describe()
                + "; cite the fact for what the words say, or say what the fact measures", null, 2);
    }

    private Outcome label(LabelWord w, ClaimContext ctx, Fact f) {
        if (!f.isLabel()) {
            return new Outcome(ClaimStatus.WRONG_UNIT, f, () -> "says " + w.text() + ", but fact " + names.cite(f)
                    + " is a number (" + names.shown(f) + "), not a label", null, 0);
        }
        Outcome subject = subject(w, ctx, f);
        if (subject != null) return subject;
        if (w.matches(f)) {
            return new Outcome(ClaimStatus.SUPPORTED, f, () -> names.supports(f), null, 9);
        }
        return new Outcome(ClaimStatus.WRONG_LABEL, f, () -> "says " + w.text() + ", but fact " + names.cite(f) + " is "
                + f.labelText(), null, 6);
    }

    /**
     * The instrument the claim is about must be the fact's subject; for relative returns and betas every
     * instrument in reach must be the subject or the {@code against}, and a beta may not be stated the
     * other way round.
     */
    private Outcome subject(Written w, ClaimContext ctx, Fact f) {
        if (f.metric() != null && f.metric().hasAgainst()) {
            List<Mention> named = ctx.mentions();
            for (Mention m : named) {
                if (!m.means(f.subject()) && !m.means(f.against())) return wrongSubject(w, f, m);
            }
            if (f.metric() == Metric.BETA && reversed(ctx, f)) return wrongSubject(w, f, ctx.primary());
            boolean subjectNamed = false;
            for (Mention m : named) subjectNamed |= m.means(f.subject());
            return subjectNamed || ctx.primary() != null ? null : unresolved(w, f);
        }
        Mention p = ctx.primary();
        if (p == null) return unresolved(w, f);
        if (!p.means(f.subject())) return wrongSubject(w, f, p);
        Mention a = ctx.appositive();
        return a == null || a.means(f.subject()) ? null : wrongSubject(w, f, a);
    }

    /** Fail closed: a figure whose text names nothing it is about is not supported by any fact. */
    private Outcome unresolved(Written w, Fact f) {
        return new Outcome(ClaimStatus.UNRESOLVED, f, () -> "cannot tell which instrument " + w.text()
                + " is about; name it in the clause (fact " + names.cite(f) + " is about " + f.subject() + ")", null, 3);
    }

    private Outcome wrongSubject(Written w, Fact f, Mention named) {
        if (named.isOutside()) {
            return new Outcome(ClaimStatus.UNSUPPORTED, f, () -> "says " + w.text() + " about " + named.outside()
                    + ", which no fact of the sheet is about; fact " + names.cite(f) + " is about " + f.subject()
                    + ": leave the figure out or say whose it is", null, 3);
        }
        return new Outcome(ClaimStatus.WRONG_SUBJECT, f, () -> {
            String about = f.against() != null && f.metric().hasAgainst() ? f.subject() + " against " + f.against() : f.subject();
            return "says " + w.text() + " about " + String.join("/", named.symbols()) + ", but fact " + names.cite(f)
                    + " is about " + about;
        }, null, 3);
    }

    /**
     * The text makes the {@code against} the one that moved: "SPY trailed IWM by 1.11 pp", "SPY trailed
     * by 1.11 pp" (the against is named before the direction word or before the subject), but not
     * "beating SPY by 0.02 pp" (named after the word: the object).
     */
    static boolean reversed(ClaimContext ctx, Fact f) {
        Mention p = ctx.primary();
        if (p == null || !ctx.primaryInClause() || f.against() == null || f.against().equals(f.subject())
                || !p.means(f.against()) || p.means(f.subject())) {
            return false;
        }
        if (ctx.acrossToken() > p.last()) return true;
        List<Mention> named = ctx.mentions();
        for (int i = 0; i < named.size(); i++) {
            if (named.get(i).first() > p.last() && named.get(i).means(f.subject())) return true;
        }
        return false;
    }

    private Outcome window(Written w, ClaimContext ctx, Fact f) {
        WindowPhrase p = ctx.window();
        if (p == null) return null;
        if (p.day() != null && asOf != null && p.day() != asOf.getDayOfWeek()) {
            return new Outcome(ClaimStatus.WRONG_DATE, f, () -> "says " + w.text() + " for \"" + p.text() + "\", but the sheet is for "
                    + asOf.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + asOf
                    + "; fact " + names.cite(f) + " is of that day", null, 4);
        }
        if (f.window() == null) return null;
        if (p.calendar()) {
            return new Outcome(ClaimStatus.WRONG_WINDOW, f, () -> "says " + w.text() + " for \"" + p.text()
                    + "\" (a calendar period), but fact " + names.cite(f) + " is a trailing " + f.window().phrase()
                    + " figure; say \"" + trailing(f.window()) + "\"", null, 4);
        }
        Window said = p.window();
        if (said == f.window()) return null;
        // a volume ratio compares the day's volume with a 30-day average: both phrasings fit it
        if (f.metric() == Metric.VOLUME_RATIO && said == Window.D1) return null;
        String span = said != null ? said.phrase() : p.sessions() == 5 ? "a week" : p.sessions() + " sessions";
        return new Outcome(ClaimStatus.WRONG_WINDOW, f, () -> "says " + w.text() + " for \"" + p.text() + "\" (" + span
                + "), but fact " + names.cite(f) + " is a " + f.window().phrase() + " figure", null, 4);
    }

    private static String trailing(Window w) {
        return switch (w) {
            case D1 -> "on the day";
            case D30 -> "over the past 30 sessions";
            case D252 -> "over the past 252 sessions";
        };
    }

    private Outcome value(Figure w, ClaimContext ctx, Fact f) {
        Quantity q = w.quantity();
        int sign = writtenSign(q, ctx, f);
        BigDecimal signed = sign < 0 ? q.magnitude().negate() : q.magnitude();
        double v = f.number();
        if (ValueRule.holds(q, signed, v)) return new Outcome(ClaimStatus.SUPPORTED, f, () -> names.supports(f), signed, 9);
        Supplier<String> says = () -> "says " + said(w, ctx, f, sign);
        if (signed.signum() != 0 && ValueRule.holds(q, signed.negate(), v)) {
            return new Outcome(ClaimStatus.WRONG_SIGN, f, () -> says.get() + ", but fact " + names.cite(f) + " is "
                    + names.shown(f), signed, 5);
        }
        return new Outcome(ClaimStatus.MISMATCH, f, () -> says.get() + ", but fact " + names.cite(f) + " is " + names.shown(f)
                + scaleHint(q, signed, v), signed, 6);
    }

    /** The sign character if written, else for returns the governing direction word, else positive. */
    static int writtenSign(Quantity q, ClaimContext ctx, Fact f) {
        boolean relative = f.metric() == Metric.RELATIVE_RETURN;
        int sign = q.signChar();
        if (sign == 0 && FactNames.isSigned(f)) sign = relative ? ctx.acrossSign() : ctx.strictSign();
        if (sign == 0) sign = 1;
        if (relative && reversed(ctx, f)) sign = -sign;
        return sign;
    }

    /** "+2.19%", or "2.10 percentage points with "beat" (+2.10)" when the sign came from a word. */
    private String said(Figure w, ClaimContext ctx, Fact f, int sign) {
        boolean relative = f.metric() == Metric.RELATIVE_RETURN;
        String word = relative ? ctx.acrossWord() : ctx.strictWord();
        if (relative && reversed(ctx, f)) {
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

    static String unitOf(Fact f) {
        return switch (f.unit()) {
            case PERCENT -> "a percent";
            case PP -> "percentage points";
            case X -> "a multiple";
            case SHARES -> "a share count";
            case PRICE -> "a price";
            case NUMBER -> "a plain number";
            case LABEL -> "a label";
        };
    }
}
