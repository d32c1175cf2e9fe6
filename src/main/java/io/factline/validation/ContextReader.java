package io.factline.validation;

import java.util.List;
import java.util.Set;

/**
 * Reads the {@link ClaimContext} of each claim: its instrument ({@link SubjectResolver}), its window
 * ({@link WindowResolver}), the direction word that governs it and the words that name its measure
 * ({@link MetricWords}), all within its reach ({@link Reaches}). A number that continues a list of
 * figures ("fell 7.28% [F69], 5.58% [F97] and 2.84% [F79]") shares the list's direction, measure and
 * window when it has none of its own.
 */
final class ContextReader {

    static final Set<String> LIST_WORDS = Set.of("and", "or", "by", "the", "for", "in", "respectively");

    /** A direction word: its sign (+1/-1) and token. */
    private record Direction(int sign, int token) {
        static final Direction NONE = new Direction(0, -1);
    }

    private final Reaches reaches;
    private final TextLayout layout;
    private final SubjectResolver subjects;
    private final WindowResolver windows;
    /** Direction sign of every token (0 for none, and for words inside a name), read once. */
    private final int[] directionAt;
    private final Tokens tokens;

    ContextReader(Tokens tokens, TextLayout layout, Reaches reaches, List<Mention> mentions,
                  List<WindowPhrase> windowPhrases, boolean[] inWindow) {
        this.tokens = tokens;
        this.layout = layout;
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
        Direction strict = direction(w.first(), w.last(), r, true);
        Direction across = direction(w.first(), w.last(), r, false);
        MetricWords.Cue metric = metric(w.first(), w.last(), r);
        int[] list = listPredecessor(w.first());
        if (list != null) {
            Reaches.Reach pr = reaches.of(list[0], list[1]);
            if (strict.sign() == 0 && across.sign() == 0) {
                strict = direction(list[0], list[1], pr, false);
                across = strict;
            }
            if (metric == null) metric = metric(list[0], list[1], pr);
        }
        if (metric == null) {
            int[] opening = reaches.opening(w.first());
            if (opening != null) metric = nearestCue(opening[1], opening[1], opening[0], opening[1]);
        }
        return new ClaimContext(s.primary(), s.appositive(), s.mentions(), strict.sign(), word(strict.token()),
                across.sign(), word(across.token()), across.token(), window, metric);
    }

    /**
     * The direction word governing the claim: the nearest before it in reach, else the nearest after it.
     * With {@code stopAtNames} a word on the far side of an instrument name does not count ("SPY lagged
     * IWM's 2.16% gain": "lagged" is SPY's).
     */
    private Direction direction(int first, int last, Reaches.Reach r, boolean stopAtNames) {
        for (int i = first - 1; i >= r.from(); i--) {
            if (stopAtNames && subjects.isName(i)) break;
            if (directionAt[i] != 0) return new Direction(directionAt[i], i);
        }
        for (int i = last + 1; i < r.to(); i++) {
            if (stopAtNames && subjects.isName(i)) break;
            if (directionAt[i] != 0) return new Direction(directionAt[i], i);
        }
        return Direction.NONE;
    }

    /** The measure the words name: a noun within the claim or its reach, else a direction word there. */
    private MetricWords.Cue metric(int first, int last, Reaches.Reach r) {
        return nearestCue(first, last, r.from(), r.to());
    }

    private MetricWords.Cue nearestCue(int first, int last, int from, int to) {
        MetricWords.Cue weak = null;
        for (int i = first; i <= last && i < to; i++) {           // "26.0x earnings": the claim's own words
            MetricWords.Cue c = cueAt(i);
            if (c != null && c.strong()) return c;
        }
        for (int i = first - 1; i >= from; i--) {
            MetricWords.Cue c = cueAt(i);
            if (c == null) continue;
            if (c.strong()) return head(i, c);
            if (weak == null) weak = c;
        }
        // after the claim, only up to its marker or the next coordinated part: "rose 1.15% [F2] to close at …"
        for (int i = last + 1; i < to && !tokens.is(i, TokenType.MARKER) && !tokens.has(i, Lexicon.LIST); i++) {
            MetricWords.Cue c = cueAt(i);
            if (c == null) continue;
            if (c.strong()) return c;
            if (weak == null) weak = c;
        }
        return weak;
    }

    /** "the volatility of daily returns": the noun before "of" is the head, the one after qualifies it. */
    private MetricWords.Cue head(int i, MetricWords.Cue c) {
        int k = i - 1;
        if (k >= 0 && (tokens.isWord(k, "daily") || tokens.isWord(k, "the"))) k--;
        if (k < 1 || !tokens.isWord(k, "of")) return c;
        MetricWords.Cue head = cueAt(k - 1);
        return head != null && head.strong() ? head : c;
    }

    private MetricWords.Cue cueAt(int i) {
        if (subjects.isName(i)) return null;
        return MetricWords.at(tokens, i, directionAt[i]);
    }

    /**
     * The number this one continues in a list, as {first, last}, or null: "SPY lost 4.84% [F15] and IWM
     * 6.46% [F26]", "fell 7.28% [F69], 5.58% [F97] and 2.84% [F79]", "trailing SPY by 1.44 pp [F138] and
     * 1.19 pp [F139]": between the previous number of the sentence and this one there are only markers,
     * names, commas and "and", "or", "by", "the", "respectively".
     */
    int[] listPredecessor(int first) {
        int[] before = reaches.numberBefore(first);
        if (before == null || layout.sentenceOf(before[0]) != layout.sentenceOf(first)) return null;
        for (int i = before[1] + 1; i < first; i++) {
            if (tokens.is(i, TokenType.MARKER) || tokens.is(i, TokenType.COMMA) || subjects.isName(i)) continue;
            if (tokens.has(i, Lexicon.LIST)) continue;
            return null;
        }
        return before;
    }

    private String word(int token) {
        return token < 0 ? null : tokens.lexeme(token);
    }
}
