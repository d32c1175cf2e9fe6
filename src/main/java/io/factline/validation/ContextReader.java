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
    /** Direction sign of every token (0 for none), read once. */
    private final int[] directionAt;
    /** First token of every window phrase, ascending. */
    private final int[] windowFirst;

    ContextReader(List<Token> tokens, TextLayout layout, List<Mention> mentions, List<WindowPhrase> windows,
                  boolean[] inWindow, List<Written> claims) {
        this.tokens = tokens;
        this.layout = layout;
        this.mentions = mentions;
        this.windows = windows;
        this.inWindow = inWindow;
        int count = 0;
        for (Written w : claims) {
            if (w.isNumber()) count++;
        }
        numberFirst = new int[count];
        numberLast = new int[count];
        int n = 0;
        for (Written w : claims) {
            if (!w.isNumber()) continue;
            numberFirst[n] = w.first();
            numberLast[n++] = w.last();
        }
        windowFirst = new int[windows.size()];
        for (int i = 0; i < windowFirst.length; i++) windowFirst[i] = windows.get(i).first();
        directionAt = new int[tokens.size()];
        mentionAt = new int[tokens.size()];
        java.util.Arrays.fill(mentionAt, -1);
        for (int m = 0; m < mentions.size(); m++) {
            if (!mentions.get(m).isInstrument()) continue;
            for (int k = mentions.get(m).first(); k <= mentions.get(m).last(); k++) mentionAt[k] = m;
        }
        for (int i = 0; i < directionAt.length; i++) {
            if (mentionAt[i] < 0) directionAt[i] = DirectionWords.sign(tokens, i, inWindow);
        }
    }

    /**
     * A name between this claim and the next belongs to the nearer of the two ("+2.16% vs SPY +1.05%":
     * SPY is the second number's); a possessive name always to the next ("versus IWM's 1.05").
     */
    ClaimContext read(Written w) {
        int clause = layout.clauseOf(w.first());
        int[] reachRange = reach(w.first(), w.last());
        int from = reachRange[0], to = reachRange[1], previous = reachRange[2], next = reachRange[3];
        List<Mention> reach = mentionsIn(from, to, w.last(), next);
        Mention primary = primary(reach, w.first(), w.last());
        WindowPhrase window = nearestWindow(layout.clauseStart(clause), layout.clauseEnd(clause), w, previous, next);
        if (reach.isEmpty()) {
            Mention inherited = previous >= 0 ? coordinated(from, w.first()) : inherited(clause);
            if (inherited != null) {
                reach = List.of(inherited);
                primary = inherited;
            }
        }
        int[] opening = opening(w, clause);
        if (opening != null) {
            if (reach.isEmpty()) {
                reach = mentionsIn(opening[0], opening[1], Integer.MAX_VALUE, -1);
                primary = reach.isEmpty() ? null : reach.get(0);
            }
            if (window == null) window = nearestWindow(opening[0], opening[1], w, -1, -1);
        }
        int[] strict = direction(w, from, to, true);
        int[] across = direction(w, from, to, false);
        return new ClaimContext(primary, appositive(primary), reach, strict[0], word(strict[1]), across[0], word(across[1]),
                across[1], window);
    }

    /**
     * The reach of the claim on tokens first..last: its clause cut at the neighbouring number claims.
     *
     * @return {from, to (exclusive), last token of the previous number claim in the clause or -1, first token
     *     of the next one or -1}
     */
    private int[] reach(int first, int last) {
        int clause = layout.clauseOf(first);
        int clauseStart = layout.clauseStart(clause), clauseEnd = layout.clauseEnd(clause);
        int from = clauseStart, to = clauseEnd;
        int k = java.util.Arrays.binarySearch(numberFirst, first);
        int before = k >= 0 ? k - 1 : -k - 2;
        int after = k >= 0 ? k + 1 : -k - 1;
        if (before >= 0 && numberLast[before] + 1 > from) from = Math.min(numberLast[before] + 1, first);
        if (after < numberFirst.length && numberFirst[after] < to) to = Math.max(numberFirst[after], last + 1);
        int previous = before >= 0 && numberLast[before] >= clauseStart ? numberLast[before] : -1;
        int next = after < numberFirst.length && numberFirst[after] < clauseEnd ? numberFirst[after] : -1;
        return new int[] {from, to, previous, next};
    }

    /** "Utilities (XLU)": the mention in parentheses right after {@code m}, or null. */
    private Mention appositive(Mention m) {
        if (m == null) return null;
        int open = m.last() + 1;
        if (open + 1 >= tokens.size() || !tokens.get(open).is(TokenType.OPEN_PAREN)) return null;
        int inside = mentionAt[open + 1];
        if (inside < 0) return null;
        Mention a = mentions.get(inside);
        return a.last() + 1 < tokens.size() && tokens.get(a.last() + 1).is(TokenType.CLOSE_PAREN) ? a : null;
    }

    /** The instrument named for the number claim on tokens first..last within its own reach, or null. */
    private Mention directPrimary(int first, int last) {
        int[] r = reach(first, last);
        return primary(mentionsIn(r[0], r[1], last, r[3]), first, last);
    }

    /**
     * The instrument a clause without a name of its own is about, when its form says so. A participle
     * ("Healthcare lagged, sliding 2.12%", "XLE, up 0.54%,", "…gave up 1.80%, trailing the large caps by
     * 0.34 pp") takes the first name of the clause right before it if that clause makes no claim, else
     * the instrument of the sentence's previous number claim, else the sentence's first name. A relative
     * clause ("SPY trailed IWM, which rose 2.16%") takes the last name before it.
     */
    private Mention inherited(int clause) {
        int start = layout.clauseStart(clause);
        int s = firstWord(start, layout.clauseEnd(clause));
        if (s < 0 || !tokens.get(s).is(TokenType.WORD)) return null;
        String first = tokens.get(s).key();
        boolean relative = first.equals("which") || first.equals("who") || first.equals("that");
        boolean participle = (first.endsWith("ing") && first.length() > 5) || first.equals("up") || first.equals("down");
        if (!relative && !participle) return null;
        int sentence = layout.sentenceOf(start);
        int sentenceStart = layout.sentenceStart(sentence);
        if (participle) {
            if (clause > layout.firstClauseOf(sentence)) {
                int ps = layout.clauseStart(clause - 1), pe = layout.clauseEnd(clause - 1);
                if (!makesClaims(ps, pe)) {
                    List<Mention> named = mentionsIn(ps, pe, Integer.MAX_VALUE, -1);
                    if (!named.isEmpty()) return named.get(0);
                }
            }
            int k = java.util.Arrays.binarySearch(numberFirst, start);
            int before = k >= 0 ? k - 1 : -k - 2;
            if (before >= 0 && numberFirst[before] >= sentenceStart) {
                Mention p = directPrimary(numberFirst[before], numberLast[before]);
                if (p != null) return p;
            }
        }
        Mention found = null;
        for (int i = sentenceStart; i < start; i++) {
            int m = mentionAt[i];
            if (m < 0) continue;
            found = mentions.get(m);
            if (participle) return found;
        }
        return found;
    }

    /**
     * "IWM closed at 247.45 and rose 2.16%": a number whose reach starts with "and", "but" or "then" after
     * another claim of its clause shares that claim's instrument. Not after "vs", "than", "while": those
     * introduce a different subject the text may not name.
     */
    private Mention coordinated(int from, int first) {
        int s = firstWord(from, first);
        if (s < 0 || !(tokens.get(s).isWord("and") || tokens.get(s).isWord("but") || tokens.get(s).isWord("then"))) return null;
        int k = java.util.Arrays.binarySearch(numberFirst, first);
        int before = (k >= 0 ? k : -k - 1) - 1;
        return before >= 0 ? directPrimary(numberFirst[before], numberLast[before]) : null;
    }

    /** Whether a number claim starts in tokens [start, end). */
    private boolean makesClaims(int start, int end) {
        int k = java.util.Arrays.binarySearch(numberFirst, start);
        int next = k >= 0 ? k : -k - 1;
        return next < numberFirst.length && numberFirst[next] < end;
    }

    private String word(int token) {
        return token < 0 ? null : tokens.get(token).lexeme();
    }

    /**
     * Instrument mentions in [from, to); a name after {@code claimLast} that is nearer to the next claim
     * (first token {@code next}) than to this one, or possessive, is left to the next claim.
     */
    private List<Mention> mentionsIn(int from, int to, int claimLast, int next) {
        List<Mention> found = new ArrayList<>(2);
        int last = -1;
        for (int i = from; i < to; i++) {
            int m = mentionAt[i];
            if (m >= 0 && m != last) {
                last = m;
                Mention mention = mentions.get(m);
                if (next >= 0 && mention.first() > claimLast
                        && (mention.possessive() || distance(claimLast, mention.first()) >= distance(mention.last(), next))) {
                    continue;
                }
                found.add(mention);
            }
        }
        return found;
    }

    /** A possessive right before the number ("IWM's 2.16%"), else the first name before it, else after it. */
    private static Mention primary(List<Mention> reach, int first, int last) {
        Mention firstBefore = null, possessive = null, firstAfter = null;
        for (Mention m : reach) {
            if (m.last() < first) {
                if (firstBefore == null) firstBefore = m;
                if (m.possessive() && first - m.last() <= 3) possessive = m;
            } else if (m.first() > last && firstAfter == null) {
                firstAfter = m;
            }
        }
        return possessive != null ? possessive : firstBefore != null ? firstBefore : firstAfter;
    }

    /**
     * The strong window phrase nearest to the claim in [from, to), else the nearest weak one. A phrase
     * between this claim and a neighbouring one belongs to the nearer of the two, and an adjective phrase
     * ("a 30-day average of 5.91 billion") to the claim after it.
     *
     * @param previous last token of the previous number claim in the clause, or -1
     * @param next first token of the next number claim in the clause, or -1
     */
    private WindowPhrase nearestWindow(int from, int to, Written w, int previous, int next) {
        WindowPhrase strong = null, weak = null;
        int strongDistance = Integer.MAX_VALUE, weakDistance = Integer.MAX_VALUE;
        int k = java.util.Arrays.binarySearch(windowFirst, from);
        for (int j = Math.max(0, (k >= 0 ? k : -k - 1) - 1); j < windowFirst.length && windowFirst[j] < to; j++) {
            WindowPhrase p = windows.get(j);
            if (p.last() < from) continue;
            int d;
            if (p.last() < w.first()) {
                d = distance(p.last(), w.first());
                if (previous >= 0 && p.first() > previous && !adjective(p) && distance(previous, p.first()) <= d) continue;
                if (previous >= 0 && p.last() < previous) continue;
            } else {
                d = distance(w.last(), p.first());
                if (next >= 0 && p.last() < next && (adjective(p) || distance(p.last(), next) < d)) continue;
                if (next >= 0 && p.first() > next) continue;
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

    /** Tokens from a to b, not counting citation markers. */
    private int distance(int a, int b) {
        int d = 0;
        for (int i = a + 1; i < b; i++) {
            if (!tokens.get(i).is(TokenType.MARKER)) d++;
        }
        return d + 1;
    }

    /** "30-day average", "30-day volatility": a hyphenated span qualifying the noun after it. */
    private boolean adjective(WindowPhrase p) {
        if (p.first() == p.last() || !tokens.get(p.first() + 1).is(TokenType.HYPHEN)) return false;
        return p.last() + 1 < tokens.size() && tokens.get(p.last() + 1).is(TokenType.WORD);
    }

    /**
     * The phrase that opens the claim's sentence, as [start, end), or null: the clause right before the
     * claim's when it is a label ("IWM: +2.16%", a table cell "| IWM | +2.16% |"), else the sentence's
     * first clause with words when it is adverbial ("Over the past 30 sessions, …", "For XLE, …") or a
     * label. Either must make no number claim of its own.
     */
    private int[] opening(Written w, int clause) {
        int sentenceFirst = layout.firstClauseOf(layout.sentenceOf(w.first()));
        if (clause > sentenceFirst) {
            int[] label = phrase(clause - 1, true);
            if (label != null) return label;
        }
        for (int c = sentenceFirst; c < clause; c++) {
            int s = firstWord(layout.clauseStart(c), layout.clauseEnd(c));
            if (s < 0) continue;
            return phrase(c, false);
        }
        return null;
    }

    private int[] phrase(int clause, boolean labelOnly) {
        int start = layout.clauseStart(clause), end = layout.clauseEnd(clause);
        int s = firstWord(start, end);
        if (s < 0) return null;
        if (makesClaims(start, end)) return null;
        Token last = tokens.get(end - 1);
        boolean label = last.is(TokenType.COLON) || last.is(TokenType.PIPE);
        boolean adverbial = !labelOnly && (OPENING_WORDS.contains(tokens.get(s).key()) || inWindow[s]);
        return label || adverbial ? new int[] {start, end} : null;
    }

    private int firstWord(int start, int end) {
        for (int s = start; s < end; s++) {
            if (tokens.get(s).is(TokenType.WORD) || tokens.get(s).is(TokenType.NUMBER)) return s;
        }
        return -1;
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
            int s = directionAt[i];
            if (s != 0) return new int[] {s, i};
        }
        for (int i = w.last() + 1; i < to; i++) {
            if (stopAtNames && mentionAt[i] >= 0) break;
            int s = directionAt[i];
            if (s != 0) return new int[] {s, i};
        }
        return new int[] {0, -1};
    }
}
