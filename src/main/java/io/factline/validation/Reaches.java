package io.factline.validation;

import java.util.List;
import java.util.Set;

/**
 * Where the words about each claim are. A claim's reach is its clause cut at the neighbouring number
 * claims ("IWM +2.16% vs SPY +1.05%": each number reaches only its own part); a phrase that opens the
 * sentence ("Over the past 30 sessions, …", "For XLE, …") or a label before a colon or table pipe
 * ("IWM: +2.16%", "| IWM | +2.16% |") also speaks for the claims after it.
 */
final class Reaches {

    static final Set<String> OPENING_WORDS = Set.of("over", "on", "in", "for", "during", "across", "among",
            "at", "since", "after", "compared", "relative", "versus", "vs", "turning", "looking", "within", "from",
            "through", "with", "today", "meanwhile", "elsewhere", "separately", "overall", "as", "amid", "against",
            "of", "by", "year-to-date", "intraday");

    /**
     * Tokens [from, to) of a claim's reach; {@code previous} the last token of the clause's previous number
     * claim and {@code next} the first token of its next one (-1 when there is none).
     */
    record Reach(int from, int to, int previous, int next) {
    }

    private final Tokens tokens;
    private final TextLayout layout;
    private final boolean[] inWindow;
    /** First and last token of every number claim, ascending. */
    private final int[] numberFirst;
    private final int[] numberLast;
    /**
     * For each token t, and for t = the token count: the index into {@code numberFirst} of the first number
     * claim that starts at or after t. Every claim asks this several times; a table beats a binary search.
     */
    private final int[] numbersFrom;

    Reaches(Text text, List<Written> claims) {
        this.tokens = text.tokens();
        this.layout = text.layout();
        this.inWindow = text.inWindow();
        int count = 0;
        for (Written w : claims) {
            if (w instanceof Figure) count++;
        }
        numberFirst = new int[count];
        numberLast = new int[count];
        int n = 0;
        for (Written w : claims) {
            if (!(w instanceof Figure)) continue;
            numberFirst[n] = w.first();
            numberLast[n++] = w.last();
        }
        numbersFrom = new int[tokens.size() + 1];
        for (int t = 0, k = 0; t < numbersFrom.length; t++) {
            while (k < count && numberFirst[k] < t) k++;
            numbersFrom[t] = k;
        }
    }

    /** The reach of the claim on tokens first..last. */
    Reach of(int first, int last) {
        int clause = layout.clauseOf(first);
        int clauseStart = layout.clauseStart(clause), clauseEnd = layout.clauseEnd(clause);
        int from = clauseStart, to = clauseEnd;
        int at = numbersFrom[first];
        int before = at - 1;
        int after = at < numberFirst.length && numberFirst[at] == first ? at + 1 : at;
        if (before >= 0 && numberLast[before] + 1 > from) from = Math.min(numberLast[before] + 1, first);
        if (after < numberFirst.length && numberFirst[after] < to) to = Math.max(numberFirst[after], last + 1);
        int previous = before >= 0 && numberLast[before] >= clauseStart ? numberLast[before] : -1;
        int next = after < numberFirst.length && numberFirst[after] < clauseEnd ? numberFirst[after] : -1;
        return new Reach(from, to, previous, next);
    }

    /** The number claim that starts last before {@code token}, as {first, last}, or null. */
    int[] numberBefore(int token) {
        int before = numbersFrom[token] - 1;
        return before >= 0 ? new int[] {numberFirst[before], numberLast[before]} : null;
    }

    /** The number claim that starts first after {@code token}, as {first, last}, or null. */
    int[] numberAfter(int token) {
        int after = numbersFrom[token + 1];
        return after < numberFirst.length ? new int[] {numberFirst[after], numberLast[after]} : null;
    }

    /** Whether a number claim starts in tokens [start, end). */
    boolean makesClaims(int start, int end) {
        int next = numbersFrom[start];
        return next < numberFirst.length && numberFirst[next] < end;
    }

    /**
     * The phrase that opens the claim's sentence, as tokens [start, end), or null: the clause right before
     * the claim's when it is a label ("IWM: +2.16%", a table cell), else the sentence's first clause with
     * words when it is adverbial ("Over the past 30 sessions, …", "For XLE, …") or a label. Either must
     * make no number claim of its own.
     */
    int[] opening(int firstToken) {
        int clause = layout.clauseOf(firstToken);
        int sentenceFirst = layout.firstClauseOf(layout.sentenceOf(firstToken));
        if (clause > sentenceFirst) {
            int[] label = phrase(clause - 1, true);
            if (label != null) return label;
        }
        for (int c = sentenceFirst; c < clause; c++) {
            if (firstWord(layout.clauseStart(c), layout.clauseEnd(c)) >= 0) return phrase(c, false);
        }
        return null;
    }

    private int[] phrase(int clause, boolean labelOnly) {
        int start = layout.clauseStart(clause), end = layout.clauseEnd(clause);
        int s = firstWord(start, end);
        if (s < 0 || makesClaims(start, end)) return null;
        int last = end - 1;
        boolean label = tokens.is(last, TokenType.COLON) || tokens.is(last, TokenType.PIPE);
        boolean adverbial = !labelOnly && (tokens.has(s, Lexicon.OPENING) || inWindow[s]);
        return label || adverbial ? new int[] {start, end} : null;
    }

    /** The first word or number in tokens [start, end), or -1. */
    int firstWord(int start, int end) {
        for (int s = start; s < end; s++) {
            if (tokens.is(s, TokenType.WORD) || tokens.is(s, TokenType.NUMBER)) return s;
        }
        return -1;
    }

    /** Tokens from a to b, not counting citation markers. */
    int distance(int a, int b) {
        int d = 0;
        for (int i = a + 1; i < b; i++) {
            if (!tokens.is(i, TokenType.MARKER)) d++;
        }
        return d + 1;
    }
}
