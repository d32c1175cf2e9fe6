package io.factline.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of figures, as writers gap them: "SPY lost 4.84% [F15] and IWM 6.46% [F26]" (each figure with
 * its own name), "fell 7.28% [F69], 5.58% [F97] and 2.84% [F79]" (one verb for all), and paired lists
 * "Materials, industrials and tech fell 7.28%, 5.58% and 2.84%", "XLF and XLE at 1.36% and 1.41%",
 * where the k-th name goes with the k-th figure. A figure continues the list of the previous number of
 * its sentence when only markers, commas, names, window phrases and "and", "or", "by", "the",
 * "respectively" stand between them.
 */
final class FigureLists {

    /** Hedges and comparators before an item of a list: "… 0.1% [F116] and more than 1.6% [F60]". */
    private static final java.util.Set<String> HEDGES = java.util.Set.of("more", "than", "over", "under", "less",
            "least", "just", "below", "above", "nearly", "almost", "across", "during", "through", "within", "past", "last", "trailing", "between",
            "respectively");

    private final Tokens tokens;
    private final TextLayout layout;
    private final Reaches reaches;
    private final boolean[] inName;
    private final boolean[] inWindow;

    /**
     * @param inName whether each token is part of a name the text gives (of the sheet or outside it)
     * @param inWindow whether each token is part of a window phrase
     */
    FigureLists(Tokens tokens, TextLayout layout, Reaches reaches, boolean[] inName, boolean[] inWindow) {
        this.tokens = tokens;
        this.layout = layout;
        this.reaches = reaches;
        this.inName = inName;
        this.inWindow = inWindow;
    }

    /** The number this one continues in a list, as {first, last}, or null. */
    int[] previous(int first) {
        return previous(first, true);
    }

    /** @param namesAllowed whether a name may stand between the two (a gapped list rather than a paired one) */
    private int[] previous(int first, boolean namesAllowed) {
        int[] before = reaches.numberBefore(first);
        if (before == null || layout.sentenceOf(before[0]) != layout.sentenceOf(first)) return null;
        for (int i = before[1] + 1; i < first; i++) {
            if (tokens.is(i, TokenType.MARKER) || tokens.is(i, TokenType.COMMA) || inWindow[i]) continue;
            if (namesAllowed && (tokens.is(i, TokenType.OPEN_PAREN) || tokens.is(i, TokenType.CLOSE_PAREN))) continue;   // "(XLP)"
            if (namesAllowed && inName[i]) continue;
            // "SPY's 1.05% gain [F14] by 1.11 pp": a gap, not a list; but "… on the day and by 0.42 pp over 30 sessions"
            if (tokens.isWord(i, "by") && !(i > 0 && (tokens.isWord(i - 1, "and") || tokens.isWord(i - 1, "or") || inName[i - 1]))) {
                return null;                                      // "… and XLU by 8.60 pp" continues
            }
            if (tokens.has(i, Lexicon.LIST) || tokens.has(i, Lexicon.APPROXIMATOR) || HEDGES.contains(tokens.key(i))) continue;
            return null;
        }
        return before;
    }

    /**
     * The first token of the name paired with the figure starting at {@code first}, or -1: the figure is
     * the k-th of a list of N ≥ 2 figures with no names between them, and the N names right before the
     * list's first figure form a list of their own ("A, B and C rose 1%, 2% and 3%").
     */
    int pairedName(int first, List<Mention> mentions) {
        List<int[]> figures = chainAround(first);
        if (figures.size() < 2) return -1;
        int k = 0;
        while (figures.get(k)[0] != first) k++;
        List<Mention> names = namesBefore(figures.get(0)[0], mentions);
        if (names.size() != figures.size()) return -1;
        return names.get(k).first();
    }

    /**
     * For a figure of a list of N ≥ 2 closed by "respectively" ("… by 1.44 pp [F138] and 1.19 pp [F139]
     * respectively"): {k, N, first token of the list's first figure}; else null.
     */
    int[] respectively(int first) {
        List<int[]> figures = chainAround(first);
        if (figures.size() < 2) return null;
        int lastFirst = figures.get(figures.size() - 1)[0];
        boolean closed = false;
        for (int i = lastFirst + 1; i < Math.min(tokens.size(), lastFirst + 8) && !closed; i++) {
            if (tokens.is(i, TokenType.NUMBER) || tokens.is(i, TokenType.SENTENCE_END) || tokens.is(i, TokenType.PARAGRAPH)) break;
            closed = tokens.isWord(i, "respectively");
        }
        if (!closed) return null;
        int k = 0;
        while (figures.get(k)[0] != first) k++;
        return new int[] {k, figures.size(), figures.get(0)[0]};
    }

    /** For a figure of a list of N ≥ 2 with no names between its items: {k, N, first token of the list}; else null. */
    int[] position(int first) {
        List<int[]> figures = chainAround(first);
        if (figures.size() < 2) return null;
        int k = 0;
        while (figures.get(k)[0] != first) k++;
        return new int[] {k, figures.size(), figures.get(0)[0]};
    }

    private List<int[]> chainAround(int first) {
        List<int[]> chain = new ArrayList<>();
        int[] at = {first, -1};
        int[] p;
        List<int[]> before = new ArrayList<>();
        int cursor = first;
        while ((p = previous(cursor, false)) != null) {
            before.add(0, p);
            cursor = p[0];
        }
        chain.addAll(before);
        chain.add(at);
        int[] next = reaches.numberAfter(first);
        while (next != null && previous(next[0], false) != null) {
            chain.add(next);
            next = reaches.numberAfter(next[0]);
        }
        return chain;
    }

    /**
     * The list of names closest before token {@code t} in its sentence: the last name before it, and the
     * names before that one separated from it only by commas, "and", "or", "&", "the".
     */
    private List<Mention> namesBefore(int t, List<Mention> mentions) {
        int sentenceStart = layout.sentenceStart(layout.sentenceOf(t));
        int last = -1;
        for (int m = 0; m < mentions.size() && mentions.get(m).last() < t; m++) {
            if (mentions.get(m).first() >= sentenceStart) last = m;
        }
        List<Mention> names = new ArrayList<>();
        if (last < 0) return names;
        Mention later = mentions.get(last);
        names.add(later);
        for (int m = last - 1; m >= 0 && mentions.get(m).first() >= sentenceStart; m--) {
            Mention earlier = mentions.get(m);
            if (!onlySeparators(earlier.last() + 1, later.first())) break;
            if (appositive(earlier, later)) {
                names.set(0, earlier);                            // "Utilities (XLU)": one name
            } else {
                names.add(0, earlier);
            }
            later = earlier;
        }
        return names;
    }

    /** "Utilities (XLU)": {@code b} in parentheses right after {@code a}. */
    private boolean appositive(Mention a, Mention b) {
        return b.first() == a.last() + 2 && tokens.is(a.last() + 1, TokenType.OPEN_PAREN)
                && b.last() + 1 < tokens.size() && tokens.is(b.last() + 1, TokenType.CLOSE_PAREN);
    }

    private boolean onlySeparators(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.is(i, TokenType.COMMA) || tokens.isWord(i, "and") || tokens.isWord(i, "or") || tokens.isWord(i, "the")
                    || tokens.is(i, TokenType.OPEN_PAREN) || tokens.is(i, TokenType.CLOSE_PAREN) || tokens.lexeme(i).equals("&")) {
                continue;
            }
            return false;
        }
        return true;
    }
}
