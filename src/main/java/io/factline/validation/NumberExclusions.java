package io.factline.validation;

import java.util.List;
import java.util.Set;

/**
 * Numbers that are no claim although they are no part of a name or window phrase: dates ("March 23",
 * "23 Mar", "23rd of March"), years (a bare 1900–2100 after "in", "since", a month, a date or at the
 * start of a sentence), clock times ("4 pm"; "4:00 pm" is a TIME token already), decades ("1990s"),
 * window suffixes ("30d"), codes glued to a word ("COVID-19") and indicator parameters ("MACD (12, 26)",
 * "RSI(14)").
 */
final class NumberExclusions {

    private static final Set<String> YEAR_CONTEXT = Set.of("in", "since", "of", "from", "until", "till", "through",
            "during", "year", "early", "late", "mid", "fiscal", "fy", "q1", "q2", "q3", "q4", "h1", "h2", "before",
            "after", "spring", "summer", "autumn", "fall", "winter", "calendar");
    private static final Set<String> INDICATORS = Set.of("macd", "ema", "sma", "rsi", "line", "signal", "bollinger",
            "stochastic", "atr", "adx", "ma");
    private static final Set<String> CLOCK_WORDS = Set.of("am", "pm", "o'clock", "oclock");
    private static final Set<String> UNIT_WORDS = Set.of("percent", "points", "shares", "pp", "times", "x", "dollars",
            "thousand", "million", "billion", "trillion", "mln", "mn", "bn", "bln");

    private final Tokens tokens;

    NumberExclusions(Tokens tokens) {
        this.tokens = tokens;
    }

    /** Whether the number token at {@code i} is no claim. */
    boolean excludes(int i) {
        NumberLiteral lit = tokens.number(i);
        Suffix s = lit.suffix();
        if (s == Suffix.CLOCK || s == Suffix.DAYS || s == Suffix.DECADE) return true;
        boolean plain = lit.sign() == 0 && !lit.currency() && lit.isInteger();
        if (plain && (s == null || s == Suffix.ORDINAL) && isDay(lit) && (monthAt(i - 1) || monthAt(i + 1)
                || (isWord(i + 1, "of") && monthAt(i + 2)))) {
            return true;                                          // "March 23", "23 Mar", "23rd of March"
        }
        if (plain && s == null && isYear(i)) return true;
        if (plain && s == null && i + 1 < tokens.size() && tokens.is(i + 1, TokenType.WORD)
                && CLOCK_WORDS.contains(tokens.key(i + 1)) && lit.magnitude().intValue() <= 24) {
            return true;                                          // "4 pm"
        }
        if (i >= 2 && tokens.is(i - 1, TokenType.HYPHEN) && tokens.is(i - 2, TokenType.WORD)
                && tokens.start(i - 1) == tokens.end(i - 2) && tokens.end(i - 1) == tokens.start(i)) {
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
        return tokens.is(k, TokenType.WORD) && MonthNames.month(tokens.key(k)) != null
                && (tokens.startsUpperCase(k) || !tokens.key(k).equals("may"));
    }

    /** A bare four-digit number from 1900 to 2100 after a date, a month or a word like "in", "since". */
    private boolean isYear(int i) {
        if (tokens.end(i) - tokens.start(i) != 4) return false;           // the digits as written
        int v = tokens.number(i).magnitude().intValue();
        if (v < 1900 || v > 2100) return false;
        if (unitFollows(i)) return false;
        if (i == 0) return true;
        int p = i - 1;
        if (tokens.is(p, TokenType.WORD)) return YEAR_CONTEXT.contains(tokens.key(p)) || monthAt(i - 1);
        if (tokens.is(p, TokenType.COMMA) && i >= 3 && tokens.is(i - 2, TokenType.NUMBER) && monthAt(i - 3)) return true;
        if (tokens.is(p, TokenType.HYPHEN) || tokens.is(p, TokenType.DATE)) return true;
        return tokens.is(p, TokenType.SENTENCE_END) || tokens.is(p, TokenType.PARAGRAPH) || tokens.is(p, TokenType.LINE_BREAK)
                || tokens.is(p, TokenType.HEADING) || tokens.is(p, TokenType.LIST_ITEM) || tokens.is(p, TokenType.OPEN_PAREN);
    }

    private boolean unitFollows(int i) {
        if (i + 1 >= tokens.size()) return false;
        int a = i + 1;
        return tokens.is(a, TokenType.PERCENT) || tokens.is(a, TokenType.TIMES)
                || (tokens.is(a, TokenType.WORD) && UNIT_WORDS.contains(tokens.key(a)));
    }

    /** "MACD (12, 26)", "RSI(14)": integers in parentheses right after an indicator's name. */
    private boolean isIndicatorParameter(int i) {
        int k = i - 1;
        while (k >= 0 && (tokens.is(k, TokenType.COMMA) || isInteger(k))) k--;
        if (k < 1 || !tokens.is(k, TokenType.OPEN_PAREN)) return false;
        int name = k - 1;
        if (!tokens.is(name, TokenType.WORD) || !INDICATORS.contains(tokens.key(name))) return false;
        int j = i + 1;
        while (j < tokens.size() && (tokens.is(j, TokenType.COMMA) || isInteger(j))) j++;
        return j < tokens.size() && tokens.is(j, TokenType.CLOSE_PAREN);
    }

    private boolean isInteger(int k) {
        return tokens.is(k, TokenType.NUMBER) && tokens.number(k).isInteger();
    }

    private boolean isWord(int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.isWord(k, w);
    }
}
