package io.factline.validation;

import java.util.List;

/**
 * A text as the stages see it, read once: its {@code source}, its {@code tokens}, its sentences and clauses
 * ({@code layout}), the names it gives ({@code mentions}, of the sheet's instruments and of what the sheet
 * lacks) and the periods it states ({@code windows}); {@code inName}/{@code inWindow} mark the tokens of each
 * by index. Claims are found in it, bound, read and checked against a sheet; it holds no result.
 */
record Text(String source, Tokens tokens, TextLayout layout, List<Mention> mentions, List<WindowPhrase> windows,
            boolean[] inName, boolean[] inWindow) {

    /** Scans {@code source} and finds its names (from {@code sheet}'s vocabulary), periods, sentences and clauses. */
    static Text read(PreparedSheet sheet, String source) {
        Tokens tokens = new Scanner(source).scan();
        boolean[] inName = new boolean[tokens.size()];
        boolean[] inWindow = new boolean[tokens.size()];
        List<Mention> mentions = sheet.names().find(tokens, inName);
        List<WindowPhrase> windows = WindowPhrases.find(tokens, inName, inWindow, source);
        return new Text(source, tokens, TextLayout.of(tokens), mentions, windows, inName, inWindow);
    }

    /** Whether token {@code i} is part of a name or a window phrase: its digits are no claim. */
    boolean covered(int i) {
        return inName[i] || inWindow[i];
    }

    /** The last name (of an instrument or of something the sheet lacks) ending before token {@code before} and at or after {@code from}. */
    Mention nameBefore(int before, int from) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.first() >= before) break;
            if (m.first() >= from && m.last() < before && (m.isInstrument() || m.isOutside())) found = m;
        }
        return found;
    }

    /** Whether a name of an instrument starts at token {@code i}. */
    boolean isNameStart(int i) {
        return inName[i] && (i == 0 || !inName[i - 1]);
    }

    /** The first name starting in tokens [from, to), or null. */
    Mention nameAfter(int from, int to) {
        for (Mention m : mentions) {
            if (m.first() >= to) break;
            if (m.first() >= from && (m.isInstrument() || m.isOutside())) return m;
        }
        return null;
    }

    /** The names starting in tokens [from, to), in text order. */
    List<Mention> namesIn(int from, int to) {
        List<Mention> found = new java.util.ArrayList<>();
        for (Mention m : mentions) {
            if (m.first() >= to) break;
            if (m.first() >= from && (m.isInstrument() || m.isOutside())) found.add(m);
        }
        return found;
    }

    /**
     * The window of the last period phrase before token {@code i} in its paragraph, for a claim whose sentence
     * states none ("XLY, XLC and XLK were the only sector funds up over the window"); null when there is none.
     */
    io.factline.facts.Window carriedWindow(int i) {
        WindowPhrase last = null;
        for (WindowPhrase w : windows) {
            if (w.last() >= i) break;
            last = w;
        }
        if (last == null || last.window() == null) return null;
        for (int k = last.last() + 1; k < i; k++) {
            if (tokens.is(k, TokenType.PARAGRAPH) || tokens.is(k, TokenType.HEADING) || tokens.is(k, TokenType.LIST_ITEM)) return null;
        }
        return last.window();
    }

    /**
     * The instruments a "both", "the two" or "those three funds" at token {@code at} refers back to: the last
     * {@code n} distinct instruments named before it in its paragraph (list items of one list count as one
     * paragraph: "- XLB: -1.45% [F96], XLRE: -1.73% [F156]\n- Both fell more than one percent"), nearest first
     * found but returned in text order, leaving out names of {@code besides} (the benchmark of a relative move;
     * null for none); empty when fewer than {@code n} are named.
     */
    List<Mention> antecedents(int at, int n, String besides) {
        List<Mention> found = new java.util.ArrayList<>();
        java.util.Set<java.util.Set<String>> seen = new java.util.HashSet<>();
        for (int k = mentions.size() - 1; k >= 0 && found.size() < n; k--) {
            Mention m = mentions.get(k);
            if (m.last() >= at || !m.isInstrument() || m.means(besides)) continue;
            if (brokenBetween(m.last() + 1, at)) break;
            if (seen.add(m.symbols())) found.add(0, m);
        }
        return found.size() == n ? found : List.of();
    }

    /** The first token of token {@code i}'s paragraph (after the last paragraph break or heading before it). */
    int paragraphStartOf(int i) {
        int k = i;
        while (k > 0 && !tokens.is(k - 1, TokenType.PARAGRAPH) && !tokens.is(k - 1, TokenType.HEADING)) k--;
        return k;
    }

    private boolean brokenBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.is(k, TokenType.PARAGRAPH) || tokens.is(k, TokenType.HEADING)) return true;
        }
        return false;
    }

    /** The tokens of token {@code i}'s sentence: [start, end). */
    int sentenceStartOf(int i) {
        return layout.sentenceStart(layout.sentenceOf(i));
    }

    int sentenceEndOf(int i) {
        return layout.sentenceEnd(layout.sentenceOf(i));
    }

    /** The span of tokens first..last of this text. */
    Written.Span span(int first, int last) {
        int start = tokens.start(first), end = tokens.end(last);
        return new Written.Span(first, last, start, end, source.substring(start, end));
    }
}
