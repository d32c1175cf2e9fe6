package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import java.util.List;

/**
 * A direction word that states a size with no figure in its clause: "Industrials soared today, with XLI up
 * 1.35%", "Utilities plunged on Thursday", "Communication services edged lower on the session". The size
 * ({@link Intensity}) must fit the named instrument's return over the sentence's period, looked up in the
 * sheet like a comparison's two facts (a word needs no citation of its own; the fact decided on is in the
 * claim's report). A verb followed by a figure in its own clause ("jumped 1.99%") is checked with the figure.
 */
record IntensityWords(Written.Span span, Mention subject, Intensity size, int sign) implements Written {

    /** The sized direction word at token {@code i} with its particle or adverb ("edged lower", "rallied sharply"), or null. */
    static IntensityWords read(Text text, int i) {
        Tokens t = text.tokens();
        int last = i;
        Intensity size = Intensity.of(t.key(i));
        boolean next = i + 1 < t.size() && t.is(i + 1, TokenType.WORD);
        if (i > 0 && (t.wordAt(i - 1, "a") || t.wordAt(i - 1, "the") || t.is(i - 1, TokenType.WORD) && t.key(i - 1).equals("volume"))) {
            return null;                                           // "a volume spike", "the jump in yields": a noun
        }
        if (next && (t.key(i + 1).equals("ahead") || t.key(i + 1).equals("past") || t.key(i + 1).equals("out"))) {
            return null;                                           // "small caps edge ahead": a lead, not a move's size
        }
        if (size == null) {
            int sign = DirectionWords.sign(t, i, text.inWindow());
            if (sign == 0 || !next || !Intensity.SHARPLY.contains(t.key(i + 1))) return null;
            size = sign > 0 ? Intensity.STRONG_UP : Intensity.STRONG_DOWN;
            last = i + 1;
        } else if (next && (PARTICLES.contains(t.key(i + 1)) || Intensity.SHARPLY.contains(t.key(i + 1)))) {
            last = i + 1;
        }
        if (DirectionWords.sign(t, i, text.inWindow()) == 0 && DirectionWords.sign(t, last, text.inWindow()) == 0) {
            return null;                                           // "a spike in volume", "tick box": no move
        }
        TextLayout layout = text.layout();
        int clauseEnd = layout.clauseEnd(layout.clauseOf(i));
        for (int k = last + 1; k < clauseEnd; k++) {
            if (t.is(k, TokenType.NUMBER) || t.is(k, TokenType.PERCENT) || t.is(k, TokenType.WORD)
                    && (NumberWords.integer(t.key(k)) != null || NumberWords.fraction(t.key(k)) != null)) {
                return null;                                       // "jumped 1.99%", "sank two percent": the figure's check
            }
        }
        Mention subject = text.nameBefore(i, layout.clauseStart(layout.clauseOf(i)));
        if (subject == null || subject.isOutside() || subject.last() < i - 4) return null;   // "stocks surged": no instrument
        int sign = DirectionWords.sign(t, last, text.inWindow());
        if (sign == 0) sign = DirectionWords.sign(t, i, text.inWindow());
        return new IntensityWords(text.span(i, last), subject, size, sign);
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("up", "down", "higher", "lower");

    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        return CitationBinder.Binding.NONE;
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        PeerGroup.Measure measure = PeerGroup.Measure.of(Metric.RETURN, ctx, sentence, first());
        if (measure == null) return null;
        Fact f = PeerGroup.factOf(v.sheet().sheet(), subject, measure);
        if (f == null) return null;                                // the sheet cannot say; a figure, if any, is checked itself
        List<String> ids = List.of(f.id());
        boolean up = size == Intensity.STRONG_UP || size == Intensity.FAINT && sign > 0;
        if (size != Intensity.FAINT || sign != 0) {
            if (Math.signum(f.number()) != 0 && (f.number() > 0) != up) {
                return RankCheck.result(this, ids, ClaimStatus.WRONG_SIGN, "says \"" + text() + "\" of " + f.subject() + ", but its "
                        + measure.describe() + " is " + f.shown());
            }
        }
        if (size.fits(f.number(), f.window())) {
            return new ClaimVerifier.Verified(RankCheck.claim(this, ids, ClaimStatus.SUPPORTED,
                    "\"" + text() + "\" fits " + f.subject() + "'s " + measure.describe() + " of " + f.shown()), List.of(f), null);
        }
        return RankCheck.result(this, ids, ClaimStatus.WRONG_INTENSITY, "says \"" + text() + "\" of " + f.subject() + ", whose "
                + measure.describe() + " is " + f.shown() + ", but \"" + text() + "\" is " + size.describe(f.window())
                + "; use a verb of the move's size (rose, gained, slipped, fell)");
    }
}
