package io.factline.validation;

import io.factline.facts.Fact;
import java.util.ArrayList;
import java.util.List;

/**
 * The citation markers of a text and the ways a claim binds to them. Markers in a row ("[F3][F9]", "[F3],
 * [F9]") form one group; an ID the sheet lacks or a malformed marker is a problem of the text. Each kind of
 * claim says which of its sentence's groups it is checked against ({@link Written#bind}), from the
 * bindings offered here: the group right after it ({@link #after}, {@link #following}) or the facts of its
 * sentence that fit ({@link #inSentence}).
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
    private final Text text;
    /** By sentence: its groups in text order; null for a sentence without markers (most have one or none). */
    private final List<Group>[] groupsBySentence;
    private final List<Fact>[] factsBySentence;
    private int groupCount;
    private final List<Problem> markerProblems = new ArrayList<>();

    CitationBinder(Text t, PreparedSheet sheet) {
        this.tokens = t.tokens();
        this.layout = t.layout();
        this.sheet = sheet;
        this.text = t;
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

    /** The known facts cited in the sentences before {@code sentence} in its paragraph, nearest first. */
    List<Fact> earlierInParagraph(int sentence) {
        int start = text.paragraphStartOf(layout.sentenceStart(sentence));
        List<Fact> facts = new ArrayList<>();
        for (int k = sentence - 1; k >= 0 && layout.sentenceStart(k) >= start; k--) {
            for (Fact f : sentenceFacts(k)) {
                if (!containsSame(facts, f)) facts.add(f);
            }
        }
        return facts;
    }

    /**
     * The first marker group after the claim in its sentence, unless another number claim stands between
     * ("0.59x its 30-day average volume [F31]"); null when there is none.
     */
    Group after(Written w, Reaches reaches) {
        for (Group g : groups(layout.sentenceOf(w.first()))) {
            if (g.first() > w.last()) return reaches.makesClaims(w.last() + 1, g.first()) ? null : g;
        }
        return null;
    }

    /** The claim is bound to the group {@code after} it: ADJACENT when only spaces and formatting are between. */
    Binding following(Written w, Group after) {
        return new Binding(adjacent(w, after) ? How.ADJACENT : How.AFTER, after.ids(), after.facts(), List.of(after));
    }

    /** The known facts of the groups that {@code fit} the claim, each ID once; {@code none} if there are none. */
    static Binding inSentence(List<Group> groups, java.util.function.Predicate<Fact> fit, Binding none) {
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

    /** The groups of the claim's sentence, in text order. */
    List<Group> groupsAround(Written w) {
        return groups(layout.sentenceOf(w.first()));
    }

    Text text() {
        return text;
    }

    PreparedSheet sheet() {
        return sheet;
    }

    /** Only spaces and closing formatting between the claim and the marker: "2.16% [F7]", "**2.16%** [F7]". */
    private boolean adjacent(Written w, Group g) {
        for (int i = w.end(); i < g.start(); i++) {
            char c = text.source().charAt(i);
            if (!Character.isWhitespace(c) && "*_)\"'’”`".indexOf(c) < 0) return false;
        }
        return true;
    }
}
