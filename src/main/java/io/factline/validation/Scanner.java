package io.factline.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Turns a text into {@link Token}s in one pass (peek/advance/match, as in jlox). It knows the shapes of
 * numbers ("+2.16%", "−1.33", "$655.38", "6,581.00", "78.75M", "1.86x", "25bps"), dates ("2026-03-23",
 * "3/23/2026"), clock times ("4:00 pm"), citation markers, list items at the start of a line and the
 * punctuation that ends sentences and clauses. What a number means is decided later, from its neighbours.
 */
final class Scanner {

    /** Words whose following "." is part of the word, not the end of a sentence ("vs.", "Mar."). */
    private static final Set<String> ABBREVIATIONS = Set.of("vs", "v", "approx", "est", "inc", "corp", "ltd",
            "rel", "perf", "chg", "vol", "pct", "mkt", "sess",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs",
            "ms", "dr", "fig", "avg", "cf", "ca", "incl", "excl", "ytd", "comm");

    private final String src;
    private final char[] chars;
    private final Tokens tokens;
    private int start;
    private int current;
    private boolean lineStart = true;

    Scanner(String src) {
        this.src = src;
        this.chars = src.toCharArray();
        this.tokens = new Tokens(src.length() / 5);
    }

    Tokens scan() {
        char[] cs = chars;
        while (current < cs.length) {
            if (cs[current] == ' ') {                             // most characters between tokens
                current++;
                continue;
            }
            start = current;
            scanToken();
        }
        return tokens;
    }

    private void scanToken() {
        char c = peek();
        if (c == '\n') {
            newline();
            return;
        }
        if (isSpace(c)) {
            current++;
            return;
        }
        if (lineStart) {
            lineStart = false;
            if (linePrefix()) return;
            start = current;
        }
        if (isDigit(c) || (c == '.' && isDigit(peekAt(1)) && !isDigit(before(current)))) {
            number(start, 0, false);
            return;
        }
        if (isAsciiLetter(c) || Character.isLetter(c) || (c == '^' && Character.isLetter(peekAt(1)))) {
            word();
            return;
        }
        advance();
        switch (c) {
            case ',' -> add(TokenType.COMMA);
            case ';' -> add(TokenType.SEMICOLON);
            case ':' -> add(TokenType.COLON);
            case '(' -> openParen();
            case ')' -> add(TokenType.CLOSE_PAREN);
            case '|' -> add(TokenType.PIPE);
            case '%' -> add(TokenType.PERCENT);
            case '×' -> add(TokenType.TIMES);
            case '~', '≈', '∼' -> add(TokenType.TILDE);
            case '<', '≤' -> add(TokenType.LESS);
            case '>', '≥' -> add(TokenType.GREATER);
            case '/' -> add(TokenType.SLASH);
            case '—', '―' -> add(TokenType.DASH);
            case '[' -> bracket();
            case '.', '!', '?', '…' -> sentenceEnd();
            case '$' -> dollar();
            case '+', '-', '−', '–' -> signOrDash(c);
            // formatting: markdown emphasis, code, quotes
            case '*', '_', '`', '"', '“', '”', '‘', '’', '\'', '\r' -> { }
            default -> add(TokenType.OTHER);
        }
    }

    private void newline() {
        advance();
        int save = current;
        while (isSpace(peek())) current++;
        if (peek() == '\n') {
            while (isSpace(peek()) || peek() == '\n') current++;
            add(TokenType.PARAGRAPH);
        } else {
            current = save;
            add(TokenType.LINE_BREAK);
        }
        lineStart = true;
    }

    /** Markdown headings, quotes, bullets and list numbering at the start of a line; none is a claim. */
    private boolean linePrefix() {
        boolean any = false;
        while (true) {
            while (isSpace(peek())) current++;
            start = current;
            char c = peek();
            if (c == '#') {
                while (peek() == '#') advance();
                if (isSpace(peek())) {
                    add(TokenType.HEADING);
                    any = true;
                    continue;
                }
                current = start;
                return any;
            }
            if (c == '>' && isSpace(peekAt(1))) {
                advance();
                any = true;
                continue;
            }
            if (isBullet(c) && isSpace(peekAt(1))) {
                advance();
                add(TokenType.LIST_ITEM);
                any = true;
                continue;
            }
            if (isDigit(c) || (c == '(' && isDigit(peekAt(1)))) {
                boolean paren = c == '(';
                if (paren) advance();
                int digits = current;
                while (isDigit(peek())) advance();
                boolean closes = paren ? peek() == ')' : (peek() == '.' || peek() == ')');
                if (current - digits <= 3 && closes && (isSpace(peekAt(1)) || peekAt(1) == '\n' || peekAt(1) == 0)) {
                    advance();
                    add(TokenType.LIST_ITEM);
                    any = true;
                    continue;
                }
            }
            current = start;
            return any;
        }
    }

