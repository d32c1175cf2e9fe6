package io.factline.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which instrument a claim is about. In its reach: a possessive right before the number ("IWM's 2.16%"),
 * else the first name before it, else the first after it ("a beta of 1.12 against SPY"); a name between
 * this claim and the next belongs to the nearer one, a possessive one always to the next ("versus IWM's
 * 1.05"). A clause with no name of its own takes one when its form says so (participles, relative
 * clauses, "and rose …"), else the phrase that opens the sentence names it, else nothing does.
 */
final class SubjectResolver {

    /** {@code primary} the instrument the claim is about, {@code appositive} "(XLU)" after it, {@code mentions} all in reach. */
    record Subject(Mention primary, Mention appositive, List<Mention> mentions) {
    }

    private final Tokens tokens;
    private final TextLayout layout;
    private final Reaches reaches;
    private final List<Mention> mentions;
    /** Index into {@code mentions} of the instrument mention covering each token, or -1. */
    private final int[] mentionAt;

    private final FigureLists lists;
    /** The names of the text (of the sheet or outside it), in text order. */
    private final List<Mention> names;
    /** The names that are not the compared-with of a comparison ("ahead of SPY"): candidates for a paired list. */
    private final List<Mention> uncompared;
    /** A ticker as written: "XLU", "^VIX". */
    private static final java.util.regex.Pattern TICKER = java.util.regex.Pattern.compile("\\^?[A-Z]{1,5}");

    /** Words that open a clause continuing the one before: "XLE, down 1.80%", "utilities were flat, off 0.03%". */
    private static final java.util.Set<String> PREDICATIVE = java.util.Set.of("up", "down", "off", "higher", "lower",
            "flat", "unchanged", "still", "now", "last", "a", "an");

    /**
     * The direction verb that takes the figure at {@code first} as its object ("rose 0.49%", "fell nearly
     * 2%", "sharply lower by 1%"), as a token index, or -1.
     */
    private int governingVerb(int first) {
        int k = first - 1;
        while (k >= 0 && (tokens.has(k, Lexicon.APPROXIMATOR) || tokens.is(k, TokenType.WORD) && HEDGE_WORDS.contains(tokens.key(k)))) k--;
        return k >= 0 && tokens.has(k, Lexicon.UP | Lexicon.DOWN) ? k : -1;
    }

    private static final java.util.Set<String> HEDGE_WORDS = java.util.Set.of("by", "more", "than", "less", "just", "over",
            "under", "some", "nearly", "almost", "another", "a", "an");

    /** Whether the number at {@code first} is written in percentage points or basis points. */
    private boolean gapAt(int first) {
        int k = first + 1;
        return tokens.is(first, TokenType.NUMBER) && (tokens.number(first).suffix() == Suffix.PP || tokens.number(first).suffix() == Suffix.BPS
                || k < tokens.size() && (tokens.isWord(k, "pp") || tokens.isWord(k, "percentage") || tokens.isWord(k, "basis")
                || tokens.isWord(k, "bps") || tokens.isWord(k, "bp") || tokens.isWord(k, "points")));
    }

    private static final java.util.Set<String> SMALL_CLAUSE = java.util.Set.of("up", "down", "higher", "lower");

    private final Comparisons comparisons;
    private final Referents referents;

    SubjectResolver(Tokens tokens, TextLayout layout, Reaches reaches, List<Mention> mentions, FigureLists lists,
                    java.util.Set<String> indexSymbols, java.util.Set<String> sectorSymbols) {
        this.lists = lists;
        this.comparisons = new Comparisons(tokens);
        this.names = mentions.stream().filter(m -> m.isInstrument() || m.isOutside()).toList();
        this.uncompared = names.stream().filter(m -> !comparisons.isObject(m) && !comparisons.byVerb(m)).toList();
        this.tokens = tokens;
        this.layout = layout;
        this.reaches = reaches;
        this.mentions = mentions;
        mentionAt = new int[tokens.size()];
        Arrays.fill(mentionAt, -1);
        for (int m = 0; m < mentions.size(); m++) {
            if (!mentions.get(m).isInstrument() && !mentions.get(m).isOutside()) continue;
            for (int k = mentions.get(m).first(); k <= mentions.get(m).last(); k++) mentionAt[k] = m;
        }
        this.referents = new Referents(this, tokens, layout, reaches, lists, comparisons, names, mentions, mentionAt, resolved,
                indexSymbols, sectorSymbols);
    }

