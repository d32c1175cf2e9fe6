package io.factline.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@link ClaimContext} of each claim from its reach: its clause, cut at the neighbouring
 * number claims ("IWM +2.16% vs SPY +1.05%": each number reaches only its own name), falling back to a
 * phrase that opens the sentence ("Over the past 30 sessions, …", "For XLE, …", a "Label:" before a
 * colon) for the instrument and the window when the reach has none.
 */
final class ContextReader {

    private static final Set<String> OPENING_WORDS = Set.of("over", "on", "in", "for", "during", "across", "among",
            "at", "since", "after", "compared", "relative", "versus", "vs", "turning", "looking", "within", "from",
            "through", "with", "today", "meanwhile", "elsewhere", "separately", "overall", "as", "amid", "against",
            "of", "by", "year-to-date", "intraday");

    private final List<Token> tokens;
    private final TextLayout layout;
    private final List<Mention> mentions;
    private final List<WindowPhrase> windows;
    private final boolean[] inWindow;
    /** First token of every number claim, ascending: the cut points of reaches. */
    private final int[] numberFirst;
    private final int[] numberLast;
    private final int[] mentionAt;

    ContextReader(List<Token> tokens, TextLayout layout, List<Mention> mentions, List<WindowPhrase> windows,
                  boolean[] inWindow, List<Written> claims) {
        this.tokens = tokens;
        this.layout = layout;
        this.mentions = mentions;
        this.windows = windows;
        this.inWindow = inWindow;
        List<Written> numbers = claims.stream().filter(Written::isNumber).toList();
        numberFirst = numbers.stream().mapToInt(Written::first).toArray();
        numberLast = numbers.stream().mapToInt(Written::last).toArray();
        mentionAt = new int[tokens.size()];
        java.util.Arrays.fill(mentionAt, -1);
        for (int m = 0; m < mentions.size(); m++) {
            if (!mentions.get(m).isInstrument()) continue;
            for (int k = mentions.get(m).first(); k <= mentions.get(m).last(); k++) mentionAt[k] = m;
        }
    }

    ClaimContext read(Written w) {
        int clause = layout.clauseOf(w.first());
        int from = layout.clauseStart(clause), to = layout.clauseEnd(clause);
        int k = java.util.Arrays.binarySearch(numberFirst, w.first());
        int before = k >= 0 ? k - 1 : -k - 2;
        int after = k >= 0 ? k + 1 : -k - 1;
        if (before >= 0 && numberLast[before] + 1 > from) from = Math.min(numberLast[before] + 1, w.first());
        if (after < numberFirst.length && numberFirst[after] < to) to = Math.max(numberFirst[after], w.last() + 1);

        List<Mention> reach = mentionsIn(from, to);
        Mention primary = primary(reach, w);
        WindowPhrase window = nearestWindow(from, to, w);
        int[] opening = opening(w, clause);
        if (opening != null) {
            if (reach.isEmpty()) {
                reach = mentionsIn(opening[0], opening[1]);
                primary = reach.isEmpty() ? null : reach.get(0);
            }
            if (window == null) window = nearestWindow(opening[0], opening[1], w);
        }
        int[] strict = direction(w, from, to, true);
        int[] across = direction(w, from, to, false);
        return new ClaimContext(primary, reach, strict[0], word(strict[1]), across[0], word(across[1]), window);
    }

    private String word(int token) {
        return token < 0 ? null : tokens.get(token).lexeme();
    }

    private List<Mention> mentionsIn(int from, int to) {
        List<Mention> found = new ArrayList<>(2);
        int last = -1;
        for (int i = from; i < to; i++) {
            int m = mentionAt[i];
            if (m >= 0 && m != last) {
                found.add(mentions.get(m));
                last = m;
            }
        }
        return found;
    }

    /** A possessive right before the number ("IWM's 2.16%"), else the first name before it, else after it. */
    private static Mention primary(List<Mention> reach, Written w) {
        Mention firstBefore = null, possessive = null, firstAfter = null;
        for (Mention m : reach) {
            if (m.last() < w.first()) {
                if (firstBefore == null) firstBefore = m;
                if (m.possessive() && w.first() - m.last() <= 3) possessive = m;
            } else if (m.first() > w.last() && firstAfter == null) {
                firstAfter = m;
            }
        }
        return possessive != null ? possessive : firstBefore != null ? firstBefore : firstAfter;
    }

    /** The strong window phrase nearest to the claim in [from, to), else the nearest weak one. */
    private WindowPhrase nearestWindow(int from, int to, Written w) {
        WindowPhrase strong = null, weak = null;
        int strongDistance = Integer.MAX_VALUE, weakDistance = Integer.MAX_VALUE;
        for (WindowPhrase p : windows) {
            if (p.last() < from || p.first() >= to) continue;
            int d = p.last() < w.first() ? w.first() - p.last() : p.first() - w.last();
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

    /** The sentence's first clause as [start, end) when it is an opening phrase for this claim, else null. */
    private int[] opening(Written w, int clause) {
        int first = layout.firstClauseOf(layout.sentenceOf(w.first()));
        if (first == clause) return null;
        int start = layout.clauseStart(first), end = layout.clauseEnd(first);
        int k = java.util.Arrays.binarySearch(numberFirst, start);
        int next = k >= 0 ? k : -k - 1;
        if (next < numberFirst.length && numberFirst[next] < end) return null;   // it makes claims of its own
        int s = start;
        while (s < end && !tokens.get(s).is(TokenType.WORD) && !tokens.get(s).is(TokenType.NUMBER)) s++;
        if (s >= end) return null;
        Token last = tokens.get(end - 1);
        boolean label = last.is(TokenType.COLON) || last.is(TokenType.PIPE);
        boolean adverbial = OPENING_WORDS.contains(tokens.get(s).key()) || inWindow[s];
        return label || adverbial ? new int[] {start, end} : null;
    }

    /**
     * The direction word governing the claim: the nearest before it in reach, else the nearest after it.
     * With {@code stopAtNames} a word on the far side of an instrument name does not count.
     *
     * @return {sign, token index} or {0, -1}
     */
    private int[] direction(Written w, int from, int to, boolean stopAtNames) {
        for (int i = w.first() - 1; i >= from; i--) {
            if (stopAtNames && mentionAt[i] >= 0) break;
            if (mentionAt[i] >= 0) continue;
            int s = DirectionWords.sign(tokens, i, inWindow);
            if (s != 0) return new int[] {s, i};
        }
        for (int i = w.last() + 1; i < to; i++) {
            if (stopAtNames && mentionAt[i] >= 0) break;
            if (mentionAt[i] >= 0) continue;
            int s = DirectionWords.sign(tokens, i, inWindow);
            if (s != 0) return new int[] {s, i};
        }
        return new int[] {0, -1};
    }
}