    private void number(int literalStart, int sign, boolean currency) {
        int intStart = current;
        while (isDigit(peek())) advance();
        int intLength = current - intStart;
        boolean bare = sign == 0 && !currency;
        if (bare && intLength == 4 && peek() == '-' && isDigit(peekAt(1)) && isDigit(peekAt(2))
                && peekAt(3) == '-' && isDigit(peekAt(4)) && isDigit(peekAt(5)) && !isDigit(peekAt(6))) {
            current += 6;
            add(TokenType.DATE);
            return;
        }
        if (bare && intLength >= 1 && intLength <= 4 && peek() == '/' && isDigit(peekAt(1))) {
            slashDate();
            return;
        }
        if (bare && intLength >= 1 && intLength <= 2 && peek() == ':' && isDigit(peekAt(1)) && isDigit(peekAt(2))
                && !isDigit(peekAt(3))) {
            clock();
            return;
        }
        StringBuilder grouped = null;
        if (intLength >= 1 && intLength <= 3 && isGroupAhead()) {
            grouped = new StringBuilder(16).append(chars, intStart, intLength);
            while (isGroupAhead()) {
                grouped.append(chars, current + 1, 3);
                current += 4;
            }
        }
        int fraction = current;
        if (peek() == '.' && isDigit(peekAt(1))) {
            advance();
            while (isDigit(peek())) advance();
            if (grouped != null) grouped.append(chars, fraction, current - fraction);
        }
        int digitsEnd = current;
        int end = current;
        Suffix suffix = null;
        if (Character.isLetter(peek())) {
            int letters = current;
            while (Character.isLetter(peek())) advance();
            suffix = Suffix.parse(src.substring(letters, current));
            if (suffix == null && (peekAt(-1) == 'a' || peekAt(-1) == 'p') && current - letters == 1
                    && peek() == '.' && peekAt(1) == 'm') {
                current += 2;                                     // "4p.m."
                if (peek() == '.') advance();
                suffix = Suffix.CLOCK;
            }
            if (suffix == null || Character.isLetterOrDigit(peek())) {
                // "5G", "10Y", "3Q26": a code or a name, not a figure
                while (Character.isLetterOrDigit(peek())) advance();
                addWord(literalStart, current, src.substring(literalStart, current), false);
                return;
            }
            end = current;
        }
        boolean possessive = possessiveAhead();
        if (possessive) current += 2;
        BigDecimal magnitude = grouped != null ? new BigDecimal(grouped.toString()) : decimal(intStart, digitsEnd);
        String literal = src.substring(literalStart, end);
        tokens.add(new Token(TokenType.NUMBER, literalStart, end, literal, literal, new NumberLiteral(magnitude, sign, currency, suffix),
                List.of(), possessive, 0));
    }