    boolean isName(int token) {
        return mentionAt[token] >= 0;
    }

    /** The subject of each claim resolved so far, by its first token: a later figure may continue it. */
    private final java.util.TreeMap<Integer, Mention> resolved = new java.util.TreeMap<>();

    Subject resolve(Written w, Reaches.Reach r) {
        Subject s = subjectOf(w, r);
        if (s.primary() != null) resolved.put(w.first(), s.primary());
        return s;
    }

    private Subject subjectOf(Written w, Reaches.Reach r) {
        if (w instanceof Figure) {
            // "staples and financials beat SPY by 1.24 and 1.02 points": SPY, the compared-with, is not one of the list
            int paired = lists.pairedName(w.first(), uncompared);
            if (paired >= 0) {
                Mention m = mentions.get(mentionAt[paired]);
                return new Subject(m, appositive(m), List.of(m));
            }
            Mention respective = referents.respectively(w);
            if (respective != null) {
                List<Mention> reach = mentionsIn(r.from(), r.to(), w.last(), r.next(), r.previous());
                return new Subject(respective, null, concat(List.of(respective), reach));
            }
            List<Mention> own = mentionsIn(r.from(), r.to(), w.last(), r.next(), r.previous());
            if (own.stream().allMatch(m -> comparisons.isObject(m) || comparisons.byVerb(m))) {
                Mention pairedWithEarlier = referents.parallel(w);   // "… beating SPY by 1.62 pp and 1.46 pp"
                if (pairedWithEarlier != null) return new Subject(pairedWithEarlier, null, concat(List.of(pairedWithEarlier), own));
            }
        }
        List<Mention> reach = mentionsIn(r.from(), r.to(), w.last(), r.next(), r.previous());
        Mention which = ofWhich(w.first());                        // "… technology, discretionary and energy, the first of which has lost 9.52%"
        if (which != null) return new Subject(which, appositive(which), concat(List.of(which), reach));
        Mention whose = whose(w.first());                          // "communication services, whose 3.56% loss was …"
        if (whose != null) return new Subject(whose, appositive(whose), concat(List.of(whose), reach));
        Mention primary = primary(reach, w.first(), w.last());
        if (w instanceof LabelWord) {
            Mention nearest = nearestBefore(w.first());             // "IWM is in an uptrend [F37] and XLK in an uptrend [F110]"
            if (nearest != null) primary = nearest;
        }
        Mention trailing = trailingFor(w, reach);                   // "a 1.46% gain for the S&P 500"
        if (trailing != null) primary = trailing;
        if (reach.isEmpty()) {
            int clause = layout.clauseOf(w.first());
            Mention inherited = r.previous() >= 0 ? coordinated(r.from(), w.first()) : inherited(clause);
            if (inherited != null) {
                reach = List.of(inherited);
                primary = inherited;
            }
        }
        if (primary != null && primary.first() > w.last()) {
            Mention referent = referents.anaphor(w.first(), layout.clauseStart(layout.clauseOf(w.first())));
            if (referent != null) primary = referent;               // "the index's trend is sideways even as SPY's …"
        }
        boolean onlyCompared = !reach.isEmpty() && primary == null;  // "… ahead of SPY": only the compared-with is named
        if (primary == null && w instanceof Figure) {
            Mention pairedWithEarlier = referents.parallel(w);
            if (pairedWithEarlier != null) return new Subject(pairedWithEarlier, null, concat(List.of(pairedWithEarlier), reach));
        }
        int[] opening = reach.isEmpty() || onlyCompared ? reaches.opening(w.first()) : null;
        if (opening != null) {
            // a figure after the opening, nearer in the sentence, speaks first ("Defensive and energy funds trailed: XLP …
            // slipping 0.29% and trailing SPY by 0.93 pp"): the fallbacks below take its subject
            int[] before = reaches.numberBefore(w.first());
            if (before != null && before[0] >= opening[1] && resolved.containsKey(before[0])) opening = null;
        }
        if (opening != null) {
            List<Mention> named = mentionsIn(opening[0], opening[1], Integer.MAX_VALUE, -1, -1);
            if (!named.isEmpty()) {
                primary = named.get(0);
                reach = onlyCompared ? concat(named, reach) : named;
            }
        }
        if (primary == null) {
            Mention referent = referents.anaphor(w.first(), layout.clauseStart(layout.clauseOf(w.first())));
            if (referent == null) referent = referents.previousClauseName(w.first());
            if (referent == null) referent = referents.previousSubject(w.first());
            if (referent == null) referent = referents.previousSentenceSubject(w.first());
            if (referent != null) {
                primary = referent;
                reach = reach.isEmpty() ? List.of(referent) : concat(List.of(referent), reach);
            }
        }
        return new Subject(primary, appositive(primary), reach);
    }

