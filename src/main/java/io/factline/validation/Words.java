package io.factline.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The project's one tokenizer, the validator's {@link Scanner}, for readers outside validation: the chat
 * reads questions with it. Each token becomes a {@link Scanned} word: letters and names ("S&P", "^GSPC",
 * "P/E"; a possessive "'s" left out of the key), numbers (a glued "%" kept: "7.3%"; a glued unit makes a
 * word: "30d", "1.5x", "2nd"), dates, and marks (punctuation); hyphens, dashes and line breaks separate words
 * and are dropped.
 */
public final class Words {

    /** What a scanned word is. */
    public enum Kind { WORD, NUMBER, DATE, MARK }

    /** {@code text} as written (possessive dropped), {@code key} lower case, {@code start} its String index. */
    public record Scanned(Kind kind, String text, String key, int start) {
    }

    private Words() {
    }

    /** "U.S." keeps its inner dots only: "U.S"; "BRK.B" stays. */
    private static String stripEndDot(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    public static List<Scanned> of(String source) {
        Tokens t = new Scanner(source).scan();
        List<Scanned> out = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            String written = source.substring(t.start(i), t.end(i));
            switch (t.type(i)) {
                // "BRK.B", "U.S.": the validator reads the letters without their dots; a question keeps them,
                // so that a dotted ticker means its instrument
                case WORD -> out.add(written.indexOf('.') >= 0 && !t.possessive(i)
                        ? new Scanned(Kind.WORD, stripEndDot(written), stripEndDot(written).toLowerCase(java.util.Locale.ROOT), t.start(i))
                        : new Scanned(Kind.WORD, t.lexeme(i), t.key(i), t.start(i)));
                case NUMBER -> {
                    if (t.number(i).suffix() != null) {           // "30d", "1.5x": a word, as a reader of questions sees it
                        out.add(new Scanned(Kind.WORD, written, written.toLowerCase(java.util.Locale.ROOT), t.start(i)));
                    } else if (i + 1 < t.size() && t.is(i + 1, TokenType.PERCENT) && t.start(i + 1) == t.end(i)) {
                        String withPercent = written + "%";
                        out.add(new Scanned(Kind.NUMBER, withPercent, withPercent.replace(",", ""), t.start(i)));
                        i++;
                    } else {
                        out.add(new Scanned(Kind.NUMBER, written, written.replace(",", ""), t.start(i)));
                    }
                }
                case DATE -> out.add(new Scanned(Kind.DATE, written, written, t.start(i)));
                case HYPHEN, DASH, LINE_BREAK, PARAGRAPH -> { }
                default -> out.add(new Scanned(Kind.MARK, written, written, t.start(i)));
            }
        }
        return out;
    }
}
