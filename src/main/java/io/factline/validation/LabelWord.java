package io.factline.validation;

import io.factline.facts.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A label value a marker may cite: "bearish", "uptrend"; {@code word} in lower case. It is a claim only when
 * a marker after it in its clause cites a label fact (or, adjacent, any fact: then it fails as a wrong
 * unit), and is supported when the cited fact is about the instrument named and its label is the word.
 * Cited for label facts of several instruments ("bearish for XLV [F83], XLP [F95] and XLF [F131]") it says
 * the label of each.
 */
record LabelWord(Written.Span span, String word) implements Written {

    static LabelWord at(Tokens tokens, int i) {
        return new LabelWord(new Written.Span(i, i, tokens.start(i), tokens.end(i), tokens.lexeme(i)), tokens.key(i));
    }

    /** Whether the label fact {@code f} says this word. */
    boolean matches(Fact f) {
        return word.equalsIgnoreCase(f.labelText().strip());
    }

    /**
     * Binds, in this order, to: the marker group after it in its clause (unless another label word stands
     * between: "bearish MACD; XLK's trend is a downtrend [F120]" is the downtrend's), with the groups listed
     * after that one; the label facts of its kind cited in its clause ("sideways with a bearish MACD
     * [F9][F10]", "The Russell 2000 [F24] and IWM [F48] carry downtrend labels"); a group after it in a later
     * clause; an adjacent group that cites a number ("a sideways pattern [F9]": bound, and not supported).
     * Else it is no claim (null).
     */
    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        TextLayout layout = citations.text().layout();
        CitationBinder.Group after = citations.after(this, reaches);
        List<CitationBinder.Group> groups = citations.groupsAround(this);
        int clause = layout.clauseOf(first());
        boolean afterFree = after != null && !labelWordBetween(citations, last() + 1, after.first());
        if (afterFree && citesLabel(after) && layout.clauseOf(after.first()) == clause) return listed(citations, after, groups, reaches);
        List<CitationBinder.Group> inClause = groups.stream().filter(g -> layout.clauseOf(g.first()) == clause).toList();
        CitationBinder.Binding own = CitationBinder.inSentence(inClause, f -> citations.sheet().labelFits(word, f), null);
        if (own != null) return own;
        if (afterFree && citesLabel(after)) return citations.following(this, after);
        if (after != null && !citesLabel(after) && after.first() - last() <= 3) return citations.following(this, after);
        return null;
    }

    /**
     * "uptrend labels for XLK [F120] and XLC [F180]": the group after the word and the groups that follow it
     * in a list ("and", commas, a name between each), bound together.
     */
    private CitationBinder.Binding listed(CitationBinder citations, CitationBinder.Group after, List<CitationBinder.Group> groups,
                                          Reaches reaches) {
        List<CitationBinder.Group> list = new ArrayList<>(List.of(after));
        for (CitationBinder.Group g : groups) {                  // across commas too: "bearish for XLV [F83], XLP [F95] and XLF [F131]"
            CitationBinder.Group last = list.get(list.size() - 1);
            if (g.first() <= last.last()) continue;
            if (!listGap(citations.text(), last.last() + 1, g.first(), reaches)) break;
            list.add(g);
        }
        if (list.size() == 1) return citations.following(this, after);
        List<String> ids = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (CitationBinder.Group g : list) {
            ids.addAll(g.ids());
            facts.addAll(g.facts());
        }
        return new CitationBinder.Binding(CitationBinder.How.AFTER, ids, facts, list);
    }

    /** Between two groups only a name, "and", "or", "the" and commas, at most four tokens, "and" or a comma among them. */
    private static boolean listGap(Text t, int from, int to, Reaches reaches) {
        if (to - from > 4 || reaches.makesClaims(from, to)) return false;
        Tokens tokens = t.tokens();
        boolean joined = false;
        for (int i = from; i < to; i++) {
            boolean separator = tokens.is(i, TokenType.COMMA) || tokens.isWord(i, "and") || tokens.isWord(i, "or") || tokens.isWord(i, "the");
            if (!separator && !t.inName()[i]) return false;       // ", whereas XLV [F84]": another statement
            joined |= tokens.isWord(i, "and") || tokens.is(i, TokenType.COMMA);
        }
        return joined;
    }

    private static boolean labelWordBetween(CitationBinder citations, int from, int to) {
        for (int i = from; i < to; i++) {
            if (citations.sheet().isLabelWord(citations.text().tokens(), i)) return true;
        }
        return false;
    }

    private static boolean citesLabel(CitationBinder.Group g) {
        for (Fact f : g.facts()) {
            if (f != null && f.isLabel()) return true;
        }
        return false;
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        ClaimVerifier.Verified each = plural(v, b);
        if (each != null) return each;
        FactCheck.Outcome best = v.best(b, f -> check(v, ctx, f));
        return best == null ? v.unknownCitation(this, b) : v.of(this, best);
    }

    /** A label fact, about the instrument named, saying this word; stops at the first part that fails. */
    private FactCheck.Outcome check(ClaimVerifier v, ClaimContext ctx, Fact f) {
        FactNames names = v.names();
        if (!f.isLabel()) {
            return new FactCheck.Outcome(ClaimStatus.WRONG_UNIT, f, () -> "says " + text() + ", but fact " + names.cite(f)
                    + " is a number (" + names.shown(f) + "), not a label", null, 0);
        }
        FactCheck.Outcome subject = v.parts().subject(this, ctx, f);
        if (subject != null) return subject;
        if (matches(f)) return new FactCheck.Outcome(ClaimStatus.SUPPORTED, f, () -> names.supports(f), null, 9);
        return new FactCheck.Outcome(ClaimStatus.WRONG_LABEL, f, () -> "says " + text() + ", but fact " + names.cite(f) + " is "
                + f.labelText(), null, 6);
    }

    /**
     * "Both indices carry a sideways trend label [F12][F22]": cited for label facts of several instruments,
     * the word says the label of each of them; supported when every one has it. Null when the binding is not so.
     */
    private ClaimVerifier.Verified plural(ClaimVerifier v, CitationBinder.Binding b) {
        List<Fact> cited = b.facts().stream().filter(Objects::nonNull).toList();
        if (cited.size() < 2 || !cited.stream().allMatch(Fact::isLabel)
                || cited.stream().map(Fact::subject).distinct().count() < cited.size()) {
            return null;
        }
        for (Fact f : cited) {
            if (!matches(f)) {
                String message = "says " + text() + " of each cited fact, but fact " + v.names().cite(f) + " is " + f.labelText();
                return new ClaimVerifier.Verified(ClaimVerifier.claim(this, f, List.of(f.id()), ClaimStatus.WRONG_LABEL, message, null),
                        List.of(), f);
            }
        }
        List<String> ids = cited.stream().map(Fact::id).toList();
        return new ClaimVerifier.Verified(ClaimVerifier.claim(this, cited.get(0), ids, ClaimStatus.SUPPORTED,
                "facts " + String.join(", ", ids) + " are all " + word, null), cited, cited.get(0));
    }
}