    private static final java.util.Map<String, Integer> PLACES = java.util.Map.of("first", 0, "former", 0, "second", 1,
            "third", 2, "fourth", 3, "last", -1, "latter", -1);

    /**
     * "the first of which", "the last of them", "the latter" opening the figure's clause: that member of the
     * list of names that ends the clauses before it in the sentence ("A, B and C, the first of which …"); null
     * otherwise, or when the list is shorter than the place.
     */
    private Mention ofWhich(int first) {
        int clause = layout.clauseOf(first);
        int k = layout.clauseStart(clause);
        if (k >= first || !tokens.isWord(k, "the") || !tokens.is(k + 1, TokenType.WORD)) return null;
        Integer place = PLACES.get(tokens.key(k + 1));
        if (place == null) return null;
        boolean latter = tokens.isWord(k + 1, "latter") || tokens.isWord(k + 1, "former");
        if (!latter && !(tokens.isWord(k + 2, "of") && (tokens.isWord(k + 3, "which") || tokens.isWord(k + 3, "them")
                || tokens.isWord(k + 3, "these") || tokens.isWord(k + 3, "those")))) {
            return null;
        }
        int sentenceStart = layout.sentenceStart(layout.sentenceOf(first));
        List<Mention> list = new ArrayList<>();
        int end = k - 1;                                           // the comma before "the"
        for (int j = names.size() - 1; j >= 0; j--) {
            Mention m = names.get(j);
            if (m.last() >= k) continue;
            if (m.first() < sentenceStart || !m.isInstrument()) break;
            for (int g = m.last() + 1; g <= end; g++) {             // only commas, "and", "or" between list members
                if (!(tokens.is(g, TokenType.COMMA) || tokens.isWord(g, "and") || tokens.isWord(g, "or"))) return list.isEmpty() ? null : pick(list, place);
            }
            list.add(0, m);
            end = m.first() - 1;
        }
        return list.isEmpty() ? null : pick(list, place);
    }

    private static Mention pick(List<Mention> list, int place) {
        int i = place < 0 ? list.size() - 1 : place;
        return list.size() < 2 || i >= list.size() ? null : list.get(i);
    }

    /** The name right before "whose" that opens the figure at {@code first} ("XLC, whose 3.56% loss"), or null. */
    private Mention whose(int first) {
        int k = first - 1;
        while (k >= 0 && tokens.has(k, Lexicon.APPROXIMATOR)) k--;
        if (k < 1 || !tokens.isWord(k, "whose")) return null;
        k--;
        if (tokens.is(k, TokenType.COMMA)) k--;
        if (k < 0 || mentionAt[k] < 0) return null;
        Mention m = mentions.get(mentionAt[k]);
        return m.isInstrument() ? m : null;
    }

