package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import java.util.List;
import java.util.Set;

/**
 * A comparison of two instruments in words, without a figure of its own: "XLK outperformed SPY", "energy
 * lagged the S&P 500 ETF over the past 30 sessions", "utilities held up better than staples", "small caps
 * rose more than large caps", "XLF fell less than XLE". {@code above} says the subject's figure is the
 * higher one; {@code subjectSign} that the subject moved that way too ("rose more than": it rose). A
 * comparison that states its gap ("beat SPY by 1.2 pp") is a figure and checked as one; "more volatile
 * than" compares volatilities. Decided by the sign of the difference of the two facts of one measure.
 * {@code neutral}: the words name no measure ("ahead of", "behind", "better than"), so a sentence that cites
 * the subject only by one other measure compares by that one ("a beta of 1.31 [F194], just ahead of XLK's").
 */
record CompareWords(Written.Span span, Mention subject, Mention object, boolean above, int subjectSign, Metric metric,
                    boolean neutral) implements Written {

    static final Set<String> ABOVE_VERBS = inflected("outperform", "outpace", "beat", "outstrip", "outrun", "outdo", "top");
    private static final Set<String> SHOWINGS = Set.of("showing", "performance", "result", "day", "session", "run");
    static final Set<String> BELOW_VERBS = inflected("underperform", "lag", "trail");

    private static Set<String> inflected(String... verbs) {
        Set<String> all = new java.util.HashSet<>();
        for (String v : verbs) {
            all.add(v);
            all.addAll(Inflections.of(v));
        }
        all.addAll(Set.of("outran", "outdid", "beaten", "beating"));
        return Set.copyOf(all);
    }

    /** The comparison whose key word is token {@code i}, or null. */
    static CompareWords read(Text text, int i) {
        Tokens t = text.tokens();
        String w = t.key(i);
        int from = text.sentenceStartOf(i), to = text.sentenceEndOf(i);
        int objectFrom, last = i, subjectSign = 0;
        boolean above, neutral = false;
        Metric metric = Metric.RETURN;
        if (ABOVE_VERBS.contains(w) || BELOW_VERBS.contains(w)) {
            above = ABOVE_VERBS.contains(w);
            objectFrom = i + 1;
        } else if ((w.equals("ahead") || w.equals("behind")) && t.wordAt(i + 1, "of") != w.equals("behind")) {
            above = w.equals("ahead");                            // "ahead of SPY", "behind SPY"
            neutral = true;
            objectFrom = w.equals("ahead") ? i + 2 : i + 1;
            if (i > 0 && (t.is(i - 1, TokenType.NUMBER) || t.is(i - 1, TokenType.PERCENT) || t.wordAt(i - 1, "points")
                    || t.wordAt(i - 1, "point") || t.wordAt(i - 1, "pp"))) {
                return null;                                      // "1.2 pp ahead of SPY": a figure
            }
        } else if ((w.equals("better") || w.equals("worse")) && t.wordAt(i + 1, "than")) {
            above = w.equals("better");
            neutral = true;
            objectFrom = i + 2;
        } else if ((w.equals("better") || w.equals("worse")) && SHOWINGS.contains(t.key(i + 1)) && t.wordAt(i + 2, "than")) {
            above = w.equals("better");                           // "a better showing than IWM's 0.64% loss"
            objectFrom = i + 3;
        } else if ((w.equals("more") || w.equals("less")) && t.wordAt(i + 1, "than") && i > 0) {
            if (t.wordAt(i + 2, "volatile")) return null;
            int s = DirectionWords.sign(t, i - 1, text.inWindow());
            if (t.wordAt(i - 1, "volatile") && w.equals("more")) {
                above = true;                                     // "more volatile than" is written "volatile" first
                metric = Metric.VOLATILITY;
            } else if (s != 0) {
                subjectSign = s;                                  // "rose more than", "fell less than"
                above = (s > 0) == w.equals("more");
            } else {
                return null;
            }
            objectFrom = i + 2;
        } else {
            return null;
        }
        while (t.wordAt(objectFrom, "the") || t.wordAt(objectFrom, "that")) objectFrom++;
        if (t.wordAt(objectFrom, "of")) objectFrom++;              // "better than that of SPY"
        Mention object = text.nameAfter(objectFrom, Math.min(to, objectFrom + 2));
        if (object == null || object.first() != objectFrom && !t.wordAt(object.first() - 1, "the")) return null;
        last = object.last();
        // a stated gap is a figure: "beat SPY by 1.2 pp"; the object's own figure is not ("ahead of XLF at 5.08%",
        // "beats utilities' 2.82%"): the comparison is still decided
        for (int k = last + 1; k < Math.min(to, last + 4); k++) {
            if (!t.wordAt(k - 1, "by")) {
                if (t.is(k, TokenType.COMMA)) break;
                continue;
            }
            if (t.is(k, TokenType.NUMBER) || t.is(k, TokenType.WORD) && (NumberWords.integer(t.key(k)) != null
                    || NumberWords.fraction(t.key(k)) != null || t.isWord(k, "a") || t.isWord(k, "about")
                    || t.isWord(k, "nearly") || t.isWord(k, "roughly") || t.isWord(k, "more") || t.isWord(k, "less")
                    || t.isWord(k, "over") || t.isWord(k, "almost") || t.isWord(k, "just") || t.isWord(k, "only"))) {
                return null;                                      // "beat SPY by two percentage points"
            }
        }
        if (t.wordAt(i - 1, "not") || t.wordAt(i - 1, "n't") || t.wordAt(i - 2, "failed") && t.wordAt(i - 1, "to")) above = !above;
        int first = metric == Metric.VOLATILITY ? i - 1 : subjectSign != 0 ? i - 1 : i;
        // "69 basis points [F198] ahead of SPY", "XLK rose 1.2% [F3], beating SPY": the figure states the comparison
        int clause = text.layout().clauseStart(text.layout().clauseOf(i));
        for (int k = Math.max(clause, first - 4); k < first; k++) {
            if (t.is(k, TokenType.NUMBER) && !text.covered(k) && gapUnit(t, k + 1)) return null;   // not "the Russell 2000"
        }
        Mention subject = text.nameBefore(first, from);
        if (subject == null) return null;                         // "most other sector funds trailed SPY": no instrument named
        return new CompareWords(text.span(first, last), subject, object, above, subjectSign, metric, neutral);
    }


    /**
     * The one measure, other than a move, by which the sentence cites the subject ("XLY's one-year beta of
     * 1.31 [F194] … just ahead of XLK's 1.26"), or null when it cites it by none, by a move, or by several.
     */
    private PeerGroup.Measure citedMeasure(DerivedClaims.Sentence sentence) {
        PeerGroup.Measure found = null;
        for (Fact f : sentence.facts()) {
            if (subject == null || !subject.means(f.subject()) || f.window() == null) continue;
            if (f.metric() == Metric.RETURN || f.metric() == Metric.RELATIVE_RETURN) return null;
            PeerGroup.Measure m = new PeerGroup.Measure(f.metric(), f.window());
            if (found != null && !found.equals(m)) return null;
            found = m;
        }
        return found;
    }

    /** Whether token {@code k} starts the unit of a gap: "pp", "percentage points", "basis points", "bp", "points". */
    private static boolean gapUnit(Tokens t, int k) {
        return t.wordAt(k, "pp") || t.wordAt(k, "percentage") || t.wordAt(k, "basis") || t.wordAt(k, "bp")
                || t.wordAt(k, "bps") || t.wordAt(k, "points") || t.wordAt(k, "point");
    }

    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        return CitationBinder.Binding.NONE;
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        String says = "says \"" + text() + "\"";
        PeerGroup.Measure cited = neutral && metric == Metric.RETURN && subjectSign == 0 ? citedMeasure(sentence) : null;
        PeerGroup.Measure measure = cited != null ? cited : PeerGroup.Measure.of(metric, ctx, sentence, first());
        if (measure == null) {
            return RankCheck.result(this, List.of(), ClaimStatus.WRONG_WINDOW, says + " for a period the sheet has no facts for");
        }
        if (subject == null) {
            return RankCheck.result(this, List.of(), ClaimStatus.UNRESOLVED, says + ", but cannot tell what is compared with "
                    + RankCheck.names(object) + "; name it");
        }
        if (subject.symbols().equals(object.symbols()) && !subject.isOutside()) return null;   // "SPY … than SPY": no comparison
        Fact a = subject.isOutside() ? null : PeerGroup.factOf(v.sheet().sheet(), subject, measure);
        Fact o = object.isOutside() ? null : PeerGroup.factOf(v.sheet().sheet(), object, measure);
        if (a == null || o == null) {
            Mention missing = a == null ? subject : object;
            return RankCheck.result(this, List.of(), ClaimStatus.UNSUPPORTED, says + ", but the sheet has no "
                    + measure.describe() + " for " + RankCheck.names(missing));
        }
        List<String> ids = List.of(a.id(), o.id());
        String values = "by " + measure.describe() + " " + a.subject() + " is " + a.shown() + " and " + o.subject() + " " + o.shown();
        boolean right = above ? a.number() > o.number() : a.number() < o.number();
        if (!right) return RankCheck.result(this, ids, ClaimStatus.WRONG_COMPARISON, says + ", but " + values);
        if (subjectSign != 0 && Math.signum(a.number()) != subjectSign) {
            return RankCheck.result(this, ids, ClaimStatus.WRONG_SIGN, says + ", but " + values);
        }
        return new ClaimVerifier.Verified(RankCheck.claim(this, ids, ClaimStatus.SUPPORTED, "compared: " + values), List.of(a, o), null);
    }
}
