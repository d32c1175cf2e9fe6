package io.factline.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a figure whose clause names no one refers back to, the way a reader takes it: a pronoun or "the
 * fund / index / sector", the name of the clause before, a list of figures paired with as many earlier ones,
 * "respectively", the figure before it in the sentence (or, after "against", the other instrument), and the
 * sentence before in the same paragraph or list item. Works for {@link SubjectResolver}, whose resolved
 * subjects it reads.
 */
final class Referents {

    private final SubjectResolver owner;
    private final Tokens tokens;
    private final TextLayout layout;
    private final Reaches reaches;
    private final FigureLists lists;
    private final Comparisons comparisons;
    /** The names of the text, in text order; {@code mentions}/{@code mentionAt}: every mention and its index by token. */
    private final List<Mention> names;
    private final List<Mention> mentions;
    private final int[] mentionAt;
    /** The subject of each claim resolved so far, by its first token. */
    private final java.util.NavigableMap<Integer, Mention> resolved;
    private final Set<String> indexSymbols;
    private final Set<String> sectorSymbols;

    Referents(SubjectResolver owner, Tokens tokens, TextLayout layout, Reaches reaches, FigureLists lists, Comparisons comparisons,
              List<Mention> names, List<Mention> mentions, int[] mentionAt, java.util.NavigableMap<Integer, Mention> resolved,
              Set<String> indexSymbols, Set<String> sectorSymbols) {
        this.owner = owner;
        this.tokens = tokens;
        this.layout = layout;
        this.reaches = reaches;
        this.lists = lists;
        this.comparisons = comparisons;
        this.names = names;
        this.mentions = mentions;
        this.mentionAt = mentionAt;
        this.resolved = resolved;
        this.indexSymbols = indexSymbols;
        this.sectorSymbols = sectorSymbols;
    }

    /**
     * "while SPY traded right at its usual pace, 1.00x [F31]": a clause with no name of its own after a clause
     * that names one and makes no claim takes that name.
     */
    Mention previousClauseName(int first) {
        int sentence = layout.sentenceOf(first);
        int[] before = reaches.numberBefore(first);
        if (before != null && layout.clauseOf(before[0]) == layout.clauseOf(first)) return null;   // the figure before is nearer
        boolean appositionSeen = false;
        for (int c = layout.clauseOf(first) - 1; c >= layout.firstClauseOf(sentence); c--) {
            int ps = layout.clauseStart(c), pe = layout.clauseEnd(c);
            if (reaches.makesClaims(ps, pe)) {
                // "XLP gained 7.22% and XLRE, the real estate fund, rose 7.13%": the name the apposition follows
                return appositionSeen ? nameEnding(ps, pe) : null;
            }
            if (apposition(ps, pe)) {                             // "SPY, the fund many investors use to own the S&P 500, climbed …"
                appositionSeen = true;
                continue;
            }
            List<Mention> named = owner.mentionsIn(ps, pe, Integer.MAX_VALUE, -1, -1);
            if (named.isEmpty()) continue;                        // "utilities, by contrast, gained 0.99%"
            for (Mention m : named) {
                if (m.isInstrument() && !comparisons.isObject(m) && !comparisons.byVerb(m)) return m;
            }
            return null;
        }
        return null;
    }

    /** The instrument named last in tokens [start, end) when it ends the clause (only punctuation after it), or null. */
    private Mention nameEnding(int start, int end) {
        int last = end - 1;
        while (last >= start && !tokens.is(last, TokenType.WORD) && !tokens.is(last, TokenType.NUMBER)) last--;
        if (last < start || mentionAt[last] < 0) return null;
        Mention m = mentions.get(mentionAt[last]);
        return m.isInstrument() ? m : null;
    }

    /** A clause that describes the name before it: "the fund many investors use …", "a sector ETF". */
    private boolean apposition(int start, int end) {
        int s = reaches.firstWord(start, end);
        if (s >= 0 && (tokens.isWord(s, "which") || tokens.isWord(s, "who"))) return true;   // "SPY, which follows the S&P 500, fell"
        if (s < 0 || s + 1 >= end || !(tokens.isWord(s, "the") || tokens.isWord(s, "a") || tokens.isWord(s, "an"))) return false;
        int last = end - 1;
        while (last > s && !tokens.is(last, TokenType.WORD)) last--;
        // "the fund many investors use …", "the small-cap benchmark": a noun phrase about the name before it
        return tokens.is(s + 1, TokenType.WORD) && REFERRING_NOUNS.contains(tokens.key(s + 1)) || REFERRING_NOUNS.contains(tokens.key(last));
    }

