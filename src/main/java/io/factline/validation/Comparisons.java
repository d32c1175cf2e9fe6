package io.factline.validation;

/**
 * Who a comparison names as the compared-with, which is never the subject of a figure: the name after
 * "against", "versus", "than", "relative to", "ahead of", "behind", a comparing verb ("outpaced SPY",
 * "trailed the S&P 500 ETF") or "a beta of 0.14 to SPY"; and whether a figure is set against the one before
 * it ("2.16% against 1.05%").
 */
final class Comparisons {

    /** Verbs whose object is what the subject is compared with. */
    static final java.util.Set<String> COMPARING = comparing("outperform", "underperform", "outpace", "beat", "beating",
            "beats", "trail", "lag", "top", "edge", "outdo", "outdid", "outstrip", "outrun", "outran", "best");

    private static java.util.Set<String> comparing(String... verbs) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (String v : verbs) {
            all.add(v);
            all.addAll(Inflections.of(v));
        }
        return java.util.Set.copyOf(all);
    }

    private static final java.util.Set<String> CONTRASTS = java.util.Set.of("against", "versus", "vs", "compared");

    private static final java.util.Set<String> LEVEL_WITH = java.util.Set.of("level", "line", "par", "even", "pace", "step",
            "tandem", "lockstep", "flat");

    private final Tokens tokens;

    Comparisons(Tokens tokens) {
        this.tokens = tokens;
    }

    /**
     * A name introduced by "against", "versus", "vs", "than", "relative to", "compared to/with" is what the
     * subject is compared with, never the subject: "Its beta against BENCH is 1.07".
     */
    boolean isObject(Mention m) {
        int p = m.first() - 1;
        while (p >= 0 && (tokens.isWord(p, "the") || tokens.is(p, TokenType.OPEN_PAREN))) p--;
        if (p < 0 || !tokens.is(p, TokenType.WORD)) return false;
        String w = tokens.key(p);
        if (w.equals("against") || w.equals("versus") || w.equals("vs") || w.equals("than")) return true;
        if (COMPARING.contains(w) || w.equals("behind") || w.equals("ahead") || w.equals("past")) return true;   // "outpaced SPY", "edging past SPY"
        if (w.equals("of") && p > 0 && (tokens.isWord(p - 1, "ahead") || tokens.isWord(p - 1, "behind")
                || tokens.isWord(p - 1, "short"))) {
            return true;
        }
        if (w.equals("to") && p > 0 && tokens.is(p - 1, TokenType.NUMBER)) return true;   // "a beta of 0.14 to SPY"
        if (w.equals("to") && p > 0 && tokens.isWord(p - 1, "only")) return true;         // "second only to utilities"
        if (w.equals("to") && p > 0 && (tokens.isWord(p - 1, "beta") || tokens.isWord(p - 1, "betas") || tokens.isWord(p - 1, "sensitivity")
                || tokens.isWord(p - 1, "correlation"))) {
            return true;                                          // "a beta to SPY of 1.59"
        }
        // "level with SPY", "in line with SPY"; not "in line with the Russell 2000's beta of 1.18", its own figure
        if (w.equals("with") && p > 0 && LEVEL_WITH.contains(tokens.key(p - 1)) && !m.possessive()) return true;
        if ((w.equals("to") || w.equals("with")) && p > 0) {
            String before = tokens.key(p - 1);
            return before.equals("relative") || before.equals("compared") || before.equals("comparison");
        }
        return false;
    }

    /** "outpaced SPY", "0.5 pp ahead of SPY": the object of a comparing verb or of "ahead of"/"behind". */
    boolean byVerb(Mention m) {
        int p = m.first() - 1;
        while (p >= 0 && tokens.isWord(p, "the")) p--;
        if (p < 0 || !tokens.is(p, TokenType.WORD)) return false;
        String w = tokens.key(p);
        return COMPARING.contains(w) || w.equals("behind") || w.equals("ahead") || w.equals("of") && p > 0 && (tokens.isWord(p - 1, "ahead") || tokens.isWord(p - 1, "behind"));
    }

    /** "… against 1.05%", "versus a 0.10% dip": a contrast word right before the figure (articles and hedges aside). */
    boolean contrastBefore(int from, int to) {
        int k = to - 1;
        while (k > from && (tokens.isWord(k, "a") || tokens.isWord(k, "an") || tokens.isWord(k, "the") || tokens.has(k, Lexicon.APPROXIMATOR))) k--;
        if (k > from && (tokens.isWord(k, "with") || tokens.isWord(k, "to")) && (tokens.isWord(k - 1, "compared")
                || tokens.isWord(k - 1, "compares") || tokens.isWord(k - 1, "comparing"))) {
            return true;                                          // "… compares with 0.97% for SPY"
        }
        return k > from && tokens.is(k, TokenType.WORD) && CONTRASTS.contains(tokens.key(k));
    }
}
