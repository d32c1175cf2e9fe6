package io.factline.validation;

import java.util.Locale;

/**
 * The words of one text, by their characters: a word met again (most words of a commentary are) reuses
 * the lexeme, lower-case key and {@link Lexicon} bits of its first occurrence instead of copying,
 * lower-casing and looking it up again. Shared strings also keep their hash codes, which every later
 * table lookup of the word then skips computing. Open addressing over the text's own characters; when
 * the table is full, words are simply no longer remembered.
 */
final class SeenWords {

    private final char[] chars;
    private final int mask;
    private final int[] starts;
    private final int[] lengths;
    private final String[] lexemes;
    private final String[] keys;
    private final int[] flags;
    private int count;

    SeenWords(char[] chars) {
        this.chars = chars;
        int size = Integer.highestOneBit(Math.max(64, chars.length / 4)) * 2;
        mask = size - 1;
        starts = new int[size];
        lengths = new int[size];
        lexemes = new String[size];
        keys = new String[size];
        flags = new int[size];
    }

    /**
     * The slot of the word chars[start, end): {@link #lexeme} is non-null when it was seen before, else
     * {@link #put} remembers it there; -1 when the table is full.
     */
    int slot(int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + chars[i];
        int length = end - start;
        for (int s = (h ^ (h >>> 16)) & mask; ; s = (s + 1) & mask) {
            if (lexemes[s] == null) return count * 4 < mask * 3 ? s : -1;
            if (lengths[s] == length && same(starts[s], start, length)) return s;
        }
    }

    private boolean same(int a, int b, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[a + i] != chars[b + i]) return false;
        }
        return true;
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

    /** Remembers chars[start, end) as {@code lexeme}; @param upper whether it has an upper-case letter */
    void put(int slot, int start, int end, String lexeme, boolean upper) {
        starts[slot] = start;
        lengths[slot] = end - start;
        lexemes[slot] = lexeme;
        keys[slot] = upper ? lexeme.toLowerCase(Locale.ROOT) : lexeme;
        flags[slot] = Lexicon.flags(keys[slot]);
        count++;
    }
}
