package io.factline.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The size of a peer group, written as a number before its noun: "among the 11 sector funds", "all eleven
 * sectors", "of the 11 sector ETFs". It is supported by the group's members on the sheet (the sector funds the
 * sheet has), which the report lists; another number is a {@code wrong_count}. It needs no citation.
 */
record GroupSize(Written.Span span, int n, PeerGroup group) implements Written {

    private static final java.util.Set<String> SUBSET = java.util.Set.of("that", "which", "to", "with", "in", "where",
            "up", "down", "higher", "lower", "above", "below", "rising", "falling", "posting");

    /** The group size whose number is token {@code i} ("the 11 sector funds"), or null. */
    static GroupSize read(Text text, int i, PreparedSheet sheet) {
        Tokens t = text.tokens();
        if (i == 0 || !(t.wordAt(i - 1, "the") || t.wordAt(i - 1, "all"))) return null;   // not "those two funds": a subset
        Integer n = t.is(i, TokenType.NUMBER) ? integer(t.key(i)) : NumberWords.integer(t.key(i));
        if (n == null || n < 3) return null;                     // "the two funds" points back at two named ones
        PeerGroup group = PeerGroup.at(t, i + 1, sheet);
        if (group == null || group.last() < 0) return null;
        int next = group.last() + 1;                             // "the three sector funds that fell": a subset too
        if (next < t.size() && t.is(next, TokenType.WORD) && SUBSET.contains(t.key(next))) return null;
        return new GroupSize(text.span(i, group.last()), n, group);
    }

    private static Integer integer(String digits) {
        if (!digits.matches("\\d{1,3}")) return null;
        return Integer.valueOf(digits);
    }

    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        return CitationBinder.Binding.NONE;
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        List<String> members = new ArrayList<>(group.symbols());
        if (members.isEmpty()) return null;
        boolean right = members.size() == n;
        return RankCheck.result(this, List.of(), right ? ClaimStatus.SUPPORTED : ClaimStatus.WRONG_COUNT, right
                ? "the sheet has " + n + " " + group.name() + ": " + String.join(", ", members)
                : "says " + n + " " + group.name() + ", but the sheet has " + members.size() + ": " + String.join(", ", members));
    }
}
