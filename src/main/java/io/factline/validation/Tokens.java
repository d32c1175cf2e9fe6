package io.factline.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of one text, in order, token {@code i} at index {@code i}. The passes ask about tokens by
 * index ("is token i the word 'and'?"), so the accessors take one; they mean what the {@link Token} fields
 * of the same names mean.
 */
final class Tokens {

    private final List<Token> list;

    /** @param capacity the expected number of tokens */
    Tokens(int capacity) {
        this.list = new ArrayList<>(Math.max(capacity, 8));
    }

    void add(Token t) {
        list.add(t);
    }

    int size() {
        return list.size();
    }

    TokenType type(int i) {
        return list.get(i).type();
    }

    boolean is(int i, TokenType t) {
        return list.get(i).type() == t;
    }

    int start(int i) {
        return list.get(i).start();
    }

    int end(int i) {
        return list.get(i).end();
    }

    String lexeme(int i) {
        return list.get(i).lexeme();
    }

    /** The lexeme in lower case: how words are compared everywhere. */
    String key(int i) {
        return list.get(i).key();
    }

    /** A NUMBER token's literal. */
    NumberLiteral number(int i) {
        return list.get(i).number();
    }

    /** A MARKER token's IDs, in order. */
    List<String> ids(int i) {
        return list.get(i).ids();
    }

    boolean possessive(int i) {
        return list.get(i).possessive();
    }

    /** Whether the word at {@code i} carries any of the {@link Lexicon} bits in {@code mask}. */
    boolean has(int i, int mask) {
        return list.get(i).has(mask);
    }

    /** @param lowerCase a word in lower case */
    /** {@link #isWord} for any index: false outside the text. */
    boolean wordAt(int i, String lowerCase) {
        return i >= 0 && i < list.size() && isWord(i, lowerCase);
    }

    boolean isWord(int i, String lowerCase) {
        Token t = list.get(i);
        return t.type() == TokenType.WORD && t.key().equals(lowerCase);
    }

    boolean startsUpperCase(int i) {
        String l = lexeme(i);
        return !l.isEmpty() && Character.isUpperCase(l.charAt(0));
    }

    Token get(int i) {
        return list.get(i);
    }

    /** All tokens, in order. */
    List<Token> toList() {
        return List.copyOf(list);
    }
}
