package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * A figure about the member stocks of a group rather than about one instrument: breadth ("decliners
 * outnumbered advancers, 428 to 68"), the members' equal-weighted average return ("health care stocks fell
 * 0.94% on average"), the share above the 50-day average ("75% of members"), the count of new 52-week highs.
 * Such a fact's subject is "stocks" (every member) or a sector's name ("Health Care"). The words must say it
 * is about members ({@link ClaimContext#members}: "stocks", "members", "advancers", …), and about that group:
 * a sector's facts need the sector named, the whole market's facts no sector. Counts carry no sign, but
 * advancers cannot have fallen nor decliners risen; an average return is signed like any return.
 */
final class MemberFigures {

    static final Set<Metric> METRICS = EnumSet.of(Metric.MEMBERS, Metric.AVERAGE_RETURN, Metric.ADVANCERS, Metric.DECLINERS,
            Metric.UNCHANGED, Metric.PCT_ABOVE_SMA50, Metric.NEW_HIGHS_52W, Metric.NEW_LOWS_52W);

    private static final Set<Metric> COUNTS = EnumSet.of(Metric.MEMBERS, Metric.ADVANCERS, Metric.DECLINERS, Metric.UNCHANGED,
            Metric.NEW_HIGHS_52W, Metric.NEW_LOWS_52W);

    /** Words that say a figure is about member stocks: "68 stocks rose", "decliners outnumbered advancers", "75% of members". */
    static final Set<String> WORDS = Set.of("stocks", "stock", "members", "member",
            "constituents", "companies", "components", "names", "advancers", "decliners", "gainers", "losers", "advancing",
            "declining", "issues", "breadth", "equal-weighted", "weighted", "highs", "lows", "unchanged");

    /** Member words that are no verb of direction: "advancers" is who, not which way. */
    private static final Set<String> WHO = Set.of("advancers", "decliners", "gainers", "losers", "advancing", "declining");

    private final FactCheck parts;
    private final FactNames names;
    private final PreparedSheet sheet;

    MemberFigures(FactCheck parts, PreparedSheet sheet) {
        this.parts = parts;
        this.names = parts.names();
        this.sheet = sheet;
    }

    static boolean about(Fact f) {
        return f.metric() != null && METRICS.contains(f.metric());
    }

    FactCheck.Outcome check(Figure w, ClaimContext ctx, Fact f) {
        // a whole number cited for a count is plainly a count of stocks ("- Utilities: 28 [F1] up, 3 [F2] down"); an
        // average says so ("average +3.92% [F3]"); any other figure needs the words to name members
        boolean count = COUNTS.contains(f.metric()) && w.unit() == WrittenUnit.BARE;
        boolean average = f.metric() == Metric.AVERAGE_RETURN && ctx.metric() != null && ctx.metric().word().startsWith("average");
        if (!ctx.members() && !count && !average) {
            return new FactCheck.Outcome(ClaimStatus.UNRESOLVED, f, () -> "says " + w.text() + ", but fact " + names.cite(f)
                    + " is about member stocks, which the words do not name: say whose (\"S&P 500 members\", \""
                    + group(f) + "\")", null, 3);
        }
        FactCheck.Outcome subject = subject(w, ctx, f);
        if (subject != null) return subject;
        if (f.metric() != Metric.PCT_ABOVE_SMA50) {               // "above their 50-day average" names the indicator, not a window
            FactCheck.Outcome window = parts.window(w, ctx, f);
            if (window != null) return window;
        }
        boolean part = f.metric() == Metric.ADVANCERS || f.metric() == Metric.DECLINERS || f.metric() == Metric.UNCHANGED;
        // "68 of the 496 members": the whole is the group's member count
        Fact fact = ctx.groupTotal() && part ? sheet.sheet().find(f.subject(), Metric.MEMBERS, f.window()).orElse(f) : f;
        int wrongWay = fact.metric() == Metric.ADVANCERS ? -1 : fact.metric() == Metric.DECLINERS ? 1 : 0;
        // the verb's direction, not a member word's ("decliners outnumbered advancers, 428 to 68")
        int direction = ctx.strictSign() != 0 ? ctx.strictSign() : ctx.acrossSign();
        String word = ctx.strictSign() != 0 ? ctx.strictWord() : ctx.acrossWord();
        if (word != null && WHO.contains(word.toLowerCase(java.util.Locale.ROOT))) direction = 0;
        if (wrongWay != 0 && direction == wrongWay) {             // "428 rose [decliners]"
            return new FactCheck.Outcome(ClaimStatus.WRONG_METRIC, fact, () -> "says " + w.text() + " with \"" + word
                    + "\", but fact " + names.cite(fact) + " counts the stocks that " + (wrongWay < 0 ? "rose" : "fell"), null, 2);
        }
        Quantity q = w.quantity();
        int sign = fact.metric() != Metric.AVERAGE_RETURN ? 1 : q.signChar() != 0 ? q.signChar() : direction != 0 ? direction : 1;
        BigDecimal signed = sign < 0 ? q.magnitude().negate() : q.magnitude();
        if (ValueRule.holds(q, signed, fact.number())) {
            return new FactCheck.Outcome(ClaimStatus.SUPPORTED, fact, () -> names.supports(fact), signed, 9);
        }
        boolean flipped = signed.signum() != 0 && ValueRule.holds(q, signed.negate(), fact.number());
        return new FactCheck.Outcome(flipped ? ClaimStatus.WRONG_SIGN : ClaimStatus.MISMATCH, fact, () -> "says " + w.text()
                + (sign < 0 && q.signChar() == 0 ? " with \"" + word + "\"" : "") + ", but fact " + names.cite(fact)
                + " is " + names.shown(fact), signed, flipped ? 5 : 6);
    }

    /**
     * A sector's facts need that sector named (its fund's name, "health care stocks"); the whole market's
     * ("stocks") facts may not be about a sector ("health care stocks fell 0.94%" citing every member's average).
     */
    private FactCheck.Outcome subject(Figure w, ClaimContext ctx, Fact f) {
        Set<String> sector = sheet.sectorMembers(f.subject());
        if (ctx.ofMembers() && ctx.ofName() == null) {            // "51.81% [F1] of members", "21 [F2] of the stocks"
            if (sector.isEmpty()) return null;
            for (Mention m : ctx.mentions()) {
                if (m.symbols().stream().anyMatch(sector::contains)) return null;
            }
        }
        Mention named = ctx.ofName() != null ? ctx.ofName() : ctx.primary();   // "93.55% [F2] of utilities"
        if (named == null || !named.isInstrument()) {
            return sector.isEmpty() ? null : new FactCheck.Outcome(ClaimStatus.UNRESOLVED, f, () -> "says " + w.text()
                    + ", but fact " + names.cite(f) + " is about " + group(f) + ", which the words do not name", null, 3);
        }
        if (sector.isEmpty()) {
            boolean sectorFund = named.symbols().stream().allMatch(sheet.sectorSymbols()::contains);
            return sectorFund ? wrongGroup(w, f, named) : null;   // "S&P 500 members", or a stock named earlier
        }
        return named.symbols().stream().anyMatch(sector::contains) ? null : wrongGroup(w, f, named);
    }

    private FactCheck.Outcome wrongGroup(Figure w, Fact f, Mention m) {
        return new FactCheck.Outcome(ClaimStatus.WRONG_SUBJECT, f, () -> "says " + w.text() + " about " + String.join("/", m.symbols())
                + ", but fact " + names.cite(f) + " is about " + group(f), null, 3);
    }

    private static String group(Fact f) {
        return f.subject().equals("stocks") ? "all member stocks" : f.subject() + " stocks";
    }
}