    /**
     * The digits chars[from, to) with at most one ".", as an exact BigDecimal; from a long when they fit
     * (up to 18 digits), which is several times cheaper than parsing characters.
     */
    private BigDecimal decimal(int from, int to) {
        long unscaled = 0;
        int digits = 0, scale = 0;
        boolean fraction = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '.') {
                fraction = true;
                continue;
            }
            unscaled = unscaled * 10 + (c - '0');
            digits++;
            if (fraction) scale++;
        }
        if (digits <= 18) return BigDecimal.valueOf(unscaled, scale);
        return from < to && chars[from] == '.' ? new BigDecimal("0" + src.substring(from, to)) : new BigDecimal(chars, from, to - from);
    }

    /** A thousands group: "," then exactly three digits. */
    private boolean isGroupAhead() {
        return peek() == ',' && isDigit(peekAt(1)) && isDigit(peekAt(2)) && isDigit(peekAt(3)) && !isDigit(peekAt(4));
    }

    private void slashDate() {
        while (peek() == '/' && isDigit(peekAt(1))) {
            advance();
            while (isDigit(peek())) advance();
        }
        add(TokenType.DATE);
    }

    /** "4:00", "16:00:00", with an optional "am"/"pm"/"a.m."/"p.m." after a space. */
    private void clock() {
        while (peek() == ':' && isDigit(peekAt(1)) && isDigit(peekAt(2))) current += 3;
        int save = current;
        while (peek() == ' ') current++;
        char a = Character.toLowerCase(peek());
        if ((a == 'a' || a == 'p') && Character.toLowerCase(peekAt(1)) == 'm' && !Character.isLetter(peekAt(2))) {
            current += 2;
        } else if ((a == 'a' || a == 'p') && peekAt(1) == '.' && Character.toLowerCase(peekAt(2)) == 'm') {
            current += 3;
            if (peek() == '.') advance();
        } else {
            current = save;
        }
        add(TokenType.TIME);
    }

    /** Letters and digits, joined across "&" ("S&P"), an apostrophe ("don't") and a short "/" ("P/E"). */
    private void word() {
        if (peek() == '^') advance();
        while (!atEnd()) {
            char c = peek();
            if (Character.isLetterOrDigit(c)) {
                advance();
                continue;
            }
            boolean joins = (c == '&' && Character.isLetter(peekAt(1)))                      // "S&P"
                    || ((c == '\'' || c == '’') && Character.isLetter(peekAt(1)) && !possessiveAhead())
                    || (c == '/' && Character.isLetter(peekAt(1)) && current - start <= 2 && !Character.isLetter(peekAt(2)))   // "P/E"
                    || (c == '.' && Character.isUpperCase(peekAt(1)) && !Character.isLetterOrDigit(peekAt(2))
                        && current - start >= 2 && current - start <= 4 && src.substring(start, current).chars()
                        .allMatch(Character::isUpperCase));                                           // "BRK.B"
            if (!joins) break;
            advance();
        }
        int end = current;
        String lexeme = src.substring(start, end);
        if ((peek() == ':' && (lexeme.equals("http") || lexeme.equals("https")) && src.startsWith("://", current))
                || (peek() == '.' && lexeme.equalsIgnoreCase("www"))) {
            url();
            return;
        }
        if (end - start == 1 && peek() == '.' && Character.isLetter(peekAt(1))
                && !Character.isLetter(peekAt(2))) {
            // "U.S.", "a.m.", "e.g.": letters and dots, the lexeme without the dots
            while (peek() == '.' && Character.isLetter(peekAt(1)) && !Character.isLetter(peekAt(2))) current += 2;
            if (peek() == '.') advance();
            end = current;
            lexeme = src.substring(start, end).replace(".", "");
        } else if (peek() == '.' && !isDigit(peekAt(1)) && ABBREVIATIONS.contains(lexeme.toLowerCase(java.util.Locale.ROOT))) {
            advance();
            end = current;
        }
        boolean possessive = possessiveAhead();
        if (possessive) current += 2;
        addWord(start, end, lexeme, possessive);
    }

    private void addWord(int from, int to, String lexeme, boolean possessive) {
        String key = lexeme.toLowerCase(java.util.Locale.ROOT);
        tokens.add(new Token(TokenType.WORD, from, to, lexeme, key, null, List.of(), possessive, Lexicon.flags(key)));
    }

    private void url() {
        while (!atEnd() && !Character.isWhitespace(peek()) && peek() != ')' && peek() != ']' && peek() != '>') {
            advance();
        }
        add(TokenType.URL);
    }

    /** After "[": a citation marker, a malformed one, or an ordinary bracket (a markdown link, "[sic]"). */
    private void bracket() {
        int close = -1;
        for (int i = current; i < src.length() && i < current + 64; i++) {
            char ch = src.charAt(i);
            if (ch == ']') {
                close = i;
                break;
            }
            if (ch == '\n' || ch == '[') break;
        }
        if (close < 0) {
            int i = current;
            while (i < src.length() && Character.isLetterOrDigit(src.charAt(i))) i++;
            if (CitationIds.isId(src.substring(current, i))) {
                current = i;
                add(TokenType.BAD_MARKER);                        // "[F12" never closed
            } else {
                add(TokenType.OTHER);
            }
            return;
        }
        if (close + 1 < src.length() && src.charAt(close + 1) == '(') {
            add(TokenType.OTHER);                                 // "[text](url)": scan the text as text
            return;
        }
        String content = src.substring(current, close);
        List<String> ids = CitationIds.parse(content);
        if (ids != null) {
            current = close + 1;
            String marker = src.substring(start, current);
            tokens.add(new Token(TokenType.MARKER, start, current, marker, marker, null, List.copyOf(ids), false, 0));
        } else if (CitationIds.looksLikeMarker(content)) {
            current = close + 1;
            add(TokenType.BAD_MARKER);
        } else {
            add(TokenType.OTHER);
        }
    }

    /** "(F12)": a citation in the wrong brackets is a malformed marker, not a parenthesis. */
    private void openParen() {
        int i = current;
        if (peek() == 'F' && isDigit(peekAt(1))) {
            i++;
            while (i < src.length() && isDigit(src.charAt(i))) i++;
            if (i < src.length() && src.charAt(i) == ')') {
                current = i + 1;
                add(TokenType.BAD_MARKER);
                return;
            }
        }
        add(TokenType.OPEN_PAREN);
    }

    private void sentenceEnd() {
        while (peek() == '.' || peek() == '!' || peek() == '?' || peek() == '…') advance();
        add(TokenType.SENTENCE_END);
    }

    private void dollar() {
        if (isDigit(peek()) || (peek() == '.' && isDigit(peekAt(1)))) {
            number(start, 0, true);
        } else if (isSignChar(peek()) && isDigit(peekAt(1))) {
            int sign = peek() == '+' ? 1 : -1;
            advance();
            number(start, sign, true);
        } else {
            add(TokenType.OTHER);
        }
    }

    /** A sign belongs to a number when nothing word-like is glued before it: "(-1.33%)", " −1.33%". */
    private void signOrDash(char c) {
        char prev = before(start);
        boolean free = prev == 0 || isSpace(prev) || prev == '\n' || "([{/:;,=*_\"'“‘~".indexOf(prev) >= 0;
        int sign = c == '+' ? 1 : -1;
        if (free && (isDigit(peek()) || (peek() == '.' && isDigit(peekAt(1))))) {
            number(start, sign, false);
            return;
        }
        if (free && peek() == '$' && (isDigit(peekAt(1)) || peekAt(1) == '.')) {
            advance();
            number(start, sign, true);
            return;
        }
        if (c == '+') {
            add(TokenType.OTHER);
        } else if (c == '-' && peek() == '-') {
            while (peek() == '-') advance();
            add(TokenType.DASH);
        } else if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(peek()) && c != '−') {
            add(TokenType.HYPHEN);
        } else {
            add(TokenType.DASH);
        }
    }

    private boolean possessiveAhead() {
        char a = peek();
        return (a == '\'' || a == '’') && (peekAt(1) == 's' || peekAt(1) == 'S') && !Character.isLetterOrDigit(peekAt(2));
    }

    private void add(TokenType type) {
        String lexeme = src.substring(start, current);
        tokens.add(new Token(type, start, current, lexeme, lexeme, null, List.of(), false, 0));
    }



    private boolean atEnd() {
        return current >= chars.length;
    }

    private char advance() {
        return chars[current++];
    }

    /** The character {@code offset} ahead of the current one, or 0 past either end. */
    private char peekAt(int offset) {
        int i = current + offset;
        return i >= 0 && i < chars.length ? chars[i] : 0;
    }

    private char peek() {
        return current < chars.length ? chars[current] : 0;
    }

    private char before(int index) {
        return index > 0 ? chars[index - 1] : 0;
    }

    /** The common case of {@link Character#isLetter}, without its table lookup. */
    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSignChar(char c) {
        return c == '+' || c == '-' || c == '−' || c == '–';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    private static boolean isBullet(char c) {
        return c == '-' || c == '*' || c == '+' || c == '•' || c == '·' || c == '◦' || c == '▪' || c == '‣' || c == '–';
    }
}
