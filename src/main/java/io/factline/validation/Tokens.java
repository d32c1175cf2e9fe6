package io.factline.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tokens of one text as parallel arrays, token {@code i} at index {@code i} of each (struct of
 * arrays): every pass of the validator walks all tokens, and reading an int or a type from an array is
 * cheaper than following a pointer to an object per token, besides sparing the scanner an allocation per
 * token. The accessors mean what the {@link Token} fields of the same names mean; {@link #get} builds
 * that record for one token (tests, rare paths).
 */
final class Tokens {

    private final String text;
    private TokenType[] types;
    private int[] starts;
    private int[] ends;
    /** {@link Lexicon} bits of a word, with {@link #POSSESSIVE} for any token. */
    private int[] bits;
    private int[] words;
    /** null where the lexeme is the text itself (numbers, markers): cut from the text only when asked for. */
    private String[] lexemes;
    /** null where the key is the lexeme. */
    private String[] keys;
    /** A NUMBER's {@link NumberLiteral}, a MARKER's IDs ({@code List<String>}), else null. */
    private Object[] values;
    private int size;

    /** Above every {@link Lexicon} bit. */
    private static final int POSSESSIVE = 1 << 30;

    /** @param text the text the tokens' offsets are in */
    Tokens(String text, int capacity) {
        this.text = text;
        int c = Math.max(capacity, 8);
        types = new TokenType[c];
        starts = new int[c];
        ends = new int[c];
        bits = new int[c];
        words = new int[c];
        lexemes = new String[c];
        keys = new String[c];
        values = new Object[c];
    }

    /**
     * Appends a token.
     *
     * @param lexeme the normalised text, or null when it is text[start, end)
     * @param key the lexeme in lower case for words, or null when it is the lexeme
     * @param value a NUMBER's literal or a MARKER's IDs, else null
     * @param flags a word's {@link Lexicon} bits
     * @param word the word's number among the text's distinct words, or -1
     */
    void add(TokenType type, int start, int end, String lexeme, String key, Object value, boolean possessive,
             int flags, int word) {
        if (size == types.length) grow();
        int i = size++;
        types[i] = type;
        starts[i] = start;
        ends[i] = end;
        bits[i] = possessive ? flags | POSSESSIVE : flags;
        words[i] = word;
        lexemes[i] = lexeme;
        keys[i] = key;
        values[i] = value;
    }

    private void grow() {
        int c = types.length * 2;
        types = Arrays.copyOf(types, c);
        starts = Arrays.copyOf(starts, c);
        ends = Arrays.copyOf(ends, c);
        bits = Arrays.copyOf(bits, c);
        words = Arrays.copyOf(words, c);
        lexemes = Arrays.copyOf(lexemes, c);
        keys = Arrays.copyOf(keys, c);
        values = Arrays.copyOf(values, c);
    }

    int size() {
        return size;
    }

    TokenType type(int i) {
        return types[i];
    }

    boolean is(int i, TokenType t) {
        return types[i] == t;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String lexeme(int i) {
        String l = lexemes[i];
        return l != null ? l : text.substring(starts[i], ends[i]);
    }

    /** The lexeme in lower case: how words are compared everywhere. */
    String key(int i) {
        String k = keys[i];
        return k != null ? k : lexeme(i);
    }

    /** A NUMBER token's literal. */
    NumberLiteral number(int i) {
        return (NumberLiteral) values[i];
    }

    /** A MARKER token's IDs, in order. */
    @SuppressWarnings("unchecked")
    List<String> ids(int i) {
        Object v = values[i];
        return v instanceof List<?> ? (List<String>) v : List.of();
    }

    boolean possessive(int i) {
        return (bits[i] & POSSESSIVE) != 0;
    }

    /** Whether the word at {@code i} carries any of the {@link Lexicon} bits in {@code mask}. */
    boolean has(int i, int mask) {
        return (bits[i] & mask) != 0;
    }

    /** The word's number among the text's distinct words, or -1. */
    int word(int i) {
        return words[i];
    }

    /** @param lowerCase a word in lower case */
    boolean isWord(int i, String lowerCase) {
        return types[i] == TokenType.WORD && keys[i].equals(lowerCase);
    }

    boolean startsUpperCase(int i) {
        String l = lexeme(i);
        return !l.isEmpty() && Character.isUpperCase(l.charAt(0));
    }

    /** Token {@code i} as a record. */
    Token get(int i) {
        return new Token(types[i], starts[i], ends[i], lexeme(i), key(i),
                values[i] instanceof NumberLiteral n ? n : null, ids(i), possessive(i), bits[i] & ~POSSESSIVE, words[i]);
    }

    /** All tokens as records, in order. */
    List<Token> toList() {
        List<Token> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) list.add(get(i));
        return list;
    }
}
