package io.factline.validation;

import java.util.List;

/**
 * One lexeme of the text. {@code start}/{@code end} are String indices into the text; {@code lexeme} is
 * the normalised text (a word without its possessive or abbreviation dot, a number as written);
 * {@code key} is the lexeme in lower case, which is how words are compared everywhere. {@code number} is
 * set for NUMBER tokens, {@code ids} for MARKER tokens (else empty). {@code flags} are a word's
 * {@link Lexicon} bits: which of the fixed word classes the passes look for it belongs to.
 */
record Token(TokenType type, int start, int end, String lexeme, String key, NumberLiteral number,
             List<String> ids, boolean possessive, int flags) {

    /** Whether this word carries any of the {@link Lexicon} bits in {@code mask}. */
    boolean has(int mask) {
        return (flags & mask) != 0;
    }

    boolean is(TokenType t) {
        return type == t;
    }
}
