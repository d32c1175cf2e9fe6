package io.factline.validation;

import java.util.List;

/**
 * Which window phrase speaks for a claim: the strong phrase nearest to it in its clause, else the
 * nearest weak one ("daily"), else the one of the phrase that opens its sentence. A phrase between
 * this claim and a neighbouring one belongs to the nearer of the two, and an adjective phrase ("a
 * 30-day average of 5.91 billion") to the claim after it.
 */
final class WindowResolver {

    private final Tokens tokens;
    private final TextLayout layout;
    private final Reaches reaches;
    private final List<WindowPhrase> windows;
    /** First token of every window phrase, ascending. */
    private final int[] windowFirst;
    /** For each token t (and t = the token count): the index of the first phrase whose last token is at or after t. */
    private final int[] windowsFrom;

    WindowResolver(Tokens tokens, TextLayout layout, Reaches reaches, List<WindowPhrase> windows) {
        this.tokens = tokens;
        this.layout = layout;
        this.reaches = reaches;
        this.windows = windows;
        windowFirst = new int[windows.size()];
        for (int i = 0; i < windowFirst.length; i++) windowFirst[i] = windows.get(i).first();
        windowsFrom = new int[tokens.size() + 1];
        for (int t = 0, k = 0; t < windowsFrom.length; t++) {
            while (k < windowFirst.length && windows.get(k).last() < t) k++;
            windowsFrom[t] = k;
        }
    }

    /** @return the phrase, or null when none speaks for the claim */
    WindowPhrase resolve(Written w, Reaches.Reach r) {
        int clause = layout.clauseOf(w.first());
        WindowPhrase p = nearest(layout.clauseStart(clause), layout.clauseEnd(clause), w, r.previous(), r.next());
        if (p != null) return p;
        // "Over the past 30 sessions the leadership is the mirror image of Tuesday's: energy tops …": a period
        // that opens the sentence ("Over the past 30 sessions", not a weekday's "Monday's rally") speaks for it
        int[] opening = reaches.opening(w.first());                 // only a clause without a phrase asks
        WindowPhrase first = opening == null || windowsFrom[opening[0]] >= windowFirst.length ? null : windows.get(windowsFrom[opening[0]]);
        if (first != null && leadIn(opening[0], first.first()) && !first.weak() && !adjective(first) && first.day() == null
                && first.last() < opening[1]) {
            return first;
        }
        // "XLE has fallen 8.62% over the past 30 sessions, the worst of any sector fund": a ranking or count in a
        // clause without a phrase takes the nearest period phrase before it in its sentence ("30-day average" and
        // other adjectives qualify their own noun), then the sentence's opening one
        if (w instanceof RankWords || w instanceof CountWords) {
            p = lastBefore(layout.sentenceStart(layout.sentenceOf(w.first())), layout.clauseStart(clause));
            if (p != null) return p;
        }
        if (opening == null) return null;
        return nearest(opening[0], opening[1], w, -1, -1);
    }

    /**
     * @param previous last token of the previous number claim in the clause, or -1
     * @param next first token of the next number claim in the clause, or -1
     */
    private WindowPhrase nearest(int from, int to, Written w, int previous, int next) {
        WindowPhrase strong = null, weak = null;
        int strongDistance = Integer.MAX_VALUE, weakDistance = Integer.MAX_VALUE;
        for (int j = windowsFrom[from]; j < windowFirst.length && windowFirst[j] < to; j++) {
            WindowPhrase p = windows.get(j);
            if (p.last() < from) continue;
            int d;
            if (p.last() < w.first()) {
                d = reaches.distance(p.last(), w.first());
                if (previous >= 0 && p.last() < previous) continue;
                if (previous >= 0 && p.first() > previous && !adjective(p) && reaches.distance(previous, p.first()) <= d) continue;
                // "… behind SPY on the day and 8.4 pp better over 30 sessions": the phrase before "and" is the previous claim's
                if (previous >= 0 && p.first() > previous && conjunctionBetween(p.last(), w.first())) continue;
                // "volume of 1.44x [F115] its 30-day average accompanied a 0.80% gain": the previous figure's own words
                if (previous >= 0 && p.first() > previous && closesPrevious(previous, p.first())) continue;
            } else {
                d = reaches.distance(w.last(), p.first());
                // "XLU's beta of 0.50 [F215] is notable given its 30-day gain": an adjective well after the figure is another noun's
                if (adjective(p) && d > 2) continue;
                if (next >= 0 && p.first() > next) continue;
                if (next >= 0 && p.last() < next && (adjective(p) || reaches.distance(p.last(), next) < d)) continue;
            }
            if (!p.weak() && d < strongDistance) {
                strong = p;
                strongDistance = d;
            } else if (p.weak() && d < weakDistance) {
                weak = p;
                weakDistance = d;
            }
        }
        return strong != null ? strong : weak;
    }

    private static final java.util.Set<String> LEAD_IN = java.util.Set.of("over", "in", "during", "for", "across", "the",
            "past", "last", "prior", "previous", "trailing", "latest");

    /** Only the words that lead into a period ("Over the past") in tokens [from, to). */
    private boolean leadIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (!tokens.is(k, TokenType.WORD) || !LEAD_IN.contains(tokens.key(k))) return false;
        }
        return true;
    }

    /** The last strong phrase within tokens [from, to), or null. */
    private WindowPhrase lastBefore(int from, int to) {
        WindowPhrase last = null;
        for (int j = windowsFrom[from]; j < windowFirst.length && windows.get(j).last() < to; j++) {
            if (windowFirst[j] >= from && !windows.get(j).weak() && !adjective(windows.get(j))) last = windows.get(j);
        }
        return last;
    }

    /** Only markers and "its"/"the"/"a" between the previous figure and the phrase: the phrase ends that figure. */
    private boolean closesPrevious(int previous, int phraseFirst) {
        for (int i = previous + 1; i < phraseFirst; i++) {
            if (tokens.is(i, TokenType.MARKER) || tokens.isWord(i, "its") || tokens.isWord(i, "the") || tokens.isWord(i, "a")) continue;
            return false;
        }
        return true;
    }

    private boolean conjunctionBetween(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (tokens.isWord(i, "and") || tokens.isWord(i, "but") || tokens.isWord(i, "while") || tokens.isWord(i, "as")
                    || tokens.isWord(i, "after") || tokens.isWord(i, "when")) {
                return true;
            }
        }
        return false;
    }

    /** "30-day average", "30-day volatility": a hyphenated span qualifying the noun after it. */
    private boolean adjective(WindowPhrase p) {
        if (p.first() == p.last() || !tokens.is(p.first() + 1, TokenType.HYPHEN)) return false;
        return p.last() + 1 < tokens.size() && tokens.is(p.last() + 1, TokenType.WORD);
    }
}
