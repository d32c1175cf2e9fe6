package io.factline.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the claims of a text, in text order, each read by its own kind: counts ({@link CountWords#read}),
 * figures ({@link FigureReader}), label words ({@link LabelWord#at}), ratios in words ({@link RatioWords#read}),
 * superlatives in time ({@link RecordWords#read}), rankings ({@link RankWords#read}) and comparisons
 * ({@link CompareWords#read}). Numbers that are no
 * claim are skipped: those inside instrument names and window phrases (already covered) and those
 * {@link NumberExclusions} rules out (dates, years, times, codes, indicator parameters). Whether a label or
 * ratio word is a claim depends on the citations around it, and is decided when it is bound.
 */
final class ClaimFinder {

    private final Text text;
    private final Tokens tokens;
    private final PreparedSheet sheet;
    private final NumberExclusions exclusions;
    private final FigureReader figures;

    ClaimFinder(Text t, PreparedSheet sheet) {
        this.text = t;
        this.tokens = t.tokens();
        this.sheet = sheet;
        this.exclusions = new NumberExclusions(tokens);
        this.figures = new FigureReader(t, exclusions);
    }

    List<Written> find() {
        List<Written> claims = new ArrayList<>();
        RankWords lastRank = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (text.covered(i) && !text.isNameStart(i)) continue;
            CountWords count = CountWords.read(text, i, sheet);
            if (count != null) count = withThreshold(count);
            if (count != null) {
                claims.add(count);
                i = count.last();
                continue;
            }
            if (text.covered(i)) continue;
            GroupSize size = GroupSize.read(text, i, sheet);     // "among the 11 sector funds"
            if (size != null) {
                claims.add(size);
                i = size.last();
                continue;
            }
            if (tokens.is(i, TokenType.NUMBER)) {
                if (exclusions.excludes(i)) continue;
                Figure w = figures.read(i);
                claims.add(w);
                i = w.last();
            } else if (tokens.is(i, TokenType.WORD)) {
                Figure spelled = figures.words(i);
                if (spelled != null) {
                    if (spelled.first() < i && !claims.isEmpty() && claims.get(claims.size() - 1).last() >= spelled.first()) continue;
                    claims.add(spelled);
                    i = spelled.last();
                } else if (sheet.isLabelWord(tokens, i) && !negated(i)) {
                    claims.add(LabelWord.at(tokens, i));
                } else if (tokens.has(i, Lexicon.RATIO)) {
                    RatioWords r = RatioWords.read(tokens, i, text.source());
                    if (r != null) claims.add(r);
                } else {
                    Written r = wordBorne(i, lastRank);
                    if (r != null) {
                        claims.add(r);
                        if (r instanceof RankWords rank) lastRank = rank;
                        if (r instanceof RecordWords) i = r.last();       // a ranking's names may hold figures: "followed by XLB (+1.66%) [F68]"
                    }
                }
            }
        }
        for (int k = 0; k < claims.size(); k++) {
            if (!(claims.get(k) instanceof Figure f) || f.unit() != WrittenUnit.BARE) continue;
            WrittenUnit u = elidedUnit(claims, k);
            if (u != null) claims.set(k, f.in(u));
        }
        return claims;
    }

    /**
     * A count whose move is bounded by a number ("six sector funds gained two percent or more") takes that
     * number as its threshold: the number is the count's, not a figure of a fact. A number that is no
     * percentage leaves the count unresolved. Figures given member by member ("both rose, by 1.0% [F106]
     * and 0.07% [F116]") are no threshold: there is no count then, and each figure is checked itself.
     */
    private CountWords withThreshold(CountWords count) {
        int at = count.thresholdAt();
        if (at < 0) return count;
        Figure f = tokens.is(at, TokenType.NUMBER) ? figures.read(at) : figures.words(at);
        boolean relative = count.metric() == io.factline.facts.Metric.RELATIVE_RETURN;   // "beat SPY by half a point"
        if (f == null || f.unit() != WrittenUnit.PERCENT && !(relative && (f.unit() == WrittenUnit.PP || f.unit() == WrittenUnit.POINTS))) {
            return count;
        }
        int next = f.last() + 1;
        if (next < tokens.size() && tokens.is(next, TokenType.MARKER)) return null;   // "one ETF rose 0.69% [F156]": a cited figure
        if (tokens.wordAt(next, "respectively") || (tokens.wordAt(next, "and") || next < tokens.size() && tokens.is(next, TokenType.COMMA))
                && next + 1 < tokens.size() && tokens.is(next + 1, TokenType.NUMBER)) {
            return null;
        }
        boolean orMore = tokens.wordAt(next, "or") && (tokens.wordAt(next + 1, "more") || tokens.wordAt(next + 1, "better")
                || tokens.wordAt(next + 1, "higher"));
        return count.over(f, orMore, text.span(count.first(), Math.max(count.last(), f.last())));
    }

    /** A superlative in time, a ranking or a comparison whose key word is token {@code i}, or null. */
    private Written wordBorne(int i, RankWords lastRank) {
        RecordWords record = RecordWords.read(tokens, i, text.source());
        if (record != null) return record;
        RankWords rank = RankWords.read(text, i, sheet, lastRank);
        if (rank != null) return rank;
        RankWords place = PlaceWords.read(text, i, sheet, lastRank);
        if (place != null) return place;
        CompareWords compare = CompareWords.read(text, i);
        if (compare != null) return compare;
        return IntensityWords.read(text, i);
    }

    /**
     * A bare number whose unit the writer left to its neighbour: "by 3.23 and 3.08 percentage points"
     * (the next figure's), "beaten SPY by 9.83 percentage points [F199] and health care by 9.2 [F196]"
     * (a gap after "by" in a sentence of gaps). Null when the number is plainly bare (a price, a beta).
     */
    private WrittenUnit elidedUnit(List<Written> claims, int k) {
        Written w = claims.get(k);
        if (k + 1 < claims.size() && claims.get(k + 1) instanceof Figure next && next.unit() != WrittenUnit.BARE
                && joined(w.last() + 1, next.first())) {
            return next.unit();
        }
        if (isWord(w.first() - 1, "by")) {
            for (int j = k - 1; j >= 0; j--) {
                if (claims.get(j) instanceof Figure p && (p.unit() == WrittenUnit.PP || p.unit() == WrittenUnit.BPS)) return p.unit();
            }
        }
        return null;
    }

    /** Tokens [from, to) are "and", "to" or "or" with only markers around it: "1.24 [F198] and 1.02 percentage points". */
    private boolean joined(int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            if (tokens.is(i, TokenType.MARKER)) continue;
            if ((isWord(i, "and") || isWord(i, "to") || isWord(i, "or")) && words++ == 0) continue;
            return false;
        }
        return words == 1;
    }

    private boolean negated(int i) {
        return isWord(i - 1, "not") || isWord(i - 1, "no") || isWord(i - 1, "never");
    }

    private boolean isWord(int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.isWord(k, w);
    }
}
