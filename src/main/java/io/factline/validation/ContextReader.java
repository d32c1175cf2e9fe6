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
    private final List<Token> tokens;

    ContextReader(List<Token> tokens, TextLayout layout, List<Mention> mentions, List<WindowPhrase> windowPhrases,
                  boolean[] inWindow, List<Written> claims) {
        this.tokens = tokens;
        this.reaches = new Reaches(tokens, layout, inWindow, claims);
        this.subjects = new SubjectResolver(tokens, layout, reaches, mentions);
        this.windows = new WindowResolver(tokens, layout, reaches, windowPhrases);
        directionAt = new int[tokens.size()];
        for (int i = 0; i < directionAt.length; i++) {
            if (!subjects.isName(i)) directionAt[i] = DirectionWords.sign(tokens, i, inWindow);
        }
    }

    ClaimContext read(Written w) {
        Reaches.Reach r = reaches.of(w.first(), w.last());
        int[] opening = reaches.opening(w.first());
        SubjectResolver.Subject s = subjects.resolve(w, r, opening);
        WindowPhrase window = windows.resolve(w, r, opening);
        int[] strict = direction(w, r, true);
        int[] across = direction(w, r, false);
        return new ClaimContext(s.primary(), s.appositive(), s.mentions(), strict[0], word(strict[1]), across[0],
                word(across[1]), across[1], window);
    }

    /**
     * The direction word governing the claim: the nearest before it in reach, else the nearest after it.
     * With {@code stopAtNames} a word on the far side of an instrument name does not count ("SPY lagged
     * IWM's 2.16% gain": "lagged" is SPY's).
     *
     * @return {sign, token index} or {0, -1}
     */
    private int[] direction(Written w, Reaches.Reach r, boolean stopAtNames) {
        for (int i = w.first() - 1; i >= r.from(); i--) {
            if (stopAtNames && subjects.isName(i)) break;
            if (directionAt[i] != 0) return new int[] {directionAt[i], i};
        }
        for (int i = w.last() + 1; i < r.to(); i++) {
            if (stopAtNames && subjects.isName(i)) break;
            if (directionAt[i] != 0) return new int[] {directionAt[i], i};
        }
        return new int[] {0, -1};
    }

    private String word(int token) {
        return token < 0 ? null : tokens.get(token).lexeme();
    }
}
