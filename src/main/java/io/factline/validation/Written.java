package io.factline.validation;

/**
 * A claim as written, before any fact is looked at: one sealed type per kind of claim. Every kind has its
 * place in the text — tokens {@code first}..{@code last} inclusive, String indices {@code start}/{@code end}
 * and the {@code text} itself ({@link Span}).
 * <ul>
 *   <li>{@link Figure} — a number with its unit and the words that bound it ("about 3%", "more than 6%");</li>
 *   <li>{@link LabelWord} — a label value a marker cites ("bearish", "uptrend");</li>
 *   <li>{@link RatioWords} — a ratio in words between two cited figures ("more than double");</li>
 *   <li>{@link RecordWords} — a superlative in time ("record high", "third straight session");</li>
 *   <li>{@link RankWords} — a ranking in a group ("led the sector funds", "the worst performer", "followed by");</li>
 *   <li>{@link CountWords} — a count of a group's moves ("three of the eleven sector funds rose", "both");</li>
 *   <li>{@link CompareWords} — a comparison of two instruments without a figure ("XLK outperformed SPY");</li>
 *   <li>{@link IntensityWords} — a direction word of a size without a figure ("utilities plunged on Thursday").</li>
 * </ul>
 * A figure and a ratio in words carry a {@link Quantity}; a figure in pp or x may also be a derived gap or
 * ratio ({@link DerivedClaims}). Each kind is read by its own reader (called from {@link ClaimFinder}), and
 * says itself how it binds to the citation markers ({@link #bind}) and how it is checked ({@link #verify});
 * a new kind of claim is a new permitted type with those three.
 */
sealed interface Written permits Figure, LabelWord, RatioWords, RecordWords, RankWords, CountWords, CompareWords,
        IntensityWords, GroupSize {

    Span span();

    /** The cited facts this claim is checked against; null when the words are no claim here. */
    CitationBinder.Binding bind(CitationBinder citations, Reaches reaches);

    /** The claim's report line from its binding and the words around it; null when it is no claim after all. */
    ClaimVerifier.Verified verify(ClaimVerifier verifier, CitationBinder.Binding binding, ClaimContext context,
                                  DerivedClaims.Sentence sentence);

    default int first() {
        return span().first();
    }

    default int last() {
        return span().last();
    }

    default int start() {
        return span().start();
    }

    default int end() {
        return span().end();
    }

    default String text() {
        return span().text();
    }

    /** Where a claim is: tokens {@code first}..{@code last} inclusive, String indices [start, end), its text. */
    record Span(int first, int last, int start, int end, String text) {
    }

    /**
     * How the words bound the written figure X against the fact's value v (magnitudes, same sign):
     * EXACT — v rounds to X at the written precision ("2.16%", "about 2%");
     * NEARLY — below X and rounding to it ("nearly 2%": 1.5 ≤ v < 2);
     * BELOW — v < X ("less than 1%", "under 80 million");
     * ABOVE — X < v ≤ 1.5 X ("more than 6%", "over 6.02 million": not absurdly loose);
     * NOT_BELOW — X ≤ v ≤ 1.5 X ("at least 2%");
     * BETWEEN — both ends at their own precision contain v ("between 0.5% and 1%").
     * For ratios in words: AT_LEAST "more than double" (v ≥ X within the tolerance), AT_MOST "less than half".
     */
    enum Bound { EXACT, NEARLY, BELOW, ABOVE, NOT_BELOW, AT_LEAST, AT_MOST, BETWEEN }
}
