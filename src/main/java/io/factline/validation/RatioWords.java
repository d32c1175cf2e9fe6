package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A ratio in words between two cited figures of its sentence: "double", "twice", "more than double",
 * "nearly triple"; its {@link Quantity} is the multiple (2 or 3, unit x) with the bound the words give. It
 * is a claim only when its sentence cites two facts of one unit it could compare, and is checked as a
 * derivation of two of them ({@link DerivedClaims}).
 */
record RatioWords(Written.Span span, Quantity quantity, String word, boolean ofAverage) implements Written {

    /** Words that make a multiple one of an average, not of a second figure: "more than twice its 30-day average". */
    private static final Set<String> AVERAGES = Set.of("average", "usual", "normal", "norm", "pace", "level", "typical");

    static final Set<String> WORDS = Set.of("double", "doubled", "twice", "triple", "tripled", "thrice", "half");

    /** "double", "twice", "triple", with "more than"/"less than"/approximators; not "double-digit". */
    static RatioWords read(Tokens tokens, int i, String text) {
        double value = switch (tokens.key(i)) {
            case "double", "doubled", "twice" -> 2;
            case "triple", "tripled", "thrice" -> 3;
            case "half" -> 0.5;                                   // only of an average: "barely half its usual pace"
            default -> 0;
        };
        if (value == 0 || value < 1 && !ofAverage(tokens, i)) return null;
        if (i + 1 < tokens.size() && (tokens.is(i + 1, TokenType.HYPHEN) || tokens.isWord(i + 1, "digit") || tokens.isWord(i + 1, "digits"))) {
            return null;
        }
        int first = i;
        Written.Bound bound = Written.Bound.EXACT;
        boolean approximate = false;
        if (words(tokens, i, "more", "than") || words(tokens, i, "over", "than") || word(tokens, i - 1, "over")) {
            bound = Written.Bound.AT_LEAST;
            first = word(tokens, i - 1, "over") ? i - 1 : i - 2;
        } else if (words(tokens, i, "less", "than")) {
            bound = Written.Bound.AT_MOST;
            first = i - 2;
        } else if (word(tokens, i - 1, "nearly") || word(tokens, i - 1, "almost")) {
            bound = Written.Bound.NEARLY;                         // "nearly double": 1.75 ≤ v < 2
            first = i - 1;
        } else if (i > 0 && tokens.has(i - 1, Lexicon.APPROXIMATOR)) {
            approximate = true;
            first = i - 1;
        }
        // a multiple is hedged by a share of itself: "nearly double" is within an eighth of 2 (1.75 ≤ v < 2), not 1.5
        BigDecimal tolerance = bound == Written.Bound.NEARLY ? BigDecimal.valueOf(value).divide(BigDecimal.valueOf(8))
                : new BigDecimal(approximate ? "0.1" : "0.05");
        int start = tokens.start(first);
        return new RatioWords(new Written.Span(first, i, start, tokens.end(i), text.substring(start, tokens.end(i))),
                new Quantity(BigDecimal.valueOf(value), tolerance, bound, null, 0, WrittenUnit.X, 0), tokens.key(i), ofAverage(tokens, i));
    }

    /** "twice its 30-day average", "roughly triple the usual pace", "more than double normal": the base is an average. */
    private static boolean ofAverage(Tokens tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 6); k++) {
            if (!tokens.is(k, TokenType.WORD) && !tokens.is(k, TokenType.NUMBER) && !tokens.is(k, TokenType.HYPHEN)) return false;
            if (tokens.is(k, TokenType.WORD) && AVERAGES.contains(tokens.key(k))) return true;
        }
        return false;
    }

    private static boolean word(Tokens tokens, int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.isWord(k, w);
    }

    /** The two words right before token {@code i} are {@code a} {@code b}. */
    private static boolean words(Tokens tokens, int i, String a, String b) {
        return word(tokens, i - 2, a) && word(tokens, i - 1, b);
    }

    /** Bound to every fact its sentence cites, when two of them are numbers of one unit; else no claim (null). */
    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        int sentence = citations.text().layout().sentenceOf(first());
        List<Fact> facts = citations.sentenceFacts(sentence);
        if (ofAverage) {                                          // checked against the sentence's ratio to an average
            // "- More than double the normal pace" under "- XLE volume: 1.70x [F55]": a sentence citing nothing
            // takes the nearest such ratio cited before it in its paragraph
            List<Fact> candidates = facts.isEmpty() ? citations.earlierInParagraph(sentence) : facts;
            for (Fact f : candidates) {
                if (f.unit() == Unit.X) return new CitationBinder.Binding(CitationBinder.How.SENTENCE, List.of(f.id()), List.of(f),
                        citations.groups(sentence));
            }
            return null;
        }
        for (Fact a : facts) {
            for (Fact b : facts) {
                if (a != b && !a.isLabel() && !b.isLabel() && a.unit() == b.unit()) {
                    List<String> ids = new ArrayList<>(facts.size());
                    for (Fact f : facts) ids.add(f.id());
                    return new CitationBinder.Binding(CitationBinder.How.SENTENCE, ids, facts, citations.groups(sentence));
                }
            }
        }
        // "Tech's gain was double that of industrials": two named sides, checked by NamedRatios
        Text t = citations.text();
        Mention after = t.nameAfter(last() + 1, t.layout().clauseEnd(t.layout().clauseOf(last())));
        return after != null && after.isInstrument() ? CitationBinder.Binding.NONE : null;
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        if (ofAverage) {
            Fact f = b.facts().get(0);
            boolean holds = ValueRule.holds(quantity, quantity.magnitude(), f.number());
            return RankCheck.result(this, List.of(f.id()), holds ? ClaimStatus.SUPPORTED : ClaimStatus.MISMATCH,
                    holds ? "fact " + f.id() + " (" + FactNames.describe(f) + ") is " + f.shown()
                            : "says \"" + text() + "\" its average, but fact " + f.id() + " (" + FactNames.describe(f)
                            + ") is " + f.shown() + " (" + bandOf() + ")");
        }
        DerivedClaims.Derivation d = b.how() == CitationBinder.How.NONE ? NamedRatios.derive(this, quantity, sentence)
                : DerivedClaims.derive(this, quantity, ctx, sentence);
        return d == null ? null : v.derived(this, WrittenUnit.X, d);
    }

    /** The band the words allow, for the message. */
    private String bandOf() {
        BigDecimal x = quantity.magnitude(), t = quantity.tolerance();
        return switch (quantity.bound()) {
            case AT_LEAST -> "\"more than\" means from " + x.toPlainString() + "x";
            case AT_MOST -> "\"less than\" means up to " + x.toPlainString() + "x";
            case NEARLY -> "\"nearly\" means from " + x.subtract(t).toPlainString() + "x to just under " + x.toPlainString() + "x";
            default -> "within " + t.toPlainString() + " of " + x.toPlainString() + "x";
        };
    }
}
