package io.factline.validation;

import java.util.Locale;

/**
 * The words of one text, by their characters: a word met again (most words of a commentary are) reuses
 * the lexeme, lower-case key and {@link Lexicon} bits of its first occurrence instead of copying,
 * lower-casing and looking it up again. Shared strings also keep their hash codes, which every later
 * table lookup of the word then skips computing. Open addressing over the text's own characters, kept
 * at most three quarters full; it starts small (a commentary has a few hundred distinct words) and
 * doubles as needed.
 */
final class SeenWords {

    private static final int INITIAL_SIZE = 256;

    private final char[] chars;
    private int mask = INITIAL_SIZE - 1;
    private int[] hashes = new int[INITIAL_SIZE];
    private int[] starts = new int[INITIAL_SIZE];
    private int[] lengths = new int[INITIAL_SIZE];
    private String[] lexemes = new String[INITIAL_SIZE];
    private String[] keys = new String[INITIAL_SIZE];
    private int[] flags = new int[INITIAL_SIZE];
    private int[] ids = new int[INITIAL_SIZE];
    private int count;

    SeenWords(char[] chars) {
        this.chars = chars;
    }

    /**
     * The slot of the word chars[start, end) whose {@link String#hashCode} is {@code hash}: {@link #lexeme}
     * is non-null when it was seen before, else {@link #put} remembers it there. A slot is valid until
     * the next {@link #put}.
     */
    int slot(int start, int end, int hash) {
        if (count * 4 >= mask * 3) grow();
        int length = end - start;
        for (int s = spread(hash) & mask; ; s = (s + 1) & mask) {
            if (lexemes[s] == null) {
                hashes[s] = hash;
                return s;
            }
            if (hashes[s] == hash && lengths[s] == length && same(starts[s], start, length)) return s;
        }
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    private boolean same(int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[a + i] != chars[b + i]) return false;
        }
        return true;
    }

    private void grow() {
        int[] oldHashes = hashes, oldStarts = starts, oldLengths = lengths, oldFlags = flags, oldIds = ids;
        String[] oldLexemes = lexemes, oldKeys = keys;
        int size = oldHashes.length * 2;
        mask = size - 1;
        hashes = new int[size];
        starts = new int[size];
        lengths = new int[size];
        lexemes = new String[size];
        keys = new String[size];
        flags = new int[size];
        ids = new int[size];
        for (int o = 0; o < oldHashes.length; o++) {
            if (oldLexemes[o] == null) continue;
            int s = spread(oldHashes[o]) & mask;
            while (lexemes[s] != null) s = (s + 1) & mask;
            hashes[s] = oldHashes[o];
            starts[s] = oldStarts[o];
            lengths[s] = oldLengths[o];
            lexemes[s] = oldLexemes[o];
            keys[s] = oldKeys[o];
            flags[s] = oldFlags[o];
            ids[s] = oldIds[o];
        }
    }

    String lexeme(int slot) {
        return lexemes[slot];
    }

    String key(int slot) {
        return keys[slot];
    }

    int flags(int slot) {
        return flags[slot];
    }

    /** The word's number: distinct words are numbered 0, 1, 2, … in the order they first appear. */
    int id(int slot) {
        return ids[slot];
    }

    /** How many distinct words there are: their {@link #id}s run from 0 to this, exclusive. */
    int count() {
        return count;
    }

    /** Remembers chars[start, end) as {@code lexeme}; @param upper whether it has an upper-case letter */
    void put(int slot, int start, int end, String lexeme, boolean upper) {
        starts[slot] = start;
        lengths[slot] = end - start;
        lexemes[slot] = lexeme;
        keys[slot] = upper ? lexeme.toLowerCase(Locale.ROOT) : lexeme;
        flags[slot] = Lexicon.flags(keys[slot]);
        ids[slot] = count++;
    }
}
