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

    private final List<Token> tokens;

    NumberExclusions(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Whether the number token at {@code i} is no claim. */
    boolean excludes(int i) {
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
        return t.is(TokenType.WORD) && MonthNames.month(t.key()) != null && (t.startsUpperCase() || !t.key().equals("may"));
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
        return a.is(TokenType.PERCENT) || a.is(TokenType.TIMES) || (a.is(TokenType.WORD) && UNIT_WORDS.contains(a.key()));
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

    private boolean isWord(int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isWord(w);
    }
}
