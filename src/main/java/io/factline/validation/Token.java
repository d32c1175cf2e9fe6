package io.factline.validation;

import java.util.List;
import java.util.Locale;

/**
 * One lexeme of the text. {@code start}/{@code end} are String indices into the text; {@code lexeme}
 * is the normalised text (a word without its possessive or abbreviation dot, a number as written);
 * {@code key} is the lexeme in lower case, which is how words are compared everywhere. {@code number}
 * is set for NUMBER tokens, {@code ids} for MARKER tokens. {@code flags} are a word's {@link Lexicon} bits,
 * {@code word} its number among the text's distinct words (-1 when it has none).
 */
record Token(TokenType type, int start, int end, String lexeme, String key, NumberLiteral number,
             List<String> ids, boolean possessive, int flags, int word) {

    static Token of(TokenType type, int start, int end, String lexeme) {
        return new Token(type, start, end, lexeme, lexeme, null, List.of(), false, 0, -1);
    }

    static Token word(int start, int end, String lexeme, boolean possessive) {
        return word(start, end, lexeme, lexeme.toLowerCase(Locale.ROOT), possessive);
    }

    /** @param key the lexeme in lower case, when the caller already knows it */
    static Token word(int start, int end, String lexeme, String key, boolean possessive) {
        return word(start, end, lexeme, key, possessive, Lexicon.flags(key), -1);
    }

    /**
     * @param flags the key's {@link Lexicon} bits, when the caller already knows them
     * @param word the word's number among the text's distinct words, or -1
     */
    static Token word(int start, int end, String lexeme, String key, boolean possessive, int flags, int word) {
        return new Token(TokenType.WORD, start, end, lexeme, key, null, List.of(), possessive, flags, word);
    }

    static Token number(int start, int end, String lexeme, NumberLiteral number, boolean possessive) {
        return new Token(TokenType.NUMBER, start, end, lexeme, lexeme, number, List.of(), possessive, 0, -1);
    }

    static Token marker(int start, int end, String lexeme, List<String> ids) {
        return new Token(TokenType.MARKER, start, end, lexeme, lexeme, null, List.copyOf(ids), false, 0, -1);
    }

    /** Whether this word carries any of the {@link Lexicon} bits in {@code mask}. */
    boolean has(int mask) {
        return (flags & mask) != 0;
    }

    boolean is(TokenType t) {
        return type == t;
    }

    /** @param lowerCase a word in lower case */
    boolean isWord(String lowerCase) {
        return type == TokenType.WORD && key.equals(lowerCase);
    }

    boolean startsUpperCase() {
        return !lexeme.isEmpty() && Character.isUpperCase(lexeme.charAt(0));
    }
}
