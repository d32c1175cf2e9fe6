package io.factline.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a question into {@link Word}s in one pass over its characters. Hyphens and white space separate
 * words ("small-cap" is "small" "cap", "30-day" is "30" "day") except inside a date ("2026-03-23"); "/"
 * joins letters ("P/E") and digits ("3/23" is a date); "&" and "^" belong to names ("S&P", "^GSPC");
 * curly quotes count as apostrophes, and a possessive "'s" is left out of the key.
 */
final class QuestionTokenizer {

    private final String src;
    private final List<Word> words = new ArrayList<>();
    private int pos;

    private QuestionTokenizer(String src) {
        this.src = src;
    }

    static List<Word> tokenize(String text) {
        QuestionTokenizer t = new QuestionTokenizer(text);
        t.run();
        return t.words;
    }

    private void run() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c) || c == '-' || c == '\u2013' || c == '\u2014') {
                pos++;
            } else if (isDigit(c)) {
                number();
            } else if (Character.isLetter(c) || (c == '^' || c == '$') && pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1))) {
                word();
            } else {
                words.add(new Word(Word.Kind.MARK, String.valueOf(c), String.valueOf(c), pos));
                pos++;
            }
        }
    }

    private void number() {
        int start = pos;
        if (isoDate() || slashDate()) {
            String text = src.substring(start, pos);
            words.add(new Word(Word.Kind.DATE, text, text, start));
            return;
        }
        pos = start;
        digits();
        while (pos + 1 < src.length() && (peek() == '.' || peek() == ',') && isDigit(src.charAt(pos + 1))) {
            pos++;
            digits();
        }
        if (pos < src.length() && peek() == '%') pos++;
        if (pos < src.length() && Character.isLetter(peek())) {        // "30d", "1.5x", "2nd": a word
            while (pos < src.length() && Character.isLetterOrDigit(peek())) pos++;
            String text = src.substring(start, pos);
            words.add(new Word(Word.Kind.WORD, text, text.toLowerCase(Locale.ROOT), start));
            return;
        }
        String text = src.substring(start, pos);
        words.add(new Word(Word.Kind.NUMBER, text, text.replace(",", ""), start));
    }

    /** yyyy-mm-dd */
    private boolean isoDate() {
        int p = pos;
        if (count(p) != 4) return false;
        p += 4;
        if (p >= src.length() || src.charAt(p) != '-' || count(p + 1) < 1 || count(p + 1) > 2) return false;
        p += 1 + count(p + 1);
        if (p >= src.length() || src.charAt(p) != '-' || count(p + 1) < 1 || count(p + 1) > 2) return false;
        pos = p + 1 + count(p + 1);
        return true;
    }

    /** m/d or m/d/yy(yy) */
    private boolean slashDate() {
        int p = pos;
        int a = count(p);
        if (a < 1 || a > 2) return false;
        p += a;
        if (p >= src.length() || src.charAt(p) != '/' || count(p + 1) < 1 || count(p + 1) > 2) return false;
        p += 1 + count(p + 1);
        if (p < src.length() && src.charAt(p) == '/' && (count(p + 1) == 2 || count(p + 1) == 4)) p += 1 + count(p + 1);
        pos = p;
        return true;
    }

    private void word() {
        int start = pos;
        pos++;                                   // a letter, "^" or "$"
        while (pos < src.length()) {
            char c = peek();
            boolean joiner = (c == '&' || c == '/' || c == '.' && pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1))
                    && isAbbreviation(start));
            if (Character.isLetterOrDigit(c) || joiner && pos + 1 < src.length() && Character.isLetterOrDigit(src.charAt(pos + 1))) {
                pos++;
            } else if ((c == '\'' || c == '\u2019') && pos + 1 < src.length() && Character.isLetter(src.charAt(pos + 1))) {
                pos++;
            } else {
                break;
            }
        }
        String text = src.substring(start, pos).replace('\u2019', '\'');
        String key = text.toLowerCase(Locale.ROOT);
        if (key.endsWith("'s")) {
            text = text.substring(0, text.length() - 2);
            key = key.substring(0, key.length() - 2);
        } else if (key.endsWith("'")) {
            key = key.substring(0, key.length() - 1);
        }
        if (key.startsWith("$")) key = key.substring(1);
        words.add(new Word(Word.Kind.WORD, text, key, start));
    }

    /** "U.S." keeps its dots; "tech.Is" does not. */
    private boolean isAbbreviation(int start) {
        return pos - start == 1;
    }

    private int count(int from) {
        int p = from;
        while (p < src.length() && isDigit(src.charAt(p))) p++;
        return p - from;
    }

    private void digits() {
        while (pos < src.length() && isDigit(peek())) pos++;
    }

    private char peek() {
        return src.charAt(pos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