    /**
     * "IWM down 0.10% to 231.27. Volume 0.99x average.": a sentence that names nothing continues the last
     * figure of the sentence before it in the same paragraph or list item, unless it points elsewhere
     * ("one of them", "the other fund").
     */
    Mention previousSentenceSubject(int first) {
        int sentence = layout.sentenceOf(first);
        if (sentence == 0) return null;
        int start = layout.sentenceStart(sentence), end = layout.sentenceEnd(sentence);
        for (int i = start; i < end; i++) {
            if (mentionAt[i] >= 0) {                              // "…, ahead of SPY by 0.11 pp": the compared-with is no subject
                Mention m = mentions.get(mentionAt[i]);
                if (!comparisons.isObject(m) && !comparisons.byVerb(m)) return null;
            }
            if (tokens.is(i, TokenType.WORD) && ELSEWHERE.contains(tokens.key(i))) return null;
        }
        int prevStart = layout.sentenceStart(sentence - 1), prevEnd = layout.sentenceEnd(sentence - 1);
        for (int i = prevEnd; i < start; i++) {
            if (tokens.is(i, TokenType.PARAGRAPH) || tokens.is(i, TokenType.LIST_ITEM) || tokens.is(i, TokenType.HEADING)) return null;
        }
        if (tokens.is(start, TokenType.LIST_ITEM) || tokens.is(start, TokenType.HEADING)) return null;
        int[] before = reaches.numberBefore(first);
        if (before == null || before[0] < prevStart) return null;
        return resolved.get(before[0]);
    }

    private static final Set<String> ELSEWHERE = java.util.Set.of("one", "other", "another", "others", "some",
            "several", "each", "both", "either", "neither", "them", "they", "these", "those");

    /**
     * "Health Care slipped 0.39% and Staples 0.14%, trailing SPY by 1.44 pp and 1.19 pp respectively": the
     * k-th figure of a list closed by "respectively" is about the subject of the k-th of as many figures
     * before the list in its sentence.
     */
    Mention respectively(Written w) {
        int[] at = lists.respectively(w.first());
        if (at == null) return null;
        int k = at[0], n = at[1];
        int sentenceStart = layout.sentenceStart(layout.sentenceOf(w.first()));
        List<int[]> earlier = new ArrayList<>();
        int[] before = reaches.numberBefore(at[2]);
        while (before != null && before[0] >= sentenceStart && earlier.size() < n) {
            earlier.add(0, before);
            before = reaches.numberBefore(before[0]);
        }
        if (earlier.size() < n) return null;
        int[] figure = earlier.get(k);
        return owner.direct(figure[0], figure[1]);
    }


    /**
     * "Health care declined 1.36% and staples 1.52%, beating SPY by 1.62 pp and 1.46 pp": a list of N figures
     * that names no one, after N figures of N different subjects in its sentence, pairs with them in order.
     */
    Mention parallel(Written w) {
        int[] at = lists.position(w.first());
        if (at == null) return null;
        int k = at[0], n = at[1];
        int sentenceStart = layout.sentenceStart(layout.sentenceOf(w.first()));
        int[] lastEarlier = reaches.numberBefore(at[2]);
        int since = Math.max(layout.clauseStart(layout.clauseOf(at[2])), lastEarlier == null ? 0 : lastEarlier[1] + 1);
        for (Mention m : names) {                                 // "… (XLC) added 1.19% on 1.29x": the list has its own name
            if (m.first() >= since && m.last() < at[2] && !comparisons.isObject(m) && !comparisons.byVerb(m)) return null;
        }
        List<Mention> earlier = new ArrayList<>();
        int[] before = reaches.numberBefore(at[2]);
        while (before != null && before[0] >= sentenceStart && earlier.size() < n) {
            earlier.add(0, resolved.get(before[0]));
            before = reaches.numberBefore(before[0]);
        }
        if (earlier.size() < n || earlier.contains(null)) return null;
        if (earlier.stream().map(Mention::symbols).distinct().count() < n) return null;
        return earlier.get(k);
    }

    /** The one instrument of the sentence other than {@code m}'s, or null when there is not exactly one. */
    private Mention other(Mention m, int sentence) {
        int start = layout.sentenceStart(sentence), end = layout.sentenceEnd(sentence);
        Mention found = null;
        for (Mention n : names) {
            if (n.first() < start || n.last() >= end || !n.isInstrument() || n.symbols().equals(m.symbols())) continue;
            if (found != null && !found.symbols().equals(n.symbols())) return null;
            found = n;
        }
        return found;
    }



