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
                  List<Mention> except, int sign) implements Written {

    enum Quantifier { EXACTLY, ALL, NONE, HALF, MOST }

    private static final Set<String> ALL_WORDS = Set.of("all", "every", "each");
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
        if (number != null && number == 1 && t.wordAt(i + 1, "of")) return null;   // "one of the funds rose": not a tally
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
        } else if (w.equals("half") || w.equals("most") || w.equals("majority")) {
            q = w.equals("half") ? Quantifier.HALF : Quantifier.MOST;
            k++;
        } else {
            return null;
        }
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
        if (direction == null) return null;                       // "the 11 sector funds": no count of a move
        int first = i;
        if (q == Quantifier.EXACTLY && (t.wordAt(i - 1, "only") || t.wordAt(i - 1, "just"))) first = i - 1;
        return new CountWords(text.span(first, last), q, n, of, group, List.of(), List.copyOf(except), direction[0]);
    }

    /** "both XLK and XLF rose", "neither XLU nor XLP fell". */
    private static CountWords named(Text text, int i, int to, boolean both) {
        Tokens t = text.tokens();
        Mention a = text.nameAfter(i + 1, Math.min(to, i + 3));
        if (a == null) return null;
        int k = a.last() + 1;
        while (k < to && (t.is(k, TokenType.MARKER) || t.is(k, TokenType.COMMA))) k++;
        if (!t.wordAt(k, both ? "and" : "nor")) return null;
        Mention b = text.nameAfter(k + 1, Math.min(to, k + 3));
        if (b == null) return null;
        int[] direction = direction(text, b.last() + 1, to);
        if (direction == null) return null;
        return new CountWords(text.span(i, b.last()), both ? Quantifier.ALL : Quantifier.NONE, -1, -1, null, List.of(a, b),
                List.of(), direction[0]);
    }

    /** "staples and utilities both rose": a pair of names, then "both" and a direction. */
    private static CountWords pairBoth(Text text, int i, int to) {
        Tokens t = text.tokens();
        Mention a = text.nameAfter(i, i + 1);
        if (a == null) return null;
        int k = a.last() + 1;
        while (k < to && t.is(k, TokenType.MARKER)) k++;
        if (!t.wordAt(k, "and")) return null;
        Mention b = text.nameAfter(k + 1, Math.min(to, k + 3));
        if (b == null) return null;
        int both = b.last() + 1;
        while (both < to && t.is(both, TokenType.MARKER)) both++;
        if (!t.wordAt(both, "both")) return null;
        int[] direction = direction(text, both + 1, to);
        if (direction == null) return null;
        return new CountWords(text.span(i, both), Quantifier.ALL, -1, -1, null, List.of(a, b), List.of(), direction[0]);
    }

    /** The first direction word within six tokens of {@code from} in the clause: {sign, token}, or null. */
    private static int[] direction(Text text, int from, int to) {
        Tokens t = text.tokens();
        for (int k = from; k < Math.min(to, from + 6); k++) {
            if (t.is(k, TokenType.COMMA) || t.is(k, TokenType.SEMICOLON)) return null;
            if (!t.is(k, TokenType.WORD)) continue;
            int s = DirectionWords.sign(t, k, text.inWindow());
            if (s != 0) {
                // "five sector funds gained two percent or more": a count of a threshold, not of a direction
                for (int f = k + 1; f < Math.min(to, k + 4); f++) {
                    if (t.is(f, TokenType.NUMBER) || t.is(f, TokenType.WORD) && (NumberWords.integer(t.key(f)) != null
                            || NumberWords.fraction(t.key(f)) != null)) {
                        return null;
                    }
                }
                return new int[] {s, k};
            }
        }
        return null;
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
        PeerGroup.Measure measure = PeerGroup.Measure.of(Metric.RETURN, ctx, sentence, first());
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
            what = "of the two";
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
        int moved = 0;
        for (Fact f : counted) if (Math.signum(f.number()) == sign) moved++;
        int total = counted.size();
        boolean right = switch (quantifier) {
            case EXACTLY -> moved == n;
            case ALL -> moved == total;
            case NONE -> moved == 0;
            case HALF -> Math.abs(2 * moved - total) <= 1;
            case MOST -> 2 * moved > total;
        };
        boolean exceptRight = except.stream().allMatch(m -> {
            Fact f = PeerGroup.factOf(v.sheet().sheet(), m, measure);
            return f != null && Math.signum(f.number()) != sign;
        });
        List<String> ids = RankCheck.ids(counted);
        String tally = "by " + measure.describe() + " " + moved + " " + what + (sign > 0 ? " rose" : " fell");
        if (right && exceptRight) {
            return new ClaimVerifier.Verified(RankCheck.claim(this, ids, ClaimStatus.SUPPORTED, "counted: " + tally), counted, null);
        }
        String message = !right ? says + ", but " + tally : says + ", but " + except.stream().map(RankCheck::names)
                .reduce((a, c) -> a + ", " + c).orElse("") + " moved the same way";
        return RankCheck.result(this, ids, ClaimStatus.WRONG_COUNT, message);
    }
}
