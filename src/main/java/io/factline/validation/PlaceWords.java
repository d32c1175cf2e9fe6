package io.factline.validation;

import io.factline.facts.Metric;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rankings by place, read into {@link RankWords}: an ordinal place in prose ("health care came in second",
 * "with utilities in second place at 0.78%", "XLK first, +13.81%", "with materials second at 1.30%") and a
 * list item whose label ranks its name ("- Best: XLE +1.14%", "- Second: industrials", "- Highest beta among
 * sector funds: XLK", "- 30-session leader: XLK"). A place continues the ranking before it in its paragraph
 * (its end, group and measure: "Utilities were the worst …, with health care second" counts from the bottom);
 * with none, it counts from the top among the subject's group by the measure its figures have.
 */
final class PlaceWords {

    private static final Map<String, Integer> PLACES = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5);
    /** Words after an ordinal that make it a place, not "the second half" or "a third straight session". */
    private static final Set<String> AFTER_PLACE = Set.of("place", "spot", "position", "at", "with", "behind", "after",
            "on", "today", "among", "overall", "best", "in");
    /** Words before an ordinal that make it a place: "came in second", "finished second", "was second". */
    private static final Set<String> BEFORE_PLACE = Set.of("in", "came", "finished", "ranked", "placed", "was", "were", "is",
            "are", "sat", "stood", "ran", "took");
    private static final Set<String> TOP_LABELS = Set.of("best", "top", "strongest", "leader", "leaders", "highest",
            "heaviest", "most", "biggest", "largest", "winner", "winners");
    private static final Set<String> BOTTOM_LABELS = Set.of("worst", "bottom", "weakest", "laggard", "laggards", "lowest",
            "lightest", "least", "loser", "losers", "smallest");

    private static final Set<String> PLURALS = Set.of("leaders", "laggards", "winners", "losers", "gainers", "decliners",
            "advancers");

    private PlaceWords() {
    }

    /** The ranking by place whose key word is token {@code i}, or null; {@code previous} is the last ranking read. */
    static RankWords read(Text text, int i, PreparedSheet sheet, RankWords previous) {
        Tokens t = text.tokens();
        if (i > 0 && t.is(i - 1, TokenType.LIST_ITEM)) {
            RankWords label = label(text, i, sheet, previous);
            if (label != null) return label;
        }
        Integer place = PLACES.get(t.key(i));
        if (place == null || i + 1 < t.size() && t.is(i + 1, TokenType.HYPHEN)) return null;   // "second-best": RankWords
        boolean after = i + 1 >= t.size() || !t.is(i + 1, TokenType.WORD) || AFTER_PLACE.contains(t.key(i + 1));
        if (t.wordAt(i + 1, "in") && !t.wordAt(i + 2, "the")) after = false;                  // "third in a row"
        if (!after) return null;
        int from = text.sentenceStartOf(i);
        Mention subject = text.nameBefore(i, from);
        if (subject == null) return null;
        // the name must be the place's: "XLK first", "health care came in second", "with utilities in second place"
        for (int k = subject.last() + 1; k < i; k++) {
            if (t.is(k, TokenType.MARKER) || t.is(k, TokenType.NUMBER) || t.is(k, TokenType.PERCENT)) continue;
            if (!t.is(k, TokenType.WORD) || !(BEFORE_PLACE.contains(t.key(k)) || t.wordAt(k, "right") || t.wordAt(k, "close") || t.wordAt(k, "behind")
                    || t.wordAt(k, "just") || t.wordAt(k, "a"))) {
                return null;
            }
        }
        if (subject.last() == i - 1 && !cites(t, from, text.sentenceEndOf(i))) return null;   // "Real estate first, utilities second": by what?
        int last = t.wordAt(i + 1, "place") || t.wordAt(i + 1, "spot") || t.wordAt(i + 1, "position") ? i + 1 : i;
        return continued(text, subject, i, last, place, sheet, previous);
    }

    /** "- Best: XLE +1.14% [F48]": a label of ranking words, a colon, then the name it ranks. */
    private static RankWords label(Text text, int i, PreparedSheet sheet, RankWords previous) {
        Tokens t = text.tokens();
        int colon = -1;
        for (int k = i; k < Math.min(t.size(), i + 8); k++) {
            if (t.is(k, TokenType.COLON)) {
                colon = k;
                break;
            }
            if (text.inName()[k] || t.is(k, TokenType.MARKER) || t.is(k, TokenType.SENTENCE_END) || t.is(k, TokenType.LIST_ITEM)
                    || t.is(k, TokenType.LINE_BREAK) || t.is(k, TokenType.PARAGRAPH)) {
                return null;
            }
        }
        if (colon < 0) return null;
        Boolean top = null;
        int place = 1;
        Metric metric = null;
        boolean plural = false, next = false;
        for (int k = i; k < colon; k++) {
            String w = t.key(k);
            if (PLURALS.contains(w)) plural = true;
            if (TOP_LABELS.contains(w)) top = top == null ? Boolean.TRUE : top;
            else if (BOTTOM_LABELS.contains(w)) top = Boolean.FALSE;
            else if (PLACES.containsKey(w)) place = PLACES.get(w);
            else if (w.equals("runner") && t.wordAt(k + 2, "up")) place = 2;          // "- Runner-up: XLRE"
            if (w.equals("next")) next = true;
            if (w.equals("beta")) metric = Metric.BETA;
            else if (w.startsWith("volatil")) metric = Metric.VOLATILITY;
            else if (w.equals("volume")) metric = Metric.VOLUME_RATIO;
            else if (w.equals("gainer") || w.equals("winner") || w.equals("leader")) top = Boolean.TRUE;
        }
        if (top == null && place == 1) return null;
        if (plural) return null;                                  // "- Laggards: XLB, XLF": some of the decliners, in no order
        Mention subject = text.nameAfter(colon + 1, Math.min(t.size(), colon + 3));
        if (subject == null) return null;
        PeerGroup named = null;
        for (int k = i; k < colon && named == null; k++) named = PeerGroup.at(t, k, sheet);
        if (next && previous != null && sameParagraph(t, previous.last(), i) && top != null && previous.top() == top) {
            place = previous.position() + previous.subjects().size();   // "- Lowest beta: XLP … - Next lowest: XLU"
        }
        RankWords label = new RankWords(text.span(i, colon - 1), List.of(subject), top == null || top, place,
                named != null ? named : PeerGroup.of(subject, sheet), metric, 0, false);
        if (top == null) return continued(text, subject, i, colon - 1, place, sheet, previous);   // "- Second: industrials"
        return label;
    }

    /** A place in the ranking before it in the paragraph, or from the top among the subject's group. */
    private static RankWords continued(Text text, Mention subject, int first, int last, int place, PreparedSheet sheet,
                                       RankWords previous) {
        if (previous != null && sameParagraph(text.tokens(), previous.last(), first) && !previous.only()) {
            return new RankWords(text.span(first, last), List.of(subject), previous.top(), place, previous.group(),
                    previous.metric(), 0, false);
        }
        return new RankWords(text.span(first, last), List.of(subject), true, place, PeerGroup.of(subject, sheet), null, 0, false);
    }

    private static boolean cites(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, TokenType.MARKER)) return true;
        }
        return false;
    }

    private static boolean sameParagraph(Tokens t, int from, int to) {
        for (int k = Math.max(0, from); k < to; k++) {
            if (t.is(k, TokenType.PARAGRAPH) || t.is(k, TokenType.HEADING)) return false;
        }
        return from < to;
    }
}