    /**
     * A figure whose clause names nothing continues the one before it: "Financials slid 0.4% Monday and
     * slipped 3.43% over 30 sessions", "closed at $93.51, 9% firmer", "XLB -1.35%, vol 0.77%": the subject
     * of the previous figure of the sentence, or, after a question or a label line ("Materials over the
     * past six weeks? -8.4%"), the one name of the sentence before.
     */
    Mention previousSubject(int first) {
        int sentence = layout.sentenceOf(first);
        int sentenceStart = layout.sentenceStart(sentence);
        int[] before = reaches.numberBefore(first);
        if (before != null && before[0] >= sentenceStart) {
            Mention m = resolved.containsKey(before[0]) ? resolved.get(before[0]) : owner.direct(before[0], before[1]);
            if (m == null) m = previousSubject(before[0]);
            if (m != null && comparisons.contrastBefore(before[1], first)) {
                Mention o = other(m, sentence);                     // "IWM's 2.16% against 1.05% for SPY's"
                if (o != null) return o;
            }
            return m;
        }
        Mention referent = anaphor(first, sentenceStart);          // "SPY's MACD is bearish and its trend sideways"
        if (referent != null) return referent;
        int sentenceEnd = layout.sentenceEnd(sentence);
        for (Mention m : names) {       // "XLE is a wild ride, with a beta of 0.79"; "With a beta of 1.05 against SPY, IWM is …"
            if (m.first() >= sentenceStart && m.last() < sentenceEnd && m.isInstrument() && !comparisons.isObject(m) && !comparisons.byVerb(m)) {
                return m;
            }
        }
        if (sentence == 0) return null;
        int prevStart = layout.sentenceStart(sentence - 1), prevEnd = layout.sentenceEnd(sentence - 1);
        int last = prevEnd - 1;
        while (last > prevStart && tokens.is(last, TokenType.MARKER)) last--;
        boolean asks = tokens.lexeme(last).equals("?") || tokens.is(last, TokenType.COLON);
        if (!asks || reaches.makesClaims(prevStart, prevEnd)) return null;
        List<Mention> named = owner.mentionsIn(prevStart, prevEnd, Integer.MAX_VALUE, -1, -1);
        return named.size() == 1 ? named.get(0) : null;
    }

    /**
     * "It rose 2.16%", "its volatility", "the fund's beta", "They surged 13.43%": a pronoun or a definite
     * "the fund / the index / the ETF / the sector / the group" in the claim's clause refers to the last
     * instrument named before it (not a compared-with), in this sentence or an earlier one.
     */
    Mention anaphor(int first, int from) {
        for (int i = from; i < first; i++) {
            if (!tokens.is(i, TokenType.WORD)) continue;
            String w = tokens.key(i);
            boolean pronoun = PRONOUNS.contains(w);
            boolean definite = i > 0 && (tokens.isWord(i - 1, "the") || tokens.isWord(i - 1, "a") || tokens.isWord(i - 1, "this")
                    || tokens.isWord(i - 1, "that") || tokens.isWord(i - 1, "your")) && REFERRING_NOUNS.contains(w);
            if (!pronoun && !definite) continue;
            boolean index = definite && (w.equals("index") || w.equals("benchmark") || w.equals("gauge"));
            if (pronoun) {
                // "XLE advanced 0.63%, and its volatility …": the subject of the figure before it in the sentence;
                // with none, the sentence's first instrument ("Tech is a big part of the market, and it lost …")
                int[] before = reaches.numberBefore(i);
                int sentenceStart = layout.sentenceStart(layout.sentenceOf(i));
                // the nearest claim before it in the sentence, a figure or a label ("XLC, whose MACD trend is bearish
                // [F179] although it remains in an uptrend")
                var claim = resolved.floorEntry(i - 1);
                Mention subject = claim != null && claim.getKey() >= sentenceStart ? claim.getValue() : firstInSentenceBefore(i);
                if (subject == null && before != null && !namedBetween(before[1], i)) {
                    subject = resolved.get(before[0]);            // "… to 600.47. It was a quiet day"; not "XLP? It gave back"
                }
                if (subject != null) return subject;
            }
            boolean sector = definite && (w.equals("sector") || w.equals("group"));
            Mention any = null;
            for (int k = names.size() - 1; k >= 0; k--) {
                Mention m = names.get(k);
                if (m.last() >= i || comparisons.byVerb(m) || comparisons.isObject(m)) continue;
                if (!index && !sector) return m;
                if (any == null) any = m;
                Set<String> kind = index ? indexSymbols : sectorSymbols;
                if (m.symbols().stream().anyMatch(kind::contains)) return m;   // "the index": the last index named
            }
            return any;
        }
        return null;
    }

    private boolean namedBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (mentionAt[k] >= 0 && mentions.get(mentionAt[k]).isInstrument()) return true;
        }
        return false;
    }

    /** The first instrument named in the sentence of token {@code i}, before it, that is not a compared-with. */
    private Mention firstInSentenceBefore(int i) {
        int start = layout.sentenceStart(layout.sentenceOf(i));
        for (Mention m : names) {
            if (m.first() >= start && m.last() < i && m.isInstrument() && !comparisons.isObject(m) && !comparisons.byVerb(m)) return m;
            if (m.first() >= i) break;
        }
        return null;
    }

    private static final Set<String> PRONOUNS = java.util.Set.of("it", "its", "they", "their", "them", "it's",
            "that's", "that");
    static final Set<String> REFERRING_NOUNS = java.util.Set.of("fund", "index", "etf", "sector",
            "group", "benchmark", "tracker", "gauge");
}
