package io.factline.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns number tokens into claims, with their scale ("million", "bn"), unit ("%", "percentage points",
 * "x", "shares") and any approximator before them ("about", "~"). Numbers that are no claim are skipped:
 * those inside instrument names and window phrases (already covered) and those {@link NumberExclusions}
 * rules out (dates, years, times, codes, indicator parameters). Also collects label words ("bearish") and
 * ratios in words ("more than double"); whether those are claims depends on the citations around them.
 */
final class ClaimFinder {

    static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "billion", "trillion", "mln", "mn",
            "bn", "bln");
    /** Ratios in words; {@link #ratioWords} gives their values. */
    static final Set<String> RATIO_WORDS = Set.of("double", "doubled", "twice", "triple", "tripled", "thrice");
    static final Set<String> APPROXIMATORS = Set.of("about", "around", "roughly", "nearly", "almost",
            "approximately", "approx", "circa", "some", "near", "ca");

    private final Tokens tokens;
    private final boolean[] covered;
    private final String text;
    private final PreparedSheet sheet;
    private final NumberExclusions exclusions;

    ClaimFinder(Text t, PreparedSheet sheet) {
        this.tokens = t.tokens();
        this.covered = new boolean[tokens.size()];
        for (int i = 0; i < covered.length; i++) covered[i] = t.covered(i);
        this.text = t.source();
        this.sheet = sheet;
        this.exclusions = new NumberExclusions(tokens);
    }

    List<Written> find() {
        List<Written> claims = found();
        for (int k = 0; k < claims.size(); k++) {
            if (!(claims.get(k) instanceof Figure f) || f.unit() != WrittenUnit.BARE) continue;
            WrittenUnit u = elidedUnit(claims, k);
            if (u != null) claims.set(k, f.in(u));
        }
        return claims;
    }

    /**
     * A bare number whose unit the writer left to its neighbour: "by 3.23 and 3.08 percentage points"
     * (the next figure's), "beaten SPY by 9.83 percentage points [F199] and health care by 9.2 [F196]"
     * (a gap after "by" in a sentence of gaps). Null when the number is plainly bare (a price, a beta).
     */
    private WrittenUnit elidedUnit(List<Written> claims, int k) {
        Written w = claims.get(k);
        if (k + 1 < claims.size() && claims.get(k + 1) instanceof Figure next && next.unit() != WrittenUnit.BARE
                && joined(w.last() + 1, next.first())) {
            return next.unit();
        }
        if (isWord(w.first() - 1, "by")) {
            for (int j = k - 1; j >= 0; j--) {
                if (claims.get(j) instanceof Figure p && (p.unit() == WrittenUnit.PP || p.unit() == WrittenUnit.BPS)) return p.unit();
            }
        }
        return null;
    }

    /** Tokens [from, to) are "and", "to" or "or" with only markers around it: "1.24 [F198] and 1.02 percentage points". */
    private boolean joined(int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (tokens.is(i, TokenType.MARKER)) continue;
            if ((isWord(i, "and") || isWord(i, "to") || isWord(i, "or")) && words++ == 0) continue;
            return false;
        }
        return words == 1;
    }

    private List<Written> found() {
        List<Written> claims = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) continue;
            if (tokens.is(i, TokenType.NUMBER)) {
                if (exclusions.excludes(i)) continue;
                Figure w = number(i);
                Figure range = range(w);
                if (range != null) w = range;
                claims.add(w);
                i = w.last();
            } else if (tokens.is(i, TokenType.WORD)) {
                if (sheet.isLabelWord(tokens, i) && !negated(i)) {
                    claims.add(LabelWord.at(tokens, i));
                } else if (tokens.has(i, Lexicon.RATIO)) {
                    RatioWords r = RatioWords.read(tokens, i, text);
                    if (r != null) claims.add(r);
                }
            }
        }
        return claims;
    }

    private Figure number(int i) {
        NumberLiteral lit = tokens.number(i);
        int last = i;
        int exponent = lit.suffix() != null && lit.suffix().isScale() ? lit.suffix().exponent() : 0;
        if (exponent == 0 && last + 1 < tokens.size() && tokens.has(last + 1, Lexicon.SCALE)) {
            exponent = scaleOf(tokens.key(last + 1));
            last++;
        }
        WrittenUnit unit = null;
        if (lit.suffix() == Suffix.TIMES) unit = WrittenUnit.X;
        else if (lit.suffix() == Suffix.PP) unit = WrittenUnit.PP;
        else if (lit.suffix() == Suffix.BPS) unit = WrittenUnit.BPS;
        else if (lit.suffix() == Suffix.POINTS) unit = WrittenUnit.POINTS;
        if (unit == null) {
            int[] end = {last};
            unit = unitAfter(end);
            if (unit == WrittenUnit.X && exponent > 0 && !tokens.is(end[0], TokenType.TIMES)) {
                unit = null;                                      // "changed hands 134.80 million times": a count
            } else {
                last = end[0];
            }
        }
        if (unit == null) unit = lit.currency() ? WrittenUnit.CURRENCY : exponent > 0 ? WrittenUnit.SHARES : WrittenUnit.BARE;
        if (unit == WrittenUnit.X && last + 1 < tokens.size() && tokens.isWord(last + 1, "earnings")) last++;   // "18.1x earnings"

        // A hedge does not widen the rule: "about 3%" must round to 3 (2.5–3.5). Comparators bound it.
        Written.Bound bound = boundBefore(i - 1);
        BigDecimal magnitude = exponent == 0 ? lit.magnitude() : lit.magnitude().movePointRight(exponent);
        // half a unit of the last written digit, in the written scale: 5 × 10^-(d+1) × 10^exponent
        BigDecimal tolerance = BigDecimal.valueOf(5, lit.decimals() + 1 - exponent);
        if (unit == WrittenUnit.BPS) {
            magnitude = magnitude.movePointLeft(2);
            tolerance = tolerance.movePointLeft(2);
        }
        int end = tokens.end(last);
        return new Figure(new Written.Span(i, last, tokens.start(i), end, text.substring(tokens.start(i), end)),
                new Quantity(magnitude, tolerance, bound, null, lit.sign(), unit, exponent));
    }

    /** "between 0.5% and 1%", "between about 2% and 3%": the low end {@code low} and the number after "and". */
    private Figure range(Figure low) {
        int b = low.first() - 1;
        if (b >= 0 && tokens.has(b, Lexicon.APPROXIMATOR)) b--;
        if (b < 0 || !tokens.isWord(b, "between")) return null;
        int and = low.last() + 1;
        int high = and + 1;
        if (high < tokens.size() && tokens.has(high, Lexicon.APPROXIMATOR)) high++;
        if (high >= tokens.size() || !tokens.isWord(and, "and") || !tokens.is(high, TokenType.NUMBER) || covered[high]
                || exclusions.excludes(high)) {
            return null;
        }
        return low.through(number(high), text);
    }

    /** The comparator or hedge right before a number (its last word at {@code k}): "more than", "nearly", "under". */
    private Written.Bound boundBefore(int k) {
        if (k < 0) return Written.Bound.EXACT;
        if (isWord(k, "nearly") || isWord(k, "almost") || twoWords(k, "just", "under") || twoWords(k, "just", "below")
                || twoWords(k, "shy", "of") || twoWords(k, "short", "of")) {
            return Written.Bound.NEARLY;
        }
        if (twoWords(k, "less", "than") || twoWords(k, "fewer", "than") || isWord(k, "under") || isWord(k, "below")
                || twoWords(k, "lower", "than")) {
            return Written.Bound.BELOW;
        }
        if (twoWords(k, "at", "least")) return Written.Bound.NOT_BELOW;
        if (twoWords(k, "more", "than") || twoWords(k, "greater", "than") || isWord(k, "over") || isWord(k, "above")
                || isWord(k, "topped") || isWord(k, "topping") || isWord(k, "exceeded") || isWord(k, "exceeding")
                || isWord(k, "surpassed") || twoWords(k, "north", "of") || twoWords(k, "upwards", "of")
                || twoWords(k, "excess", "of") || twoWords(k, "better", "than") || twoWords(k, "higher", "than")) {
            return Written.Bound.ABOVE;
        }
        return Written.Bound.EXACT;
    }

    /** Reads unit words after {@code end[0]}, moves it to the last one; null when there are none. */
    private WrittenUnit unitAfter(int[] end) {
        int k = end[0] + 1;
        if (k >= tokens.size()) return null;
        if (tokens.is(k, TokenType.PERCENT) || tokens.isWord(k, "percent") || tokens.isWord(k, "pct")) {
            return at(end, k, WrittenUnit.PERCENT);
        }
        if (tokens.isWord(k, "per") && isWord(k + 1, "cent")) return at(end, k + 1, WrittenUnit.PERCENT);
        if (tokens.isWord(k, "percentage") && (isWord(k + 1, "points") || isWord(k + 1, "point"))) return at(end, k + 1, WrittenUnit.PP);
        if (tokens.isWord(k, "pp") || tokens.isWord(k, "ppt") || tokens.isWord(k, "ppts")) return at(end, k, WrittenUnit.PP);
        if (tokens.isWord(k, "basis") && (isWord(k + 1, "points") || isWord(k + 1, "point"))) return at(end, k + 1, WrittenUnit.BPS);
        if (tokens.isWord(k, "bp") || tokens.isWord(k, "bps")) return at(end, k, WrittenUnit.BPS);
        if (tokens.isWord(k, "points") || tokens.isWord(k, "point") || tokens.isWord(k, "pts")) return at(end, k, WrittenUnit.POINTS);
        if (tokens.is(k, TokenType.TIMES) || tokens.isWord(k, "times") || (tokens.isWord(k, "x") && tokens.lexeme(k).length() == 1)) {
            return at(end, k, WrittenUnit.X);
        }
        if (tokens.isWord(k, "shares")) return at(end, k, WrittenUnit.SHARES);
        if (tokens.isWord(k, "dollars") || tokens.isWord(k, "usd")) return at(end, k, WrittenUnit.CURRENCY);
        return null;
    }

    private static WrittenUnit at(int[] end, int k, WrittenUnit unit) {
        end[0] = k;
        return unit;
    }

    private boolean negated(int i) {
        return isWord(i - 1, "not") || isWord(i - 1, "no") || isWord(i - 1, "never");
    }

    /** tokens[k-1] and tokens[k] are the words {@code a} {@code b}. */
    private boolean twoWords(int k, String a, String b) {
        return isWord(k - 1, a) && isWord(k, b);
    }

    private boolean isWord(int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.isWord(k, w);
    }

    private static int scaleOf(String word) {
        return switch (word) {
            case "thousand" -> 3;
            case "million", "mln", "mn" -> 6;
            case "billion", "bn", "bln" -> 9;
            default -> 12;
        };
    }
}
