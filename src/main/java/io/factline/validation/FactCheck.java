package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

/**
 * The checks of a claim against one fact that every kind of claim shares: whether the fact is about the
 * instrument the words name ({@link #subject}) and of the period they state ({@link #window}). Each kind
 * runs these among its own checks ({@link FigureCheck}, {@link LabelWord}), in an order that makes the
 * message name the most basic thing that is wrong. {@link Outcome#stage} says how far a check got: of
 * several cited facts, the one that got furthest explains the failure.
 */
final class FactCheck {

    private final FactNames names;
    /** The sheet's date: a weekday the text names must be its weekday. */
    private final java.time.LocalDate asOf;

    FactCheck(FactNames names, java.time.LocalDate asOf) {
        this.names = names;
        this.asOf = asOf;
    }

    FactNames names() {
        return names;
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

    /**
     * The instrument the claim is about must be the fact's subject; for relative returns and betas every
     * instrument in reach must be the subject or the {@code against}, and a beta may not be stated the
     * other way round.
     */
    Outcome subject(Written w, ClaimContext ctx, Fact f) {
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

    Outcome window(Written w, ClaimContext ctx, Fact f) {
        WindowPhrase p = ctx.window();
        if (p == null) return null;
        if (p.day() != null && asOf != null && p.day() != asOf.getDayOfWeek()) {
            return new Outcome(ClaimStatus.WRONG_DATE, f, () -> "says " + w.text() + " for \"" + p.text() + "\", but the sheet is for "
                    + asOf.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + asOf
                    + "; fact " + names.cite(f) + " is of that day", null, 4);
        }
        if (f.window() == null) return null;
        if (p.calendar() && p.calendarWindow() != null && p.calendarWindow() == f.window()) return null;
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
            case MTD -> "month to date";
            case YTD -> "year to date";
            default -> "over the past " + w.sessions() + " sessions";
        };
    }

    static String unitOf(Fact f) {
        return switch (f.unit()) {
            case PERCENT -> "a percent";
            case PP -> "percentage points";
            case X -> "a multiple";
            case SHARES -> "a share count";
            case PRICE -> "a price";
            case COUNT -> "a count";
            case POINTS -> "index points";
            case BP -> "basis points";
            case NUMBER -> "a plain number";
            case LABEL -> "a label";
        };
    }
}
