package io.factline.validation;

import java.util.HashMap;
import java.util.Map;

/**
 * The classes of the fixed words the passes look for on every token, as bits a word token carries from
 * the scanner on ({@link Token#flags}). One table lookup per word in the scanner replaces a set lookup
 * per word in each pass, and lets every pass skip the ordinary words (most of a text) with a bit test.
 * The word lists themselves stay with the rules that use them; this only indexes them.
 */
final class Lexicon {

    /** A direction word that gives an unsigned number a positive sign ({@link DirectionWords}). */
    static final int UP = 1;
    /** A direction word that gives an unsigned number a negative sign. */
    static final int DOWN = 1 << 1;
    /** A word a window phrase may start with ({@link WindowPhrases}). */
    static final int WINDOW_START = 1 << 2;
    /** A ratio in words: "double", "twice", "triple" ({@link ClaimFinder}). */
    static final int RATIO = 1 << 3;
    /** A value of the label metrics every sheet has: "bullish", "uptrend" ({@link PreparedSheet}). */
    static final int LABEL = 1 << 4;
    /** A scale word after a number: "million", "bn" ({@link ClaimFinder}). */
    static final int SCALE = 1 << 5;
    /** An approximator before a number: "about", "roughly" ({@link ClaimFinder}). */
    static final int APPROXIMATOR = 1 << 6;
    /** A word that may stand between gapped claims: "and", "by", "respectively" ({@link ContextReader}). */
    static final int LIST = 1 << 7;
    /** A word that makes a sentence's first clause an adverbial opening: "over", "for" ({@link Reaches}). */
    static final int OPENING = 1 << 8;

    private static final Map<String, Integer> FLAGS = new HashMap<>();

    static {
        DirectionWords.UP.forEach(w -> mark(w, UP));
        DirectionWords.DOWN.forEach(w -> mark(w, DOWN));
        WindowPhrases.STARTS.forEach(w -> mark(w, WINDOW_START));
        RatioWords.WORDS.forEach(w -> mark(w, RATIO));
        PreparedSheet.DEFAULT_LABELS.values().forEach(words -> words.forEach(w -> mark(w, LABEL)));
        FigureReader.SCALE_WORDS.forEach(w -> mark(w, SCALE));
        FigureReader.APPROXIMATORS.forEach(w -> mark(w, APPROXIMATOR));
        ContextReader.LIST_WORDS.forEach(w -> mark(w, LIST));
        Reaches.OPENING_WORDS.forEach(w -> mark(w, OPENING));
    }

    private Lexicon() {
    }

    private static void mark(String word, int bit) {
        FLAGS.merge(word, bit, (a, b) -> a | b);
    }

    /** @param key a word in lower case; @return its bits, 0 for an ordinary word */
    static int flags(String key) {
        Integer f = FLAGS.get(key);
        return f == null ? 0 : f;
    }
}
