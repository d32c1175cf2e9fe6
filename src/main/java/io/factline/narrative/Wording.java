package io.factline.narrative;

import io.factline.facts.Display;
import io.factline.facts.Fact;
import io.factline.facts.Unit;
import io.factline.market.Instrument;

/**
 * The template writers' word choices (the daily commentary's and the chat's offline answers), as rules. A figure is written as its magnitude with the unit
 * and its marker ("2.16% [F25]"); the sign is carried by the direction word, which always agrees
 * with the value. Thresholds are in percent for a 1-day return.
 */
public final class Wording {

    private Wording() {
    }

    /** "surged 2.16% [F25]", "edged down 0.14% [F60]". */
    public static String dailyMove(Fact r) {
        double v = r.number();
        String verb = v >= 2 ? "surged" : v >= 1 ? "rose" : v >= 0.25 ? "gained" : v > 0 ? "edged up"
                : v > -0.25 ? "edged down" : v > -1 ? "slipped" : v > -2 ? "fell" : "tumbled";
        return verb + " " + figure(r);
    }

    /** "is up 4.02% [F107]", "is down 4.84% [F15]". */
    public static String standing(Fact r) {
        return (r.number() >= 0 ? "is up " : "is down ") + figure(r);
    }

    /** "outperformed SPY by 1.11 pp [F133]", "trailed SPY by 1.62 pp [F134]". */
    public static String relative(Fact rel) {
        return (rel.number() >= 0 ? "outperformed " : "trailed ") + rel.against() + " by " + figure(rel);
    }

    /**
     * "outperformed SPY by 1.11 percentage points [F133]": {@link #relative} in the words a reader of the
     * commentary knows (issue 16); the chat's short answers keep "pp".
     */
    public static String relativeInWords(Fact rel) {
        return (rel.number() >= 0 ? "outperformed " : "trailed ") + rel.against() + " by " + inWords(rel);
    }

    /** {@link #figure} with "percentage points" and "basis points" spelled out. */
    public static String inWords(Fact f) {
        return figure(f).replace(" pp [", " percentage points [").replace(" bp [", " basis points [");
    }

    /** "and ten other sector funds": the rest of a list too long to name (issue 16: five names at most). */
    public static String andOthers(int n, String noun, String nouns) {
        String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        return "and " + (n < words.length ? words[n] : String.valueOf(n)) + " other " + (n == 1 ? noun : nouns);
    }

    /** The magnitude with its unit and marker; the sign is left to the words around it. */
    public static String figure(Fact f) {
        return magnitude(f) + " [" + f.id() + "]";
    }

    /** The fact's own display (sign included) and marker: "+1.05% [F14]". */
    public static String shown(Fact f) {
        return f.shown() + " [" + f.id() + "]";
    }

    public static String magnitude(Fact f) {
        if (f.isLabel()) return f.labelText();
        double a = Math.abs(f.number());
        return switch (f.unit()) {
            case PERCENT -> Display.plain(a) + "%";
            case PP -> Display.plain(a) + " pp";
            case X -> Display.plain(a) + "x";
            case SHARES -> Display.shares(a) + " shares";
            case COUNT -> Display.count(a);
            case POINTS -> Display.plain(a) + " points";
            case BP -> Display.plain(a) + " bp";
            case PRICE, NUMBER, LABEL -> Display.plain(f.number());
        };
    }

    /** "Energy (XLE)" for a sector fund, "SPY" otherwise. */
    public static String name(Instrument i) {
        return i.sector() != null ? i.sector() + " (" + i.symbol() + ")" : i.symbol();
    }

    /** "SPDR S&P 500 ETF Trust (SPY)". */
    public static String fullName(Instrument i) {
        return i.name() + " (" + i.symbol() + ")";
    }

    public static boolean isPercentLike(Fact f) {
        return f.unit() == Unit.PERCENT || f.unit() == Unit.PP;
    }
}