    /** The last name before token {@code first} in its clause that is not a compared-with, or null. */
    private Mention nearestBefore(int first) {
        int start = layout.clauseStart(layout.clauseOf(first));
        for (int k = names.size() - 1; k >= 0; k--) {
            Mention m = names.get(k);
            if (m.last() >= first) continue;
            if (m.first() < start) return null;
            if (!comparisons.isObject(m) && !comparisons.byVerb(m)) return m;
        }
        return null;
    }

    /**
     * "Tech powers a 1.46% [F2] gain for the S&P 500", "a 0.10% dip for the Russell 2000 ETF": a name after
     * the figure and its move noun, introduced by "for", is the figure's own.
     */
    private Mention trailingFor(Written w, List<Mention> reach) {
        int k = w.last() + 1;
        while (k < tokens.size() && tokens.is(k, TokenType.MARKER)) k++;
        if (k < tokens.size() && tokens.is(k, TokenType.WORD) && MOVE_NOUNS.contains(tokens.key(k))) k++;
        while (k < tokens.size() && tokens.is(k, TokenType.MARKER)) k++;
        if (k >= tokens.size() || !(tokens.isWord(k, "for") || tokens.isWord(k, "in"))) return null;
        k++;
        if (k < tokens.size() && tokens.isWord(k, "the")) k++;
        for (Mention m : names) {
            if (m.first() == k) return m;
        }
        return null;
    }

    private static final java.util.Set<String> MOVE_NOUNS = java.util.Set.of("gain", "gains", "loss", "losses", "rise",
            "drop", "decline", "advance", "dip", "move", "jump", "fall", "slide", "rally", "increase", "decrease", "pop");


