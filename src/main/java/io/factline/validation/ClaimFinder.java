package io.factline.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns number tokens into claims, with their scale ("million", "bn"), unit ("%", "percentage points",
 * "x", "shares") and any approximator or comparator before them ("about", "~", "more than"). Numbers that
 * are no claim are skipped: those inside instrument names and window phrases (already covered), dates
 * ("March 23, 2026", "23 Mar", years after "in"/"since"/...), clock times ("4 pm"), decades ("1990s"),
 * codes glued to a word ("COVID-19") and indicator parameters ("MACD (12, 26)"). Also collects label
 * words ("bearish") and ratios in words ("more than double"); whether those are claims depends on the
 * citations around them.
 */
final class ClaimFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final Set<String> YEAR_CONTEXT = Set.of("in", "since", "of", "from", "until", "till", "through",
            "during", "year", "early", "late", "mid", "fiscal", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "before",
            "after", "spring", "summer", "autumn", "fall", "winter", "calendar");
    private static final Set<String> INDICATORS = Set.of("macd", "ema", "sma", "rsi", "line", "signal", "bollinger",
            "stochastic", "atr", "adx", "ma");
    private static final Set<String> SCALE_WORDS = Set.of("thousand", "million", "billion", "trillion", "mln", "mn",
            "bn", "bln");
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "roughly", "nearly", "almost",
            "approximately", "approx", "circa", "some", "near", "ca");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "o'clock", "oclock");

    private final List<Token> tokens;
    private final boolean[] covered;
    private final String text;
    private final Set<String> labelWords;

    ClaimFinder(List<Token> tokens, boolean[] covered, String text, Set<String> labelWords) {
        this.tokens = tokens;
        this.covered = covered;
        this.text = text;
        this.labelWords = labelWords;
    }

    List<Written> find() {
        List<Written> claims = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i]) continue;
            Token t = tokens.get(i);
            if (t.is(TokenType.NUMBER)) {
                if (isExcluded(i)) continue;
                Written w = number(i);
                claims.add(w);
                i = w.last();
            } else if (t.is(TokenType.WORD)) {
                if (labelWords.contains(t.key()) && !negated(i)) {
                    claims.add(new Written(Written.Kind.LABEL, i, i, t.start(), t.end(), t.lexeme(), null, null, 0,
                            WrittenUnit.LABEL, Written.Bound.EXACT, false, 0, t.key(), 0, 0));
                } else {
                    Written r = ratioWords(i);
                    if (r != null) claims.add(r);
                }
            }
        }
        return claims;
    }

    private Written number(int i) {
        Token t = tokens.get(i);
        NumberLiteral lit = t.number();
        int last = i;
        int exponent = lit.suffix() != null && lit.suffix().isScale() ? lit.suffix().exponent() : 0;
        if (exponent == 0 && isWordAt(last + 1, SCALE_WORDS)) {
            exponent = scaleOf(tokens.get(last + 1).key());
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
            last = end[0];
        }
        if (unit == null) unit = lit.currency() ? WrittenUnit.CURRENCY : exponent > 0 ? WrittenUnit.SHARES : WrittenUnit.BARE;
        if (unit == WrittenUnit.X && isWordAt(last + 1, Set.of("earnings"))) last++;   // "18.1x earnings"

        // Only approximators widen the rule. Comparators ("more than", "over", "under") are read as the
        // plain number: a one-sided bound would let an understated figure ("turned over 6.02 million"
        // for 6.02 billion) pass.
        int modifier = i - 1;
        boolean approximate = false;
        if (modifier >= 0) {
            Token p = tokens.get(modifier);
            approximate = p.is(TokenType.TILDE) || (p.is(TokenType.WORD) && APPROXIMATORS.contains(p.key()))
                    || twoWords(modifier, "close", "to");
        }
        Written.Bound bound = Written.Bound.EXACT;
        BigDecimal magnitude = lit.magnitude().movePointRight(exponent);
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(lit.decimals()).movePointRight(exponent)
                .multiply(approximate ? BigDecimal.ONE : HALF);
        if (unit == WrittenUnit.BPS) {
            magnitude = magnitude.movePointLeft(2);
            tolerance = tolerance.movePointLeft(2);
        }
        int end = tokens.get(last).end();
        return new Written(Written.Kind.NUMBER, i, last, t.start(), end, text.substring(t.start(), end), magnitude,
                tolerance, lit.sign(), unit, bound, approximate, exponent, null, magnitude.doubleValue(), tolerance.doubleValue());
    }

    /** Reads unit words after {@code end[0]}, moves it to the last one; null when there are none. */
    private WrittenUnit unitAfter(int[] end) {
        int k = end[0] + 1;
        if (k >= tokens.size()) return null;
        Token a = tokens.get(k);
        if (a.is(TokenType.PERCENT) || a.isWord("percent") || a.isWord("pct")) return at(end, k, WrittenUnit.PERCENT);
        if (a.isWord("per") && isWord(k + 1, "cent")) return at(end, k + 1, WrittenUnit.PERCENT);
        if (a.isWord("percentage") && (isWord(k + 1, "points") || isWord(k + 1, "point"))) return at(end, k + 1, WrittenUnit.PP);
        if (a.isWord("pp") || a.isWord("ppt") || a.isWord("ppts")) return at(end, k, WrittenUnit.PP);
        if (a.isWord("basis") && (isWord(k + 1, "points") || isWord(k + 1, "point"))) return at(end, k + 1, WrittenUnit.BPS);
        if (a.isWord("bp") || a.isWord("bps")) return at(end, k, WrittenUnit.BPS);
        if (a.isWord("points") || a.isWord("point") || a.isWord("pts")) return at(end, k, WrittenUnit.POINTS);
        if (a.is(TokenType.TIMES) || a.isWord("times") || (a.isWord("x") && a.lexeme().length() == 1)) return at(end, k, WrittenUnit.X);
        if (a.isWord("shares")) return at(end, k, WrittenUnit.SHARES);
        if (a.isWord("dollars") || a.isWord("usd")) return at(end, k, WrittenUnit.CURRENCY);
        return null;
    }

    private static WrittenUnit at(int[] end, int k, WrittenUnit unit) {
        end[0] = k;
        return unit;
    }

    private boolean isExcluded(int i) {
        Token t = tokens.get(i);
        NumberLiteral lit = t.number();
        Suffix s = lit.suffix();
        if (s == Suffix.CLOCK || s == Suffix.DAYS || s == Suffix.DECADE) return true;
        boolean plain = lit.sign() == 0 && !lit.currency() && lit.isInteger();
        if (plain && (s == null || s == Suffix.ORDINAL) && isDay(lit) && (monthAt(i - 1) || monthAt(i + 1)
                || (isWord(i + 1, "of") && monthAt(i + 2)))) {
            return true;                                          // "March 23", "23 Mar", "23rd of March"
        }
        if (plain && s == null && isYear(i)) return true;
        if (plain && s == null && i + 1 < tokens.size() && tokens.get(i + 1).is(TokenType.WORD)
                && CLOCK_WORDS.contains(tokens.get(i + 1).key()) && lit.magnitude().intValue() <= 24) {
            return true;                                          // "4 pm"
        }
        if (i >= 2 && tokens.get(i - 1).is(TokenType.HYPHEN) && tokens.get(i - 2).is(TokenType.WORD)
                && tokens.get(i - 1).start() == tokens.get(i - 2).end() && tokens.get(i - 1).end() == t.start()) {
            return true;                                          // "COVID-19"
        }
        return plain && isIndicatorParameter(i);
    }

    private static boolean isDay(NumberLiteral lit) {
        int v = lit.magnitude().intValue();
        return v >= 1 && v <= 31;
    }

    private boolean monthAt(int k) {
        if (k < 0 || k >= tokens.size()) return false;
        Token t = tokens.get(k);
        return t.is(TokenType.WORD) && MONTHS.containsKey(t.key()) && (t.startsUpperCase() || !t.key().equals("may"));
    }

    /** A bare four-digit number from 1900 to 2100 after a date, a month or a word like "in", "since". */
    private boolean isYear(int i) {
        Token t = tokens.get(i);
        if (t.lexeme().length() != 4) return false;
        int v = t.number().magnitude().intValue();
        if (v < 1900 || v > 2100) return false;
        if (unitFollows(i)) return false;
        if (i == 0) return true;
        Token p = tokens.get(i - 1);
        if (p.is(TokenType.WORD)) return YEAR_CONTEXT.contains(p.key()) || monthAt(i - 1);
        if (p.is(TokenType.COMMA) && i >= 3 && tokens.get(i - 2).is(TokenType.NUMBER) && monthAt(i - 3)) return true;
        if (p.is(TokenType.HYPHEN) || p.is(TokenType.DATE)) return true;
        return p.is(TokenType.SENTENCE_END) || p.is(TokenType.PARAGRAPH) || p.is(TokenType.LINE_BREAK)
                || p.is(TokenType.HEADING) || p.is(TokenType.LIST_ITEM) || p.is(TokenType.OPEN_PAREN);
    }

    private boolean unitFollows(int i) {
        if (i + 1 >= tokens.size()) return false;
        Token a = tokens.get(i + 1);
        return a.is(TokenType.PERCENT) || a.is(TokenType.TIMES) || (a.is(TokenType.WORD) && (SCALE_WORDS.contains(a.key())
                || Set.of("percent", "points", "shares", "pp", "times", "x", "dollars").contains(a.key())));
    }

    /** "MACD (12, 26)", "RSI(14)": integers in parentheses right after an indicator's name. */
    private boolean isIndicatorParameter(int i) {
        int k = i - 1;
        while (k >= 0 && (tokens.get(k).is(TokenType.COMMA) || (tokens.get(k).is(TokenType.NUMBER) && tokens.get(k).number().isInteger()))) k--;
        if (k < 1 || !tokens.get(k).is(TokenType.OPEN_PAREN)) return false;
        Token name = tokens.get(k - 1);
        if (!name.is(TokenType.WORD) || !INDICATORS.contains(name.key())) return false;
        int j = i + 1;
        while (j < tokens.size() && (tokens.get(j).is(TokenType.COMMA) || (tokens.get(j).is(TokenType.NUMBER) && tokens.get(j).number().isInteger()))) j++;
        return j < tokens.size() && tokens.get(j).is(TokenType.CLOSE_PAREN);
    }

    /** "double", "twice", "triple", with "more than"/"less than"/approximators; not "double-digit". */
    private Written ratioWords(int i) {
        Token t = tokens.get(i);
        int value = switch (t.key()) {
            case "double", "doubled", "twice" -> 2;
            case "triple", "tripled", "thrice" -> 3;
            default -> 0;
        };
        if (value == 0) return null;
        if (i + 1 < tokens.size() && (tokens.get(i + 1).is(TokenType.HYPHEN) || isWord(i + 1, "digit") || isWord(i + 1, "digits"))) {
            return null;
        }
        int first = i;
        Written.Bound bound = Written.Bound.EXACT;
        boolean approximate = false;
        if (twoWords(i - 1, "more", "than") || twoWords(i - 1, "over", "than") || isWord(i - 1, "over")) {
            bound = Written.Bound.AT_LEAST;
            first = isWord(i - 1, "over") ? i - 1 : i - 2;
        } else if (twoWords(i - 1, "less", "than")) {
            bound = Written.Bound.AT_MOST;
            first = i - 2;
        } else if (i > 0 && tokens.get(i - 1).is(TokenType.WORD) && APPROXIMATORS.contains(tokens.get(i - 1).key())) {
            approximate = true;
            first = i - 1;
        }
        BigDecimal tolerance = new BigDecimal(approximate ? "0.1" : "0.05");
        int start = tokens.get(first).start();
        return new Written(Written.Kind.RATIO, first, i, start, t.end(), text.substring(start, t.end()),
                BigDecimal.valueOf(value), tolerance, 0, WrittenUnit.X, bound, approximate, 0, t.key(), value,
                tolerance.doubleValue());
    }

    private boolean negated(int i) {
        return isWord(i - 1, "not") || isWord(i - 1, "no") || isWord(i - 1, "never");
    }

    /** tokens[k-1] and tokens[k] are the words {@code a} {@code b}. */
    private boolean twoWords(int k, String a, String b) {
        return isWord(k - 1, a) && isWord(k, b);
    }

    private boolean isWord(int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isWord(w);
    }

    private boolean isWordAt(int k, Set<String> words) {
        return k >= 0 && k < tokens.size() && tokens.get(k).is(TokenType.WORD) && words.contains(tokens.get(k).key());
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
