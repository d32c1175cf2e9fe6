package io.factline.validation;

import io.factline.facts.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * Binds claims to citation markers. Markers in a row ("[F3][F9]", "[F3], [F9]") form one group. A claim
 * is bound to the group right after it: the first group later in its sentence with no other number claim
 * in between ("0.59x its 30-day average volume [F31]", "a beta of 1.12 against SPY [F214]"). Otherwise
 * it is bound to the markers of its sentence whose facts have a fitting unit ("+2.16% vs +1.05%, a 1.11
 * pp gap [F7][F9]": both percents find F7 and F9). A label word is a claim only when its group, or
 * another marker of its sentence, cites a label fact of its kind; a ratio in words only when its
 * sentence cites two facts it could compare.
 */
final class CitationBinder {

    /**
     * Markers in a row; tokens {@code first}..{@code last}, String indices {@code start}/{@code end};
     * {@code facts} the sheet's fact for each of {@code ids} (null when it has none), looked up once;
     * {@code index} the group's place in the text, 0, 1, 2, ….
     */
    record Group(int first, int last, int start, int end, List<String> ids, List<Fact> facts, int index) {
    }

    /** How a claim found its citation. ADJACENT: the group follows the claim with nothing but spaces between. */
    enum How { ADJACENT, AFTER, SENTENCE, NONE }

    /**
     * The IDs a claim is checked against, their facts (null for an ID the sheet lacks), and where they
     * are written (for a marker problem).
     */
    record Binding(How how, List<String> ids, List<Fact> facts, List<Group> groups) {

        static final Binding NONE = new Binding(How.NONE, List.of(), List.of(), List.of());

        Group groupOf(String id) {
            for (Group g : groups) {
                if (g.ids().contains(id)) return g;
            }
            return groups.isEmpty() ? null : groups.get(0);
        }
    }

    private final Tokens tokens;
    private final TextLayout layout;
    private final PreparedSheet sheet;
    private final String text;
    /** By sentence: its groups in text order; null for a sentence without markers (most have one or none). */
    private final List<Group>[] groupsBySentence;
    private final List<Fact>[] factsBySentence;
    private int groupCount;
    private final List<Problem> markerProblems = new ArrayList<>();
    /** Whether each token is part of a name the text gives. */
    private final boolean[] inName;

    CitationBinder(Text t, PreparedSheet sheet) {
        this.tokens = t.tokens();
        this.layout = t.layout();
        this.sheet = sheet;
        this.text = t.source();
        this.inName = t.inName();
        groupsBySentence = newListArray(layout.sentenceCount());
        factsBySentence = newListArray(layout.sentenceCount());
        group();
    }

    /** One pass over the markers: groups, and the problems of malformed markers and unknown IDs. */
    private void group() {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (tokens.is(i, TokenType.BAD_MARKER)) {
                markerProblems.add(new Problem(tokens.start(i), tokens.end(i), Problem.MALFORMED_MARKER,
                        tokens.lexeme(i) + " is not a citation marker; cite facts as [F12] or [F3, F9]"));
            }
            if (!tokens.is(i, TokenType.MARKER)) continue;
            int last = i;
            List<String> ids = new ArrayList<>(2);
            List<Fact> facts = new ArrayList<>(2);
            resolve(i, ids, facts);
            int k = i + 1;
            while (k < n && (tokens.is(k, TokenType.COMMA) || tokens.is(k, TokenType.MARKER))
                    && layout.sentenceOf(k) == layout.sentenceOf(i)) {
                if (tokens.is(k, TokenType.MARKER)) {
                    resolve(k, ids, facts);
                    last = k;
                }
                k++;
            }
            if (!ids.isEmpty()) {
                int sentence = layout.sentenceOf(i);
                if (groupsBySentence[sentence] == null) groupsBySentence[sentence] = new ArrayList<>(2);
                groupsBySentence[sentence].add(new Group(i, last, tokens.start(i), tokens.end(last),
                        ids, facts, groupCount++));
            }
            i = last;
        }
    }

    /**
     * Adds the marker's IDs and their facts (null for an unknown ID, which stays: its claim says so) to the
     * group's lists, leaving out sources of the sheet ("[S1]" is no fact and no problem).
     */
    private void resolve(int marker, List<String> ids, List<Fact> facts) {
        List<String> written = tokens.ids(marker);
        for (int k = 0; k < written.size(); k++) {
            String id = written.get(k);
            Fact f = sheet.fact(id);
            if (f == null && sheet.isSource(id)) continue;       // sources and facts have distinct IDs
            if (f == null) {
                markerProblems.add(new Problem(tokens.start(marker), tokens.end(marker), Problem.UNKNOWN_FACT,
                        id + " is not in the fact sheet"));
            }
            ids.add(id);
            facts.add(f);
        }
    }

    /** Malformed markers and IDs the sheet does not have, in text order. */
    List<Problem> markerProblems() {
        return markerProblems;
    }

    /** Whether the list holds this very fact: facts of one sheet are distinct objects, and record equality compares every field. */
    static boolean containsSame(List<Fact> facts, Fact f) {
        for (int i = 0; i < facts.size(); i++) {
            if (facts.get(i) == f) return true;
        }
        return false;
    }

    /** How many groups the text has: their {@link Group#index}es are 0 to this, exclusive. */
    int groupCount() {
        return groupCount;
    }

    List<Group> groups(int sentence) {
        List<Group> groups = groupsBySentence[sentence];
        return groups != null ? groups : List.of();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T>[] newListArray(int length) {
        return (List<T>[]) new List<?>[length];
    }

    /** The known facts cited anywhere in the sentence, in order, without repeats. */
    List<Fact> sentenceFacts(int sentence) {
        List<Fact> cached = factsBySentence[sentence];
        if (cached != null) return cached;
        List<Fact> facts = new ArrayList<>();
        for (Group g : groups(sentence)) {
            for (Fact f : g.facts()) {
                if (f != null && !containsSame(facts, f)) facts.add(f);
            }
        }
        factsBySentence[sentence] = facts;
        return facts;
    }

    /**
     * @param reaches where the text's number claims are
     * @return the binding, or null when the word is no claim at all (a label or ratio word without fitting facts)
     */
    Binding bind(Written w, Reaches reaches) {
        int sentence = layout.sentenceOf(w.first());
        List<Group> groups = groups(sentence);
        Group after = null;
        for (Group g : groups) {
            if (g.first() > w.last()) {
                after = g;
                break;
            }
        }
        if (after != null && reaches.makesClaims(w.last() + 1, after.first())) after = null;
        if (w instanceof Figure f) return number(f, after, groups);
        if (w instanceof LabelWord l) return label(l, after, groups, reaches);
        return ratio((RatioWords) w);
    }

    private Binding number(Figure w, Group after, List<Group> groups) {
        if (after != null) return following(w, after);
        return inSentence(groups, f -> !f.isLabel() && w.unit().fits(f), Binding.NONE);
    }

    /**
     * A label word binds, in this order, to: the marker group after it in its clause (unless another label
     * word stands between: "bearish MACD; XLK's trend is a downtrend [F120]" is the downtrend's); the label
     * facts of its kind cited in its clause ("sideways with a bearish MACD [F9][F10]", "The Russell 2000 [F24]
     * and IWM [F48] carry downtrend labels"); a group after it in a later clause; an adjacent group that cites
     * a number ("a sideways pattern [F9]": bound, and not supported). Else it is no claim.
     */
    private Binding label(LabelWord w, Group after, List<Group> groups, Reaches reaches) {
        int clause = layout.clauseOf(w.first());
        boolean afterFree = after != null && !labelWordBetween(w.last() + 1, after.first());
        if (afterFree && citesLabel(after) && layout.clauseOf(after.first()) == clause) return listed(w, after, groups, reaches);
        List<Group> inClause = groups.stream().filter(g -> layout.clauseOf(g.first()) == clause).toList();
        Binding own = inSentence(inClause, f -> sheet.labelFits(w.word(), f), null);
        if (own != null) return own;
        if (afterFree && citesLabel(after)) return following(w, after);
        if (after != null && !citesLabel(after) && after.first() - w.last() <= 3) return following(w, after);
        return null;
    }

    /**
     * "uptrend labels for XLK [F120] and XLC [F180]": the group after a label word and the groups that follow it
     * in a list ("and", commas, a name between each), bound together; the word then says the label of each.
     */
    private Binding listed(LabelWord w, Group after, List<Group> groups, Reaches reaches) {
        List<Group> list = new ArrayList<>(List.of(after));
        int clause = layout.clauseOf(w.first());
        for (Group g : groups) {                                  // across commas too: "bearish for XLV [F83], XLP [F95] and XLF [F131]"
            Group last = list.get(list.size() - 1);
            if (g.first() <= last.last()) continue;
            if (!listGap(last.last() + 1, g.first(), reaches)) break;
            list.add(g);
        }
        if (list.size() == 1) return following(w, after);
        List<String> ids = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (Group g : list) {
            ids.addAll(g.ids());
            facts.addAll(g.facts());
        }
        return new Binding(How.AFTER, ids, facts, list);
    }

    /** Between two groups only a name, "and", "or", "the" and commas, at most four tokens, "and" or a comma among them. */
    private boolean listGap(int from, int to, Reaches reaches) {
        if (to - from > 4 || reaches.makesClaims(from, to)) return false;
        boolean joined = false;
        for (int i = from; i < to; i++) {
            boolean separator = tokens.is(i, TokenType.COMMA) || tokens.isWord(i, "and") || tokens.isWord(i, "or") || tokens.isWord(i, "the");
            if (!separator && !inName[i]) return false;           // ", whereas XLV [F84]": another statement
            joined |= tokens.isWord(i, "and") || tokens.is(i, TokenType.COMMA);
        }
        return joined;
    }

    private Binding following(Written w, Group after) {
        return new Binding(adjacent(w, after) ? How.ADJACENT : How.AFTER, after.ids(), after.facts(), List.of(after));
    }

    /** The known facts of the sentence's groups that {@code fit} the claim, each ID once; {@code none} if there are none. */
    private static Binding inSentence(List<Group> groups, java.util.function.Predicate<Fact> fit, Binding none) {
        List<String> ids = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (Group g : groups) {
            for (int k = 0; k < g.ids().size(); k++) {
                Fact f = g.facts().get(k);
                if (f != null && fit.test(f) && !ids.contains(g.ids().get(k))) {
                    ids.add(g.ids().get(k));
                    facts.add(f);
                }
            }
        }
        return ids.isEmpty() ? none : new Binding(How.SENTENCE, ids, facts, groups);
    }

    private boolean labelWordBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (sheet.isLabelWord(tokens, i)) return true;
        }
        return false;
    }

    private boolean citesLabel(Group g) {
        for (Fact f : g.facts()) {
            if (f != null && f.isLabel()) return true;
        }
        return false;
    }

    private Binding ratio(RatioWords w) {
        List<Fact> facts = sentenceFacts(layout.sentenceOf(w.first()));
        for (Fact a : facts) {
            for (Fact b : facts) {
                if (a != b && !a.isLabel() && !b.isLabel() && a.unit() == b.unit()) {
                    List<String> ids = new ArrayList<>(facts.size());
                    for (Fact f : facts) ids.add(f.id());
                    return new Binding(How.SENTENCE, ids, facts, groups(layout.sentenceOf(w.first())));
                }
            }
        }
        return null;
    }

    /** Only spaces and closing formatting between the claim and the marker: "2.16% [F7]", "**2.16%** [F7]". */
    private boolean adjacent(Written w, Group g) {
        for (int i = w.end(); i < g.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && "*_)\"'’”`".indexOf(c) < 0) return false;
        }
        return true;
    }
}
