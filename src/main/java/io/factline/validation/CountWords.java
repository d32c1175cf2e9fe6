package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A count in words of the members of a group that moved one way: "three of the eleven sector funds rose",
 * "nine sectors advanced", "only two sectors finished higher", "all 11 fell", "every sector fund rose",
 * "none of the sectors fell", "half of the sector funds", "most sectors", "both XLK and XLF rose", "neither
 * XLU nor XLP fell". {@code quantifier} says how many; {@code n} the number for {@link Quantifier#EXACTLY};
 * {@code of} the group size the text states ("of the eleven"), -1 for none; {@code named} the instruments of
 * "both"/"neither", whose moves alone are counted; {@code except} those an "except" leaves out. It needs no
 * citation: it is decided by the facts it counts, and the report lists them.
 */
record CountWords(Written.Span span, Quantifier quantifier, int n, int of, PeerGroup group, List<Mention> named,
                  List<Mention> except, boolean others, int sign, Metric metric, int thresholdAt, Threshold threshold)
        implements Written {

    /**
     * "gained two percent or more", "lost more than 1.5%", "have double-digit gains": the counted members
     * must have moved at least ({@code atLeast}) or less than {@code figure}'s magnitude in the count's direction.
     */
    record Threshold(Figure figure, boolean atLeast) {
        boolean holds(double signedPercent, int sign) {
            // the move in the count's direction, percent; sign 0 ("moved less than a tenth of a percent") is its size
            double m = sign == 0 ? Math.abs(signedPercent) : signedPercent * sign;
            double x = figure.quantity().magnitude().doubleValue();
            if (m <= 0 && sign != 0) return false;
            return atLeast ? m >= x - 1e-9 : m < x;
        }

        String describe(Metric metric) {
            return (atLeast ? "at least " : "less than ") + figure.quantity().magnitude().stripTrailingZeros().toPlainString()
                    + (metric == Metric.RELATIVE_RETURN ? " percentage points" : "%");
        }
    }

    /** This count over a threshold the words after its direction state (read by the figure reader). */
    CountWords over(Figure f, boolean orMore, Written.Span wide) {
        Written.Bound b = f.quantity().bound();
        boolean atLeast = b != Written.Bound.BELOW && b != Written.Bound.AT_MOST;
        return new CountWords(wide, quantifier, n, of, group, named, except, others, sign, metric, -1, new Threshold(f, atLeast || orMore));
    }

    enum Quantifier { EXACTLY, ALL, NONE, HALF, MOST }

    private static final Set<String> ALL_WORDS = Set.of("all", "every", "each");
    /** Words between a count's direction and the number bounding it: "lost more than one percent", "gained by at least 2%". */
    private static final Set<String> BOUND_WORDS = Set.of("by", "more", "than", "over", "at", "least", "less", "under",
            "about", "roughly", "nearly", "almost", "some", "around", "upwards", "of", "even", "fully");
    /** Verbs of a move of either direction, counted by its size against a threshold: "moved less than 0.1% each". */
    private static final Set<String> SIZE_VERBS = Set.of("moved", "changed", "swung", "move", "moves");
    /** Nouns of a "those three funds" that refers back rather than naming a group. */
    private static final Set<String> BACK_NOUNS = Set.of("funds", "etfs", "sectors", "sector", "names", "of");
    private static final Set<String> EXCEPT_WORDS = Set.of("except", "but", "save", "bar");

    /** The count whose first word is token {@code i}, or null. */
    static CountWords read(Text text, int i, PreparedSheet sheet) {
        Tokens t = text.tokens();
        int to = text.sentenceEndOf(i);
        String w = t.is(i, TokenType.WORD) ? t.key(i) : "";
        if (w.equals("both") || w.equals("neither")) return named(text, i, to, w.equals("both"));
        if (text.isNameStart(i)) return pairBoth(text, i, to);
        Quantifier q;
        int n = -1, k = i;
        Integer number = integer(t, i);
        if (number == null) {
            CountWords listed = listed(text, i, to, sheet);
            if (listed != null) return listed;
        }
        if (number != null && number == 1 && t.wordAt(i + 1, "of")) return null;   // "one of the funds rose": not a tally
        boolean demonstrative = t.wordAt(i - 1, "those") || t.wordAt(i - 1, "these");
        if (number != null && number >= 2 && (demonstrative || (t.wordAt(i - 1, "the") || t.wordAt(i - 1, "all"))
                && PeerGroup.at(t, i + 1, sheet) == null)) {
            return back(text, i - 1, i, number, Quantifier.ALL, to);          // "Those three funds moved less than 0.1% each"
        }
        if (number != null) {
            q = Quantifier.EXACTLY;
            n = number;
            k++;
        } else if (ALL_WORDS.contains(w)) {
            q = Quantifier.ALL;
            k++;
            if (t.wordAt(k, "one") && t.wordAt(k + 1, "of")) k++;   // "every one of the eleven"
        } else if (w.equals("none") || w.equals("no")) {
            q = Quantifier.NONE;
            k++;
        } else if (w.equals("only") && t.wordAt(i - 1, "the") && t.wordAt(i + 1, "other")) {
            q = Quantifier.EXACTLY;                                // "the only other sector fund to beat SPY by half a point"
            n = 1;
            k++;
        } else if (w.equals("half") || w.equals("most") || w.equals("majority")) {
            q = w.equals("half") ? Quantifier.HALF : Quantifier.MOST;
            k++;
        } else {
            return null;
        }
        boolean others = t.wordAt(k, "other") && (q == Quantifier.NONE || q == Quantifier.EXACTLY && w.equals("only"));
        if (others) k++;
        int of = -1;
        if (t.wordAt(k, "of")) k++;
        if (t.wordAt(k, "the")) k++;
        Integer size = integer(t, k);
        if (size != null) {
            if (q == Quantifier.EXACTLY || q == Quantifier.ALL || q == Quantifier.NONE) of = size;
            k++;
        }
        if (q == Quantifier.ALL && of < 0 && n < 0 && integer(t, i + 1) != null) of = integer(t, i + 1);   // "all 11"
        PeerGroup group = PeerGroup.at(t, k, sheet);
        List<Mention> before = others ? text.namesIn(text.paragraphStartOf(i), text.sentenceStartOf(i)) : List.of();
        if (group == null && others && (t.wordAt(k, "fund") || t.wordAt(k, "funds")) && !before.isEmpty()
                && before.stream().filter(Mention::isInstrument).anyMatch(m -> sheet.sectorSymbols().containsAll(m.symbols()))) {
            group = new PeerGroup("sector funds", sheet.sectorSymbols(), k);   // "No other fund beat SPY", after a sector fund
        }
        int last;
        if (group != null) {
            last = group.last();
        } else if (q == Quantifier.ALL && of == sheet.sectorSymbols().size() && of > 0) {
            group = new PeerGroup("sector funds", sheet.sectorSymbols(), -1);   // "all 11 fell"
            last = k - 1;
        } else {
            return null;
        }
        List<Mention> except = new ArrayList<>();
        if (others) before.stream().filter(Mention::isInstrument).forEach(except::add);   // "no other": the ones named before
        int d = last + 1;
        if (d < to && t.is(d, TokenType.COMMA)) d++;
        if (d < to && t.is(d, TokenType.WORD) && (EXCEPT_WORDS.contains(t.key(d)) || t.wordAt(d, "other") && t.wordAt(d + 1, "than"))) {
            d += t.wordAt(d, "other") ? 2 : 1;
            Mention m;
            while ((m = text.nameAfter(d, Math.min(to, d + 2))) != null) {
                except.add(m);
                d = m.last() + 1;
                while (d < to && (t.is(d, TokenType.COMMA) || t.wordAt(d, "and") || t.wordAt(d, "or"))) d++;
            }
        }
        int[] direction = direction(text, d, to);
        if (direction == null) direction = labelDirection(text, i);   // "- Positive over 30 sessions: six sector funds"
        if (direction == null) return null;                       // "the 11 sector funds": no count of a move
        int first = i;
        if (q == Quantifier.EXACTLY && (t.wordAt(i - 1, "only") || t.wordAt(i - 1, "just"))) first = i - 1;
        return new CountWords(text.span(first, last), q, n, of, group, List.of(), List.copyOf(except), others, direction[0],
                metric(direction), direction[2], null);
    }

    /** "- Sector funds up on the day: three": a group and a direction, a colon, and the count. */
    private static CountWords listed(Text text, int i, int to, PreparedSheet sheet) {
        Tokens t = text.tokens();
        if (i > text.sentenceStartOf(i) && !t.is(i - 1, TokenType.LIST_ITEM)) return null;
        PeerGroup group = PeerGroup.at(t, i, sheet);
        if (group == null) return null;
        int colon = group.last() + 1;
        while (colon < to && !t.is(colon, TokenType.COLON)) colon++;
        if (colon >= to || colon + 1 >= t.size()) return null;
        Integer n = integer(t, colon + 1);
        if (n == null || colon + 2 < t.size() && (t.is(colon + 2, TokenType.PERCENT) || t.is(colon + 2, TokenType.MARKER))) return null;   // "...: 3.2%" is a figure
        int[] direction = direction(text, group.last() + 1, colon);
        if (direction == null) return null;
        return new CountWords(text.span(i, colon + 1), Quantifier.EXACTLY, n, -1, group, List.of(), List.of(), false, direction[0],
                metric(direction), -1, null);
    }

    /** The direction a list label states before a colon ending right before token {@code i}: "Positive over 30 sessions:". */
    private static int[] labelDirection(Text text, int i) {
        Tokens t = text.tokens();
        if (i == 0 || !t.is(i - 1, TokenType.COLON)) return null;
        for (int k = text.sentenceStartOf(i); k < i - 1; k++) {
            if (!t.is(k, TokenType.WORD)) continue;
            if (LABEL_UP.contains(t.key(k))) return new int[] {1, k, -1, 0};
            if (LABEL_DOWN.contains(t.key(k))) return new int[] {-1, k, -1, 0};
            int s = DirectionWords.sign(t, k, text.inWindow());
            if (s != 0) return new int[] {s, k, -1, 0};
        }
        return null;
    }

    private static final Set<String> LABEL_UP = Set.of("winners", "gainers", "advancers", "risers");
    private static final Set<String> LABEL_DOWN = Set.of("losers", "decliners", "laggards", "fallers");

    /** "both XLK and XLF rose", "neither XLU nor XLP fell". */
    private static CountWords named(Text text, int i, int to, boolean both) {
        Tokens t = text.tokens();
        Mention a = text.nameAfter(i + 1, Math.min(to, i + 3));
        if (a == null || a.first() > i + 1 && !t.wordAt(i + 1, "the")) {   // "Both fell more than 1%", "Both beat SPY by"
            return back(text, i, i, 2, both ? Quantifier.ALL : Quantifier.NONE, to);
        }
        int k = a.last() + 1;
        while (k < to && (t.is(k, TokenType.MARKER) || t.is(k, TokenType.COMMA))) k++;
        if (!t.wordAt(k, both ? "and" : "nor")) return null;
        Mention b = text.nameAfter(k + 1, Math.min(to, k + 3));
        if (b == null) return null;
        int[] direction = direction(text, b.last() + 1, to);
        if (direction == null) return null;
        return new CountWords(text.span(i, b.last()), both ? Quantifier.ALL : Quantifier.NONE, -1, -1, null, List.of(a, b),
                List.of(), false, direction[0], metric(direction), direction[2], null);
    }

    /** "staples and utilities both rose", "utilities, real estate and financials all fell": names, then "both"/"all" and a direction. */
    private static CountWords pairBoth(Text text, int i, int to) {
        Tokens t = text.tokens();
        List<Mention> names = new ArrayList<>();
        Mention m = text.nameAfter(i, i + 1);
        if (m == null) return null;
        names.add(m);
        int k = m.last() + 1;
        while (true) {
            while (k < to && t.is(k, TokenType.MARKER)) k++;
            boolean and = t.wordAt(k, "and");
            if (!and && !(k < to && t.is(k, TokenType.COMMA))) break;
            int next = k + 1;
            if (t.wordAt(next, "and")) next++;                    // the serial comma: "A, B, and C"
            m = text.nameAfter(next, Math.min(to, next + 2));
            if (m == null || m.first() != next && !t.wordAt(m.first() - 1, "the")) return null;
            names.add(m);
            k = m.last() + 1;
            if (and || t.wordAt(next - 1, "and")) break;
        }
        while (k < to && t.is(k, TokenType.MARKER)) k++;
        if (names.size() < 2 || !(t.wordAt(k, "both") && names.size() == 2 || t.wordAt(k, "all") && names.size() > 2)) return null;
        int[] direction = direction(text, k + 1, to);
        if (direction == null) return null;
        return new CountWords(text.span(i, k), Quantifier.ALL, -1, -1, null, List.copyOf(names), List.of(), false, direction[0],
                metric(direction), direction[2], null);
    }

    /**
     * "Both fell more than one percent", "those three funds moved less than a tenth of a percent each": a set
     * named before (see {@link Text#antecedents}) and a direction, from token {@code first}; the number word is
     * token {@code at}. Null when the text before names fewer than {@code n} instruments.
     */
    private static CountWords back(Text text, int first, int at, int n, Quantifier q, int to) {
        Tokens t = text.tokens();
        int k = at + 1;
        while (k < to && t.is(k, TokenType.WORD) && BACK_NOUNS.contains(t.key(k))) k += t.wordAt(k, "of") && t.wordAt(k + 1, "them") ? 2 : 1;
        int[] direction = direction(text, k, to);
        if (direction == null) return null;
        // "Tech beat SPY by 1.42 pp. Both ...": the benchmark a relative move is against is not one of the set
        String benchmark = metric(direction) == Metric.RELATIVE_RETURN ? "SPY" : null;
        List<Mention> set = text.antecedents(first, n, benchmark);
        if (set.isEmpty()) return null;
        return new CountWords(text.span(first, k - 1), q, -1, -1, null, set, List.of(), false, direction[0],
                metric(direction), direction[2], null);
    }

    /**
     * The first direction word within six tokens of {@code from} in the clause: {sign, token, threshold},
     * where threshold is the token of a number that bounds the move ("gained two percent or more", "have
     * double-digit gains"), -1 for none; or null.
     */
    private static int[] direction(Text text, int from, int to) {
        Tokens t = text.tokens();
        for (int k = from; k < Math.min(to, from + 6); k++) {
            if (t.is(k, TokenType.COMMA) || t.is(k, TokenType.SEMICOLON)) return null;
            if (!t.is(k, TokenType.WORD)) continue;
            if ((t.wordAt(k, "double") || t.wordAt(k, "single")) && k + 3 < to) {
                int after = t.is(k + 1, TokenType.HYPHEN) ? k + 3 : k + 2;
                int s = after < to && t.is(after, TokenType.WORD) ? DirectionWords.sign(t, after, text.inWindow()) : 0;
                if (s != 0) return new int[] {s, after, k, 0};       // "double-digit gains"
            }
            if (t.wordAt(k, "leading") || t.wordAt(k, "led") || t.wordAt(k, "lead")) return null;   // "neither leading": a ranking
            boolean above = CompareWords.ABOVE_VERBS.contains(t.key(k)) || t.wordAt(k, "ahead") && t.wordAt(k + 1, "of");
            if (above || CompareWords.BELOW_VERBS.contains(t.key(k)) || t.wordAt(k, "behind")) {   // "both remain behind SPY"
                Mention object = text.nameAfter(k + 1, Math.min(to, k + 4));
                boolean etf = t.wordAt(k + 1, "the") && (t.wordAt(k + 2, "etf") || t.wordAt(k + 2, "benchmark"))
                        && text.namesIn(text.sentenceStartOf(k), k).stream().anyMatch(m -> m.symbols().contains("SPY"));
                if (etf) return new int[] {above ? 1 : -1, k, threshold(text, k + 3, to), 1};   // "trailed the ETF": SPY, named before
                // "four sector funds beat SPY": a count of relative returns (the sheet's are against SPY)
                if (object != null && object.symbols().contains("SPY")) {
                    return new int[] {above ? 1 : -1, k, threshold(text, object.last() + 1, to), 1};   // "... by more than half a point"
                }
                return null;
            }
            int s = DirectionWords.sign(t, k, text.inWindow());
            if (s != 0) return new int[] {s, k, threshold(text, k + 1, to), 0};
            if (SIZE_VERBS.contains(t.key(k))) {                  // "moved less than a tenth of a percent": its size only
                int f = threshold(text, k + 1, to);
                if (f >= 0) return new int[] {0, k, f, 0};
            }
        }
        return null;
    }

    /** The token of a number bounding a move, within the bound words from {@code from} ("by more than half a point"), or -1. */
    private static int threshold(Text text, int from, int to) {
        Tokens t = text.tokens();
        for (int f = from; f < Math.min(to, from + 5) && !text.covered(f); f++) {
            if (t.wordAt(f, "a") && t.is(f + 1, TokenType.WORD) && NumberWords.fraction(t.key(f + 1)) != null) return f + 1;   // "a tenth"
            if (t.is(f, TokenType.NUMBER) || t.is(f, TokenType.WORD) && (NumberWords.integer(t.key(f)) != null
                    || NumberWords.fraction(t.key(f)) != null || t.wordAt(f, "a") && (t.wordAt(f + 1, "percentage") || t.wordAt(f + 1, "full")))) {
                return f;
            }
            if (!t.is(f, TokenType.WORD) || !BOUND_WORDS.contains(t.key(f))) break;
        }
        return -1;
    }

    private static Metric metric(int[] direction) {
        return direction[3] == 1 ? Metric.RELATIVE_RETURN : Metric.RETURN;
    }

    /** A number written in digits or in words: "11", "eleven", "three". */
    private static Integer integer(Tokens t, int k) {
        if (k >= t.size()) return null;
        if (t.is(k, TokenType.NUMBER)) {
            NumberLiteral v = t.number(k);
            boolean count = v != null && v.isInteger() && v.sign() >= 0 && !v.currency() && v.suffix() == null
                    && v.magnitude().signum() > 0 && v.magnitude().compareTo(java.math.BigDecimal.valueOf(600)) <= 0;
            return count ? v.magnitude().intValue() : null;
        }
        return t.is(k, TokenType.WORD) ? NumberWords.integer(t.key(k)) : null;
    }


    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        return CitationBinder.Binding.NONE;
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        PeerGroup.Measure measure = PeerGroup.Measure.of(metric, ctx, sentence, first());
        String says = "says \"" + text() + "\"";
        if (measure == null) {
            return RankCheck.result(this, List.of(), ClaimStatus.WRONG_WINDOW, says + " for a period the sheet has no facts for");
        }
        List<Fact> counted = new ArrayList<>();
        String what;
        if (group == null) {
            for (Mention m : named) {
                Fact f = m.isOutside() ? null : PeerGroup.factOf(v.sheet().sheet(), m, measure);
                if (f == null) {
                    return RankCheck.result(this, List.of(), ClaimStatus.UNSUPPORTED, says + ", but the sheet has no "
                            + measure.describe() + " for " + RankCheck.names(m));
                }
                counted.add(f);
            }
            what = "of the " + (named.size() == 2 ? "two" : named.size());
        } else {
            counted.addAll(group.ranked(v.sheet().sheet(), measure));
            counted.removeIf(f -> except.stream().anyMatch(m -> m.means(f.subject())));
            what = "of " + counted.size() + " " + group.name();
            if (of > 0 && of != group.symbols().size()) {
                return RankCheck.result(this, RankCheck.ids(counted), ClaimStatus.WRONG_COUNT, says + ", but the sheet has "
                        + group.symbols().size() + " " + group.name());
            }
            // counted over the facts that exist, as a ranking is; a count that states the group's size needs them all
            boolean sized = of > 0 || quantifier == Quantifier.ALL || quantifier == Quantifier.NONE;
            if (counted.isEmpty() || sized && counted.size() + except.size() < group.symbols().size()) {
                return RankCheck.result(this, RankCheck.ids(counted), ClaimStatus.UNSUPPORTED, says + ", but the sheet has "
                        + measure.describe() + " facts for only " + counted.size() + " of the " + group.symbols().size()
                        + " " + group.name() + ": the count cannot be decided");
            }
        }
        if (thresholdAt >= 0) {
            return RankCheck.result(this, RankCheck.ids(counted), ClaimStatus.UNRESOLVED, says + ", but cannot tell what size of move"
                    + " it counts; write it as a percentage (\"gained 2% or more\")");
        }
        int moved = 0;
        for (Fact f : counted) if (threshold == null ? Math.signum(f.number()) == sign : threshold.holds(f.number(), sign)) moved++;
        int total = counted.size();
        boolean right = switch (quantifier) {
            case EXACTLY -> moved == n;
            case ALL -> moved == total;
            case NONE -> moved == 0;
            case HALF -> Math.abs(2 * moved - total) <= 1;
            case MOST -> 2 * moved > total;
        };
        boolean exceptRight = others || except.stream().allMatch(m -> {
            Fact f = PeerGroup.factOf(v.sheet().sheet(), m, measure);
            return f != null && (threshold == null ? Math.signum(f.number()) != sign : !threshold.holds(f.number(), sign));
        });
        List<String> ids = RankCheck.ids(counted);
        String moves = metric == Metric.RELATIVE_RETURN ? (sign > 0 ? " beat SPY" : " trailed SPY")
                : sign > 0 ? " rose" : sign < 0 ? " fell" : " moved";
        String tally = "by " + measure.describe() + " " + moved + " " + what + moves
                + (threshold == null ? "" : " by " + threshold.describe(metric));
        if (right && exceptRight) {
            return new ClaimVerifier.Verified(RankCheck.claim(this, ids, ClaimStatus.SUPPORTED, "counted: " + tally), counted, null);
        }
        String message = !right ? says + ", but " + tally : says + ", but " + except.stream().map(RankCheck::names)
                .reduce((a, c) -> a + ", " + c).orElse("") + " moved the same way";
        return RankCheck.result(this, ids, ClaimStatus.WRONG_COUNT, message);
    }
}