    private static List<Mention> concat(List<Mention> a, List<Mention> b) {
        List<Mention> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** The instrument named for the number claim on tokens first..last within its own reach, or null. */
    Mention direct(int first, int last) {
        Reaches.Reach r = reaches.of(first, last);
        return primary(mentionsIn(r.from(), r.to(), last, r.next(), r.previous()), first, last);
    }

    private Mention primary(List<Mention> reach, int first, int last) {
        Mention firstBefore = null, possessive = null, firstAfter = null;
        int verb = governingVerb(first);
        for (int i = 0; i < reach.size(); i++) {
            Mention m = reach.get(i);
            // "Technology and energy lift the S&P 500 0.30%", "XLE 0.54%": a name right before the figure is its own
            if (m.last() == first - 1 && !m.possessive()) return m;
            // "Tech slide pulls S&P 500 down 1.16%": a name right before "up/down/higher/lower" and the figure
            if (m.last() == first - 2 && tokens.is(first - 1, TokenType.WORD) && SMALL_CLAUSE.contains(tokens.key(first - 1))) return m;
            // "Energy got support as crude oil rose 0.49%": the name right before the figure's own verb
            if (verb > 0 && m.last() == verb - 1 && !comparisons.isObject(m)) return m;
            // "just ahead of consumer discretionary at 1.18%": a name right before "at" and the figure is its own;
            // not a gap ("a hair ahead of SPY at 0.07 pp": SPY is the compared-with)
            if (m.last() == first - 2 && (tokens.isWord(first - 1, "at") || tokens.isWord(first - 1, "with")) && !gapAt(first)) return m;
        }
        for (Mention m : reach) {
            boolean possessiveRightBefore = m.last() < first && m.possessive() && first - m.last() <= 3;
            boolean rightBefore = m.last() == first - 1;            // "vs SPY +1.05%": SPY's own figure
            if (comparisons.isObject(m) && !possessiveRightBefore && !rightBefore) continue;    // "topped SPY's 1.05%": SPY's own figure
            if (m.last() < first) {
                if (firstBefore == null) firstBefore = m;
                if (m.possessive() && first - m.last() <= 3) possessive = m;
            } else if (m.first() > last && firstAfter == null) {
                firstAfter = m;
            }
        }
        return possessive != null ? possessive : firstBefore != null ? firstBefore : firstAfter;
    }

    /** "0.80% [F16] for the S&P 500": only markers, "for"/"in"/"at" and "the" between the claim and the name. */
    private boolean trails(int claimLast, Mention m) {
        boolean preposition = false;
        for (int i = claimLast + 1; i < m.first(); i++) {
            if (tokens.is(i, TokenType.MARKER) || tokens.isWord(i, "the")) continue;
            if (!preposition && (tokens.isWord(i, "for") || tokens.isWord(i, "in") || tokens.isWord(i, "at") || tokens.isWord(i, "to"))) {
                preposition = true;
                continue;
            }
            return false;
        }
        return preposition;
    }

    /** Whether "as", "while", "but" or "whereas" starts a new statement in tokens (claimLast, mentionFirst). */
    private boolean newStatementBefore(int claimLast, int mentionFirst) {
        for (int i = claimLast + 1; i < mentionFirst; i++) {
            if (tokens.isWord(i, "as") || tokens.isWord(i, "while") || tokens.isWord(i, "but") || tokens.isWord(i, "whereas")) return true;
        }
        return false;
    }

    /** Whether "and", "but" or "while" stands in tokens (claimLast, mentionFirst). */
    private boolean conjunctionBefore(int claimLast, int mentionFirst) {
        for (int i = claimLast + 1; i < mentionFirst; i++) {
            if (tokens.isWord(i, "and") || tokens.isWord(i, "but") || tokens.isWord(i, "while")) return true;
        }
        return false;
    }

    /** Whether "and", "but" or "while" stands between token {@code from} and the claim ending at {@code claimLast}, outside names. */
    private boolean conjunctionAfter(int from, int claimLast) {
        for (int i = from + 1; i < claimLast; i++) {
            if (tokens.is(i, TokenType.NUMBER)) return false;
            if (tokens.isWord(i, "and") || tokens.isWord(i, "but") || tokens.isWord(i, "while")) {
                for (int k = i + 1; k < claimLast; k++) {
                    if (mentionAt[k] >= 0) return false;          // "… and IWM 6.46%": the name after "and" is this claim's
                }
                return true;
            }
        }
        return false;
    }

    /** "Utilities (XLU)": the mention in parentheses right after {@code m}, or null. */
    private Mention appositive(Mention m) {
        if (m == null) return null;
        int open = m.last() + 1;
        if (open + 1 >= tokens.size() || !tokens.is(open, TokenType.OPEN_PAREN) || mentionAt[open + 1] < 0) return null;
        Mention a = mentions.get(mentionAt[open + 1]);
        if (a.last() + 1 >= tokens.size() || !tokens.is(a.last() + 1, TokenType.CLOSE_PAREN)) return null;
        // a ticker in parentheses names the subject ("Utilities (XLC)" must be XLU); a name describes it ("SPY (S&P 500)")
        return a.first() == a.last() && TICKER.matcher(tokens.lexeme(a.first())).matches() ? a : null;
    }

    /**
     * "IWM closed at 247.45 and rose 2.16%": a number whose reach starts with "and", "but" or "then"
     * after another claim of its clause shares that claim's instrument. Not after "vs", "than", "while":
     * those introduce a different subject the text may not name.
     */
    private Mention coordinated(int from, int first) {
        int s = reaches.firstWord(from, first);
        if (s < 0 || !(tokens.isWord(s, "and") || tokens.isWord(s, "but") || tokens.isWord(s, "then"))) return null;
        int[] before = reaches.numberBefore(first);
        if (before == null) return null;
        return resolved.containsKey(before[0]) ? resolved.get(before[0]) : direct(before[0], before[1]);
    }

    /**
     * A participle ("Healthcare lagged, sliding 2.12%", "XLE, up 0.54%,", "…gave up 1.80%, trailing the
     * large caps by 0.34 pp") takes the first name of the clause right before it if that clause makes no
     * claim, else the instrument of the sentence's previous number claim, else the sentence's first
     * name. A relative clause ("SPY trailed IWM, which rose 2.16%") takes the last name before it.
     */
    private Mention inherited(int clause) {
        int start = layout.clauseStart(clause);
        int s = reaches.firstWord(start, layout.clauseEnd(clause));
        if (s < 0 || !tokens.is(s, TokenType.WORD)) return null;
        String first = tokens.key(s);
        boolean relative = first.equals("which") || first.equals("who");   // "that is …" is mostly demonstrative
        boolean participle = (first.endsWith("ing") && first.length() > 5) || PREDICATIVE.contains(first);
        if (!relative && !participle) return null;
        int sentence = layout.sentenceOf(start);
        int sentenceStart = layout.sentenceStart(sentence);
        if (participle) {
            for (int c = clause - 1; c >= layout.firstClauseOf(sentence); c--) {   // "SPY matches, with …, a MACD histogram of"
                int ps = layout.clauseStart(c), pe = layout.clauseEnd(c);
                if (reaches.makesClaims(ps, pe)) break;
                List<Mention> named = mentionsIn(ps, pe, Integer.MAX_VALUE, -1, -1);
                if (!named.isEmpty()) return named.get(0);
            }
            int[] before = reaches.numberBefore(start);
            if (before != null && before[0] >= sentenceStart) {
                Mention p = direct(before[0], before[1]);
                if (p != null) return p;
            }
        }
        Mention found = null;
        for (int i = sentenceStart; i < start; i++) {
            if (mentionAt[i] < 0) continue;
            found = mentions.get(mentionAt[i]);
            if (participle) return found;
        }
        return found;
    }

    /**
     * Instrument mentions in [from, to). A name after {@code claimLast} is the next claim's (first token
     * {@code next}) when it is nearer to it or possessive, unless it trails this claim with "for"/"in"/"at"
     * ("0.80% for SPY [F16] and 1.26% for IWM"); a name trailing the previous claim that way (last token
     * {@code previous}) is the previous claim's.
     */
    List<Mention> mentionsIn(int from, int to, int claimLast, int next, int previous) {
        List<Mention> found = new ArrayList<>();
        int last = -1;
        for (int i = from; i < to; i++) {
            int m = mentionAt[i];
            if (m < 0 || m == last) continue;
            last = m;
            Mention mention = mentions.get(m);
            if (next >= 0 && mention.first() > claimLast && conjunctionBefore(claimLast, mention.first())) continue;   // "… and XLP 0.27"
            if (mention.first() > claimLast && newStatementBefore(claimLast, mention.first())) continue;   // "… to 4,995.06 as technology leads"
            if (next >= 0 && mention.first() > claimLast && !trails(claimLast, mention)
                    && (mention.possessive() || reaches.distance(claimLast, mention.first()) >= reaches.distance(mention.last(), next))) {
                continue;
            }
            boolean ownAt = mention.last() + 2 <= claimLast && tokens.isWord(mention.last() + 1, "at")
                    && !reaches.makesClaims(mention.last() + 1, mention.last() + 2);
            if (previous >= 0 && mention.first() > previous && mention.last() < claimLast && trails(previous, mention) && !ownAt) continue;
            // "… 0.11 pp behind SPY on the day and 8.4 pp better": a name before "and" is the previous claim's
            if (previous >= 0 && mention.first() > previous && mention.last() < claimLast && conjunctionAfter(mention.last(), claimLast)) {
                continue;
            }
            found.add(mention);
        }
        return List.copyOf(found);
    }
}
