package io.factline.validation;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Reads a {@link Figure} from a number token: its scale ("million", "bn"), unit ("%", "percentage points",
 * "x", "shares", "basis points") and the words that bound it ("about", "nearly", "more than", "between … and
 * …"). The tolerance is half a unit of the last written digit, in the written scale: a hedge does not widen
 * it ("about 3%" must round to 3, 2.5–3.5).
 */
final class FigureReader {

    static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "billion", "trillion", "mln", "mn",
            "bn", "bln");
    static final Set<String> APPROXIMATORS = Set.of("about", "around", "roughly", "nearly", "almost",
            "approximately", "approx", "circa", "some", "near", "ca");

    private final Tokens tokens;
    private final String text;
    private final NumberExclusions exclusions;
    private final Text read;

    FigureReader(Text t, NumberExclusions exclusions) {
        this.read = t;
        this.tokens = t.tokens();
        this.text = t.source();
        this.exclusions = exclusions;
    }

    /** The figure at number token {@code i}, or the range it opens ("between 0.5% and 1%"). */
    Figure read(int i) {
        Figure w = number(i);
        Figure range = range(w);
        return range != null ? range : w;
    }

    /**
     * A number in words at word {@code i}, when a unit follows it ({@link NumberWords}): "two percent",
     * "twenty-five basis points", "a quarter of a percent", "half a percentage point", "three-quarters of a
     * point", "a couple of points", "double-digit gains"; null for any other word ("one of the", "two sectors").
     */
    /** Words before "a point" that make it a size of move (one percentage point), not a moment or an argument. */
    private static final java.util.Set<String> AROUND_A_POINT = java.util.Set.of("than", "by", "nearly", "almost", "about",
            "roughly", "over", "under", "half", "only", "just", "barely");

    Figure words(int i) {
        String w = tokens.key(i);
        if ((w.equals("double") || w.equals("single")) && is(i + 1, TokenType.HYPHEN) && (isWord(i + 2, "digit") || isWord(i + 2, "digits"))
                || (w.equals("double") || w.equals("single")) && isWord(i + 1, "digits")) {
            int last = is(i + 1, TokenType.HYPHEN) ? i + 2 : i + 1;
            if (isWord(last + 1, "percent") || isWord(last + 1, "percentage")) last++;
            BigDecimal low = w.equals("double") ? BigDecimal.TEN : BigDecimal.ONE;
            Quantity q = new Quantity(low, BigDecimal.ZERO, Written.Bound.BETWEEN, low.movePointRight(1), 0, WrittenUnit.PERCENT, 0);
            return figure(i, last, q);
        }
        BigDecimal value;
        BigDecimal tolerance;
        int k;                                                    // the last token of the number words
        Integer n = NumberWords.integer(w);
        if (n != null) {
            k = i;
            if (NumberWords.tens(w) && is(i + 1, TokenType.HYPHEN) && i + 2 < tokens.size() && NumberWords.integer(tokens.key(i + 2)) != null
                    && NumberWords.integer(tokens.key(i + 2)) < 10) {
                n += NumberWords.integer(tokens.key(i + 2));      // "twenty-five"
                k = i + 2;
            }
            if (w.equals("dozen") && !isWord(i - 1, "a")) return null;
            value = BigDecimal.valueOf(n);
            tolerance = new BigDecimal("0.5");
            if (isWord(k + 1, "and") && isWord(k + 2, "a") && (isWord(k + 3, "half") || isWord(k + 3, "quarter"))) {
                value = value.add(NumberWords.fraction(tokens.key(k + 3)));          // "one and a half percent"
                tolerance = value.multiply(NumberWords.FRACTION_TOLERANCE);
                k += 3;
            }
        } else if ((w.equals("a") || w.equals("one")) && (isWord(i + 1, "percentage") || isWord(i + 1, "full") && !isWord(i + 2, "day")
                || isWord(i + 1, "point") && !isWord(i + 2, "of") && i > 0 && tokens.is(i - 1, TokenType.WORD)
                && AROUND_A_POINT.contains(tokens.key(i - 1)))) {     // "by more than a point", "nearly a point"
            k = isWord(i + 1, "full") ? i + 1 : i;                // "a percentage point", "a full percentage point", "a full point"
            if (isWord(k + 1, "percentage") ? !isWord(k + 2, "point") : !isWord(k + 1, "point") && !isWord(k + 1, "percent")) return null;
            value = BigDecimal.ONE;
            // "a full point" insists on the whole point: within a fifth of it, not the half a bare "a point" allows
            tolerance = new BigDecimal(k > i ? "0.2" : "0.5");
        } else if (w.equals("couple") && isWord(i - 1, "a") && isWord(i + 1, "of")) {
            k = i + 1;                                            // "a couple of points"
            value = BigDecimal.valueOf(2);
            tolerance = new BigDecimal("0.5");
        } else {
            // "a quarter of a percent", "half a point", "three-quarters of a percentage point"
            BigDecimal part = NumberWords.fraction(w);
            if (part == null) return null;
            int count = 1;
            if (i >= 2 && is(i - 1, TokenType.HYPHEN) && NumberWords.integer(tokens.key(i - 2)) != null) {
                count = NumberWords.integer(tokens.key(i - 2));
            } else if (!w.equals("half") && !isWord(i - 1, "a") && !isWord(i - 1, "one")) {
                return null;
            }
            k = i;
            if (isWord(k + 1, "of")) k++;
            if (!isWord(k + 1, "a") && !isWord(k + 1, "one")) return count == 1 ? shareOfValue(i, part) : null;
            k++;
            value = part.multiply(BigDecimal.valueOf(count));
            tolerance = value.multiply(NumberWords.FRACTION_TOLERANCE);
            int first = count > 1 ? i - 2 : isWord(i - 1, "a") || isWord(i - 1, "one") ? i - 1 : i;
            return unitFigure(first, k, value, tolerance);
        }
        int first = w.equals("dozen") || w.equals("couple") ? i - 1 : i;
        return unitFigure(first, k, value, tolerance);
    }

    /** Words that may follow "gained a quarter" and end the figure: a marker, punctuation, or a period. */
    private static final java.util.Set<String> AFTER_SHARE = java.util.Set.of("over", "in", "since", "this", "so", "year",
            "during", "across");

    /**
     * "Technology has gained roughly a quarter [F101] over the past 30 sessions", "lost a third of its value": a
     * fraction after a move verb with no unit is that share of the price, a percent (a quarter is 25%, within a
     * tenth of it); null when another word follows ("a third straight session", "a quarter of the gains").
     */
    private Figure shareOfValue(int i, BigDecimal part) {
        if (!isWord(i - 1, "a")) return null;
        int j = i - 2;
        while (j >= 0 && tokens.has(j, Lexicon.APPROXIMATOR)) j--;
        if (j < 0 || !tokens.has(j, Lexicon.UP | Lexicon.DOWN)) return null;
        int last = i;
        if (isWord(i + 1, "of") && isWord(i + 2, "its") && isWord(i + 3, "value")) last = i + 3;
        else if (i + 1 < tokens.size() && tokens.is(i + 1, TokenType.WORD) && !AFTER_SHARE.contains(tokens.key(i + 1))) return null;
        BigDecimal value = part.movePointRight(2);
        return figure(i - 1, last, new Quantity(value, value.multiply(NumberWords.FRACTION_TOLERANCE), boundBefore(i - 2), null, 0,
                WrittenUnit.PERCENT, 0));
    }

    /** The figure of number words on tokens first..k when a unit word follows k, else null. */
    private Figure unitFigure(int first, int k, BigDecimal value, BigDecimal tolerance) {
        int[] end = {k};
        WrittenUnit unit = unitAfter(end);
        if (unit == null || unit == WrittenUnit.SHARES || unit == WrittenUnit.CURRENCY) return null;
        if (unit == WrittenUnit.BPS) {
            value = value.movePointLeft(2);
            tolerance = tolerance.movePointLeft(2);
        }
        return figure(first, end[0], new Quantity(value, tolerance, boundBefore(first - 1), null, 0, unit, 0));
    }

    private Figure figure(int first, int last, Quantity q) {
        int start = tokens.start(first), end = tokens.end(last);
        return new Figure(new Written.Span(first, last, start, end, text.substring(start, end)), q);
    }

    private boolean is(int k, TokenType type) {
        return k >= 0 && k < tokens.size() && tokens.is(k, type);
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

        Written.Bound bound = boundBefore(i - 1);
        BigDecimal magnitude = exponent == 0 ? lit.magnitude() : lit.magnitude().movePointRight(exponent);
        // half a unit of the last written digit, in the written scale: 5 × 10^-(d+1) × 10^exponent
        BigDecimal tolerance = BigDecimal.valueOf(5, lit.decimals() + 1 - exponent);
        if (unit == WrittenUnit.BPS) {                            // basis points are read as percentage points
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
        if (high >= tokens.size() || !tokens.isWord(and, "and") || !tokens.is(high, TokenType.NUMBER) || read.covered(high)
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
