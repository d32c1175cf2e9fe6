package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A ranking in words: "Energy led the sector funds", "utilities were the worst performer", "the
 * second-best", "the biggest decliner", "the highest beta", "the most volatile", "the only sector to fall",
 * "… followed by Technology and Financials". {@code subjects} are the instruments ranked, the first at
 * {@code position} counted from the top ({@code top}) or the bottom, each next one a place further in
 * ("followed by"); {@code only} claims the subject is the one member of the group whose move has
 * {@code sign}; a nonzero {@code sign} otherwise says the move's direction too ("the biggest gainer" rose).
 * The ranking is computed over the group's facts of the measure the sentence states ({@link RankCheck}).
 */
record RankWords(Written.Span span, List<Mention> subjects, boolean top, int position, PeerGroup group, Metric metric,
                 int sign, boolean only) implements Written {

    private static final Set<String> LEAD_VERBS = Set.of("led", "leads", "lead", "leading", "topped", "tops", "headed", "paced");
    private static final Set<String> UP_FIELD = Set.of("gains", "gainers", "advance", "advancers", "advances", "rally",
            "way", "pack", "market", "charge", "board", "field", "leaderboard", "rise", "upside", "winners", "table", "standings",
            "rankings");
    private static final Set<String> DOWN_FIELD = Set.of("declines", "decliners", "losses", "losers", "decline", "retreat",
            "selloff", "sell-off", "slide", "drop", "downside", "laggards", "fall", "slump");
    private static final Set<String> TOP_ADJECTIVES = Set.of("best", "strongest", "top", "biggest", "largest");
    private static final Set<String> BOTTOM_ADJECTIVES = Set.of("worst", "weakest", "bottom");
    private static final Set<String> PERFORMERS = Set.of("performer", "performers", "performing", "gainer", "gainers",
            "decliner", "decliners", "loser", "losers", "laggard", "laggards", "advancer", "advancers", "sector", "fund",
            "showing", "performance", "finisher");
    /** Words after a bare superlative that end its noun phrase: "the second-worst after losing 0.16%", "the worst of any sector fund". */
    private static final Set<String> AFTER_BARE = Set.of("of", "among", "at", "after", "today", "on", "with", "in", "by", "this");
    /** Words before a name that make it the other side of a comparison, not the one ranked. */
    private static final Set<String> COMPARED = Set.of("against", "vs", "versus", "than", "double", "twice", "triple", "times",
            "beating", "outpacing", "outperforming", "trailing", "lagging");
    private static final Set<String> GAP_WORDS = Set.of("beta", "volatility", "of", "at", "'s");
    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth");

    /** The ranking whose key word is token {@code i}, or null; {@code previous} is the last ranking read before it. */
    static RankWords read(Text text, int i, PreparedSheet sheet, RankWords previous) {
        Tokens t = text.tokens();
        String w = t.key(i);
        int from = text.sentenceStartOf(i), to = text.sentenceEndOf(i);
        if (w.equals("lead") && (t.wordAt(i + 1, "to") || i == 0 || !text.inName()[i - 1])) return null;   // "held their lead", "lead to"
        if (LEAD_VERBS.contains(w) && !(w.equals("leading") && t.wordAt(i - 1, "the"))) return lead(text, i, sheet, from, to);
        if (w.equals("followed") && t.wordAt(i + 1, "by") && previous != null && previous.first() >= from && !previous.only()) {
            List<Mention> followers = list(text, i + 2, to);
            if (followers.isEmpty()) return null;
            Mention lastOne = followers.get(followers.size() - 1);
            return new RankWords(text.span(i, lastOne.last()), followers, previous.top(),
                    previous.position() + previous.subjects().size(), previous.group(), previous.metric(), 0, false);
        }
        if (w.equals("only") && t.wordAt(i - 1, "the") && !t.wordAt(i + 1, "other")) return only(text, i, sheet, from, to);
        // "the highest beta", "the lowest volatility", "the most volatile"
        int position = 1, first = i;                              // "second-highest", "third best"
        if (i >= 2 && t.is(i - 1, TokenType.HYPHEN) && ORDINALS.contains(t.key(i - 2))) {
            position = ordinal(t.key(i - 2));
            first = i - 2;
        } else if (i >= 1 && ORDINALS.contains(t.key(i - 1))) {
            position = ordinal(t.key(i - 1));
            first = i - 1;
        }
        int head = i + 1;                                         // "the lowest-beta", "the highest one-year beta"
        while (head < to && (t.is(head, TokenType.HYPHEN) || text.inWindow()[head])) head++;
        if ((w.equals("highest") || w.equals("lowest")) && (t.wordAt(head, "beta") || t.wordAt(head, "volatility"))) {
            Metric m = t.wordAt(head, "beta") ? Metric.BETA : Metric.VOLATILITY;
            return superlative(text, first, head, sheet, w.equals("highest"), position, m, 0, from, to);
        }
        if (w.equals("calmest") || w.equals("steadiest")) {       // "the calmest sector fund": the lowest volatility
            return superlative(text, first, i, sheet, false, position, Metric.VOLATILITY, 0, from, to);
        }
        if ((w.equals("most") || w.equals("least")) && t.wordAt(i + 1, "market") && t.is(i + 2, TokenType.HYPHEN)
                && t.wordAt(i + 3, "sensitive")) {                // "the most market-sensitive": the highest beta
            return superlative(text, first, i + 3, sheet, w.equals("most"), position, Metric.BETA, 0, from, to);
        }
        if ((w.equals("most") || w.equals("least")) && t.wordAt(i + 1, "volatile")) {
            return superlative(text, first, i + 1, sheet, w.equals("most"), position, Metric.VOLATILITY, 0, from, to);
        }
        // "the best performer", "the second-worst", "the biggest decliner", "the top gainer", "the laggard"
        boolean topWord = TOP_ADJECTIVES.contains(w), bottomWord = BOTTOM_ADJECTIVES.contains(w);
        if (w.equals("laggard") && t.wordAt(i - 1, "the")) {
            return superlative(text, i, i, sheet, false, 1, Metric.RETURN, 0, from, to);
        }
        if ((w.equals("highest") || w.equals("lowest")) && bare(text, i, first, sheet)) {   // "1.05% [F112], the highest of the sector funds"
            return superlative(text, first, i, sheet, w.equals("highest"), position, metricBefore(t, first, from), 0, from, to);
        }
        if (!topWord && !bottomWord) return null;
        int k = i + 1;
        if (k < t.size() && t.is(k, TokenType.HYPHEN)) k++;        // "best-performing"
        if ((k >= t.size() || !t.is(k, TokenType.WORD) || !PERFORMERS.contains(t.key(k)))
                && !w.equals("top") && !w.equals("bottom") && !w.equals("biggest") && !w.equals("largest") && bare(text, i, first, sheet)) {
            return superlative(text, first, i, sheet, topWord, position, metricBefore(t, first, from), 0, from, to);   // "the second-worst"
        }
        if (k >= t.size() || !t.is(k, TokenType.WORD) || !PERFORMERS.contains(t.key(k))) return null;
        String noun = t.key(k);
        if ((w.equals("biggest") || w.equals("largest")) && !noun.startsWith("gain") && !noun.startsWith("advanc")
                && !noun.startsWith("declin") && !noun.startsWith("los") && !noun.startsWith("perform")) {
            return null;                                          // "the biggest fund": a size, not a ranking
        }
        int sign = noun.startsWith("gain") || noun.startsWith("advanc") ? 1 : noun.startsWith("declin") || noun.startsWith("los") ? -1 : 0;
        boolean top = sign != 0 ? sign > 0 : topWord;
        if (noun.startsWith("laggard")) top = false;
        return superlative(text, first, k, sheet, top, position, Metric.RETURN, sign, from, to);
    }

    /**
     * A superlative with no noun after it that still ranks: "the second-worst after losing 0.16%", "the
     * weakest of the sector funds", "the worst today" — an ordinal before it or "the", and after it no word or one
     * that ends the phrase ("of"/"among" only before a group). "The best day since", "the worst week" are not.
     */
    private static boolean bare(Text text, int i, int first, PreparedSheet sheet) {
        Tokens t = text.tokens();
        if (first == i && !t.wordAt(i - 1, "the")) return false;
        if (i + 1 >= t.size()) return true;
        if (!t.is(i + 1, TokenType.WORD)) {                       // "the lowest 30-day volatility": a noun phrase follows
            return t.is(i + 1, TokenType.COMMA) || t.is(i + 1, TokenType.SENTENCE_END) || t.is(i + 1, TokenType.SEMICOLON)
                    || t.is(i + 1, TokenType.DASH) || t.is(i + 1, TokenType.CLOSE_PAREN) || t.is(i + 1, TokenType.LINE_BREAK)
                    || t.is(i + 1, TokenType.PARAGRAPH);
        }
        String next = t.key(i + 1);
        if (!AFTER_BARE.contains(next)) return false;
        if (next.equals("of") || next.equals("among")) {
            int g = i + 2;
            if (t.wordAt(g, "any") || t.wordAt(g, "all")) g++;
            return PeerGroup.at(t, g, sheet) != null;
        }
        return true;
    }

    /**
     * The measure a bare superlative ranks by, from the nearest measure word before it in its sentence: "XLK's
     * 30-day volatility is 1.83% [F90], the highest among the funds"; null (the cited facts' metric) when none.
     */
    private static Metric metricBefore(Tokens t, int first, int from) {
        for (int k = first - 1; k >= from; k--) {
            if (!t.is(k, TokenType.WORD)) continue;
            String w = t.key(k);
            if (w.equals("beta")) return Metric.BETA;
            if (w.startsWith("volatil")) return Metric.VOLATILITY;
            if (w.equals("volume")) return Metric.VOLUME_RATIO;
            if (w.equals("return") || w.equals("gain") || w.equals("loss") || w.equals("move")) return Metric.RETURN;
        }
        return null;
    }

    /** "Energy led the sector funds", "gains were led by Energy", "Utilities led declines". */
    private static RankWords lead(Text text, int i, PreparedSheet sheet, int from, int to) {
        Tokens t = text.tokens();
        if (t.wordAt(i + 1, "by")) {                               // "gains were led by Energy"
            List<Mention> subjects = list(text, i + 2, to);
            if (subjects.isEmpty()) return null;
            // only a move of the market is led ("the rally was led by …"); "defensive sectors lagged, led by staples"
            // ranks within a group the text does not list
            int field = 0;
            for (int k = layout(text, i); k < i; k++) {
                if (!t.is(k, TokenType.WORD)) continue;
                if (DOWN_FIELD.contains(t.key(k))) field = -1;
                else if (UP_FIELD.contains(t.key(k)) && !t.isWord(k, "way")) field = 1;
                else if (text.isNameStart(k) || PeerGroup.at(t, k, sheet) != null) return null;
            }
            if (field == 0) return null;
            Mention lastOne = subjects.get(subjects.size() - 1);
            return new RankWords(text.span(i, lastOne.last()), subjects, field > 0, 1,
                    groupAround(text, i, to, subjects.get(0), sheet), Metric.RETURN, 0, false);
        }
        if (i + 1 >= to || t.is(i + 1, TokenType.COMMA) || t.is(i + 1, TokenType.SEMICOLON) || t.is(i + 1, TokenType.DASH)
                || t.is(i + 1, TokenType.SENTENCE_END) || text.inWindow()[i + 1] || t.wordAt(i + 1, "followed") || t.wordAt(i + 1, "with")
                || t.wordAt(i + 1, "at") && t.is(i + 2, TokenType.NUMBER)) {   // "energy leads at 18.10%"
            List<Mention> subjects = subjects(text, i, i, from, i);  // "Materials led, followed by …", "XLY led with a 2.2% gain"
            if (subjects.isEmpty() || !lead(t, i) || !oneGroup(subjects, sheet)) return null;
            return new RankWords(text.span(i, i), subjects, true, 1, groupAround(text, i + 1, to, subjects.get(0), sheet),
                    Metric.RETURN, 0, false);
        }
        int k = i + 1;
        while (k < to && (t.wordAt(k, "the") || t.wordAt(k, "all") || t.wordAt(k, "its") || t.wordAt(k, "other") || t.wordAt(k, "their")
                || text.inWindow()[k] || t.is(k, TokenType.HYPHEN))) {
            k++;                                                  // "lead the 30-session table"
        }
        if (k >= to || !t.is(k, TokenType.WORD)) return null;
        PeerGroup named = PeerGroup.at(t, k, sheet);
        boolean down = DOWN_FIELD.contains(t.key(k));
        if (named == null && !down && !UP_FIELD.contains(t.key(k))) return null;   // "XLK topped SPY": a comparison
        int last = named != null ? named.last() : k;
        List<Mention> subjects = subjects(text, i, last, from, to);   // "leading the way was Energy"
        if (subjects.isEmpty()) return null;                     // "growth led the charge": no instrument named
        PeerGroup group = named != null ? named : groupAround(text, k + 1, to, subjects.get(0), sheet);
        return new RankWords(text.span(i, last), subjects, !down, 1, group, Metric.RETURN, 0, false);
    }

    /**
     * Whether the names are of one peer group: "small caps and energy lead" ranks IWM among the broad funds and
     * XLE among the sector funds, each in its own group, which one ranking cannot say; no claim is read then.
     */
    private static boolean oneGroup(List<Mention> subjects, PreparedSheet sheet) {
        PeerGroup first = PeerGroup.of(subjects.get(0), sheet);
        for (Mention m : subjects) {
            PeerGroup g = PeerGroup.of(m, sheet);
            if (first == null || g == null || !first.symbols().equals(g.symbols())) return false;
        }
        return true;
    }

    /** "led" or "leads" as a verb of its own; not "leading" (an adjective: "a leading indicator"). */
    private static boolean lead(Tokens t, int i) {
        return t.isWord(i, "led") || t.isWord(i, "leads") || t.isWord(i, "topped") || t.isWord(i, "lead") && !t.wordAt(i - 1, "the");
    }

    /** "the only sector to fall", "the only fund in the red", "the only decliner". */
    private static RankWords only(Text text, int i, PreparedSheet sheet, int from, int to) {
        Tokens t = text.tokens();
        PeerGroup named = PeerGroup.at(t, i + 1, sheet);
        int k = named != null ? named.last() + 1 : i + 1;
        int sign = 0, last = -1;
        for (int j = k; j < Math.min(to, k + 5) && sign == 0; j++) {
            if (!t.is(j, TokenType.WORD)) break;
            String w = t.key(j);
            if (w.startsWith("gainer") || w.startsWith("advancer")) sign = 1;
            else if (w.startsWith("decliner") || w.startsWith("loser")) sign = -1;
            else sign = DirectionWords.sign(t, j, text.inWindow());
            last = j;
        }
        if (sign == 0) return null;
        List<Mention> subjects = backSubjects(text, i);
        if (subjects.isEmpty()) subjects = subjects(text, i, last, from, to);
        if (subjects.isEmpty()) return null;
        PeerGroup group = named != null ? named : groupAround(text, last + 1, to, subjects.get(0), sheet);
        return new RankWords(text.span(i, last), subjects, sign > 0, 1, group, Metric.RETURN, sign, true);
    }

    /**
     * The funds of "the two were the only sector funds to rise" / "both were the only gainers": those named before
     * ({@link Text#antecedents}), when "the only" at token {@code only} follows such words and a "were"/"are".
     */
    private static List<Mention> backSubjects(Text text, int only) {
        Tokens t = text.tokens();
        int verb = only - 2;                                     // "<set> were the only"
        if (!(t.wordAt(verb, "were") || t.wordAt(verb, "are"))) return List.of();
        if (t.wordAt(verb - 1, "both")) return text.antecedents(verb - 1, 2, null);
        Integer n = verb >= 1 && t.is(verb - 1, TokenType.WORD) ? NumberWords.integer(t.key(verb - 1)) : null;
        if (n == null || n < 2 || !(t.wordAt(verb - 2, "the") || t.wordAt(verb - 2, "those") || t.wordAt(verb - 2, "these"))) {
            return List.of();
        }
        return text.antecedents(verb - 2, n, null);
    }

    private static RankWords superlative(Text text, int first, int last, PreparedSheet sheet, boolean top, int position,
                                         Metric metric, int sign, int from, int to) {
        PeerGroup named = PeerGroup.at(text.tokens(), last, sheet);    // "the strongest sector fund"
        if (named == null) named = PeerGroup.at(text.tokens(), last + 1, sheet);
        if (named != null) last = Math.max(last, named.last());  // "the best-performing sector"
        List<Mention> subjects = subjects(text, first, last, from, to);
        int end = last;
        if (subjects.isEmpty()) {                                 // "Worst sector fund today? Consumer discretionary, …"
            subjects = answer(text, to);
            if (!subjects.isEmpty()) end = subjects.get(0).last();   // the claim is the question with its answer
        }
        if (subjects.isEmpty()) return null;                     // "the laggards were broad": no one is ranked
        PeerGroup group = named != null ? named : groupAround(text, last + 1, to, subjects.get(0), sheet);
        return new RankWords(text.span(first, end), subjects, top, position, group, metric, sign, false);
    }

    /** The name that starts the sentence after a question ending at token {@code to} (exclusive), or none. */
    private static List<Mention> answer(Text text, int to) {
        Tokens t = text.tokens();
        if (to <= 0 || to >= t.size() || !t.is(to - 1, TokenType.SENTENCE_END) || text.source().charAt(t.start(to - 1)) != '?') {
            return List.of();
        }
        Mention m = text.nameAfter(to, Math.min(t.size(), to + 2));
        return m == null || !m.isInstrument() ? List.of() : List.of(m);
    }

    /**
     * The instruments a ranking word ranks: the name or list of names right before it in its sentence
     * ("Utilities and materials led"), else the one or list after it ("the best performer was XLE").
     */
    private static List<Mention> subjects(Text text, int first, int last, int from, int to) {
        Mention before = text.nameBefore(first, from);
        while (before != null && before.first() > from && text.tokens().is(before.first() - 1, TokenType.WORD)
                && COMPARED.contains(text.tokens().key(before.first() - 1))) {
            before = text.nameBefore(before.first() - 1, from);  // "XLK's beta against SPY is 1.63 [F206], the highest"
        }
        if (before != null) {
            List<Mention> names = new ArrayList<>(List.of(before));
            Mention m = before;
            while (true) {
                int k = m.first() - 1;
                while (k >= from && (text.tokens().is(k, TokenType.MARKER) || text.tokens().is(k, TokenType.CLOSE_PAREN)
                        || text.tokens().is(k, TokenType.OPEN_PAREN) || text.tokens().is(k, TokenType.NUMBER)
                        || text.tokens().is(k, TokenType.PERCENT))) {
                    k--;
                }
                if (k < from || !(text.tokens().is(k, TokenType.COMMA) || text.tokens().wordAt(k, "and"))) break;
                if (k - 1 >= from && text.inWindow()[k - 1]) break;   // "Over the past 30 sessions, utilities were the best"
                // "Defensive and energy funds led": a member the text does not name, so the set is unknown; a comma
                // after another word ends the list ("If you want calm, materials has been the least volatile")
                if (k - 1 >= from && text.tokens().is(k - 1, TokenType.WORD) && !text.inName()[k - 1]) {
                    if (text.tokens().is(k, TokenType.COMMA)) break;
                    return List.of();
                }
                if (text.tokens().wordAt(k, "and") && k - 1 >= from && text.tokens().is(k - 1, TokenType.COMMA)) k--;
                Mention previous = text.nameBefore(k, from);
                if (previous == null || previous.last() < k - 1 && !listGap(text.tokens(), previous.last() + 1, k)) break;
                if (previous.first() > from && text.tokens().is(previous.first() - 1, TokenType.WORD)
                        && COMPARED.contains(text.tokens().key(previous.first() - 1))) {
                    break;                                        // "… 2 times SPY's 0.76% [F28], and XLK's beta … the highest"
                }
                names.add(0, previous);
                m = previous;
            }
            return names;
        }
        return list(text, nextName(text, last + 1, to), to);
    }

    /** Tokens [from, to) hold only a parenthesised figure and its marker: "Financials (1.44% [F124]) and …". */
    private static boolean listGap(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.is(k, TokenType.WORD) && GAP_WORDS.contains(t.key(k))) continue;   // "XLP's beta of 0.20 [F200] and …"
            if (!(t.is(k, TokenType.MARKER) || t.is(k, TokenType.OPEN_PAREN) || t.is(k, TokenType.CLOSE_PAREN)
                    || t.is(k, TokenType.NUMBER) || t.is(k, TokenType.PERCENT))) {
                return false;
            }
        }
        return true;
    }

    /** The first token of the first name after {@code from} within a few words, or {@code to}. */
    private static int nextName(Text text, int from, int to) {
        Mention m = text.nameAfter(from, Math.min(to, from + 4));
        return m == null ? to : m.first();
    }

    /** A group named later in the sentence ("… among the sector funds", "of the eleven sectors"), else the subject's. */
    private static PeerGroup groupAround(Text text, int from, int to, Mention subject, PreparedSheet sheet) {
        Tokens t = text.tokens();
        for (int k = from; k < to - 1; k++) {
            if (t.wordAt(k, "among") || t.wordAt(k, "of") || t.wordAt(k, "across") || t.wordAt(k, "in")) {
                int g = k + 1;
                if (g < to && (t.wordAt(g, "all") || t.is(g, TokenType.NUMBER) || NumberWords.integer(t.key(g)) != null)) g++;
                if (t.wordAt(g, "the")) g++;
                if (g < to && (t.is(g, TokenType.NUMBER) || NumberWords.integer(t.key(g)) != null)) g++;
                PeerGroup p = PeerGroup.at(t, g, sheet);
                if (p != null) return p;
            }
        }
        return PeerGroup.of(subject, sheet);
    }

    /** The names of a list starting at {@code from}: "Technology and Financials", "XLK, XLF and XLI". */
    private static List<Mention> list(Text text, int from, int to) {
        List<Mention> names = new ArrayList<>();
        Tokens t = text.tokens();
        int k = from;
        while (k < to) {
            if (t.wordAt(k, "the")) k++;
            Mention m = text.nameAfter(k, Math.min(to, k + 1));
            if (m == null) break;
            names.add(m);
            k = m.last() + 1;
            while (k < to && (t.is(k, TokenType.MARKER) || t.is(k, TokenType.OPEN_PAREN) || t.is(k, TokenType.CLOSE_PAREN)
                    || t.is(k, TokenType.NUMBER) || t.is(k, TokenType.PERCENT))) {
                k++;                                              // "followed by XLK (+1.2% [F3])"
            }
            if (k < to && (t.is(k, TokenType.COMMA) || t.wordAt(k, "and") || t.wordAt(k, "then"))) {
                k++;
                if (t.wordAt(k, "and") || t.wordAt(k, "then")) k++;
            } else {
                break;
            }
        }
        return names;
    }

    /** The first token of token {@code i}'s clause. */
    private static int layout(Text text, int i) {
        return text.layout().clauseStart(text.layout().clauseOf(i));
    }

    private static int ordinal(String w) {
        return switch (w) {
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            default -> 5;
        };
    }


    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        return CitationBinder.Binding.NONE;
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        return new RankCheck(v.sheet().sheet()).check(this, PeerGroup.Measure.of(measured(sentence), ctx, sentence, first()));
    }

    /** The metric the words state, else (a bare "the highest", a list label) the one the sentence's cited facts share, else return. */
    private Metric measured(DerivedClaims.Sentence sentence) {
        if (metric != null) return metric;
        Metric cited = null;
        for (Fact f : sentence.facts()) {
            if (cited != null && cited != f.metric()) return Metric.RETURN;
            cited = f.metric();
        }
        return cited == null ? Metric.RETURN : cited;
    }
}
