package io.factline.validation;

import java.util.List;

/**
 * Reads the {@link ClaimContext} of each claim: its instrument ({@link SubjectResolver}), its window
 * ({@link WindowResolver}) and the direction word that governs it, all within its reach ({@link Reaches}).
 */
final class ContextReader {

    private final Reaches reaches;
    private final SubjectResolver subjects;
    private final WindowResolver windows;
    /** Direction sign of every token (0 for none, and for words inside a name), read once. */
    private final int[] directionAt;
    private final Tokens tokens;

    ContextReader(Tokens tokens, TextLayout layout, Reaches reaches, List<Mention> mentions,
                  List<WindowPhrase> windowPhrases, boolean[] inWindow) {
        this.tokens = tokens;
        this.reaches = reaches;
        this.subjects = new SubjectResolver(tokens, layout, reaches, mentions);
        this.windows = new WindowResolver(tokens, layout, reaches, windowPhrases);
        directionAt = new int[tokens.size()];
        for (int i = 0; i < directionAt.length; i++) {
            if (!subjects.isName(i)) directionAt[i] = DirectionWords.sign(tokens, i, inWindow);
        }
    }

    ClaimContext read(Written w) {
        Reaches.Reach r = reaches.of(w.first(), w.last());
        SubjectResolver.Subject s = subjects.resolve(w, r);
        WindowPhrase window = windows.resolve(w, r);
        long strict = direction(w.first(), w.last(), r, true);
        long across = direction(w.first(), w.last(), r, false);
        if (sign(strict) == 0 && sign(across) == 0 && r.previous() >= 0 && continuesList(r.from(), w.first())) {
            int[] before = reaches.numberBefore(w.first());
            Reaches.Reach pr = reaches.of(before[0], before[1]);
            strict = direction(before[0], before[1], pr, false);
            across = strict;
        }
        return new ClaimContext(s.primary(), s.appositive(), s.mentions(), sign(strict), word(token(strict)), sign(across),
                word(token(across)), token(across), window);
    }

    /**
     * The direction word governing the claim: the nearest before it in reach, else the nearest after it.
     * With {@code stopAtNames} a word on the far side of an instrument name does not count ("SPY lagged
     * IWM's 2.16% gain": "lagged" is SPY's).
     *
     * @return the sign and the word's token index as one value (read with {@link #sign} and {@link #token}:
     *     a claim reads two or three of these, and an array each was most of this class's garbage)
     */
    private long direction(int first, int last, Reaches.Reach r, boolean stopAtNames) {
        for (int i = first - 1; i >= r.from(); i--) {
            if (stopAtNames && subjects.isName(i)) break;
            if (directionAt[i] != 0) return found(directionAt[i], i);
        }
        for (int i = last + 1; i < r.to(); i++) {
            if (stopAtNames && subjects.isName(i)) break;
            if (directionAt[i] != 0) return found(directionAt[i], i);
        }
        return found(0, -1);
    }

    private static long found(int sign, int token) {
        return ((long) token << 32) | (sign & 0xFFFFFFFFL);
    }

    private static int sign(long found) {
        return (int) found;
    }

    private static int token(long found) {
        return (int) (found >> 32);
    }

    /**
     * Gapping: "SPY lost 4.84% [F15] and IWM 6.46% [F26]", "trailing SPY by 1.44 pp [F138] and 1.19 pp [F139]":
     * between the previous claim and this one there is no verb, only markers, names, "and", "or", "by",
     * "the", commas, so this number shares the previous one's direction word.
     */
    private boolean continuesList(int from, int first) {
        for (int i = from; i < first; i++) {
            if (tokens.is(i, TokenType.MARKER) || tokens.is(i, TokenType.COMMA) || subjects.isName(i)) continue;
            if (tokens.has(i, Lexicon.LIST)) continue;
            return false;
        }
        return true;
    }

    static final java.util.Set<String> LIST_WORDS = java.util.Set.of("and", "or", "by", "the", "for", "in",
            "respectively");

    private String word(int token) {
        return token < 0 ? null : tokens.lexeme(token);
    }
}
