package io.factline.validation;

import java.util.List;
import java.util.Set;

/**
 * A superlative in time: "record high", "all-time high", "52-week low", "highest since 2021", "worst week
 * since March", "third straight session", "a five-day winning streak". Such a claim needs a fact that
 * states it, and no metric of the sheet states a record, a streak or a high since a date: it is
 * {@code unsupported} wherever it stands, cited or not, negated or not ("not yet at a record" still tells
 * the reader where the record is).
 */
record RecordWords(Written.Span span) implements Written {

    private static final Set<String> EXTREMES = Set.of("high", "highs", "low", "lows", "close", "closes", "level", "levels",
            "territory", "peak", "peaks", "gain", "gains", "loss", "losses", "run", "rally", "volume", "finish");
    private static final Set<String> SINCE_SUPERLATIVES = Set.of("highest", "lowest", "best", "worst", "biggest", "largest",
            "strongest", "weakest", "steepest", "sharpest", "longest");
    /** "5th", "22nd": an ordinal written in digits. */
    private static final java.util.regex.Pattern NUMBERED_ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth");
    private static final Set<String> RUN_WORDS = Set.of("straight", "consecutive", "successive");
    private static final Set<String> STREAK_WORDS = Set.of("streak", "streaks");

    /** The superlative in time whose key word is word {@code i}, or null. */
    static RecordWords read(Tokens tokens, int i, String text) {
        int last = end(tokens, i);
        if (last < 0) return null;
        int first = i;
        // "52-week high", "12-month low": the phrase starts at the count
        if (last == i && i >= 3 && tokens.is(i - 2, TokenType.HYPHEN) && tokens.is(i - 3, TokenType.NUMBER)) first = i - 3;
        int start = tokens.start(first), end = tokens.end(last);
        return new RecordWords(new Written.Span(first, last, start, end, text.substring(start, end)));
    }

    /** The last token of the phrase whose key word is {@code i}, or -1 when there is none. */
    private static int end(Tokens tokens, int i) {
        String w = tokens.key(i);
        // "record high", "a record close", "all-time high", "multi-year low"
        if ((w.equals("record") || w.equals("all-time") || w.equals("multi-year") || w.equals("multiyear")) && word(tokens, i + 1, EXTREMES)) {
            return i + 1;
        }
        if (w.equals("all") && word(tokens, i + 1, Set.of("time")) && word(tokens, i + 2, EXTREMES)) return i + 2;
        if (w.equals("all") && i + 2 < tokens.size() && tokens.is(i + 1, TokenType.HYPHEN) && word(tokens, i + 2, Set.of("time"))
                && word(tokens, i + 3, EXTREMES)) {
            return i + 3;                                         // "all-time high" as three tokens
        }
        // "52-week high", "12-month low", "two-year high": a high or low of a period the sheet has no fact for
        if ((w.equals("high") || w.equals("low") || w.equals("highs") || w.equals("lows"))
                && word(tokens, i - 1, Set.of("week", "month", "year")) && i >= 2 && tokens.is(i - 2, TokenType.HYPHEN)) {
            return i;
        }
        // "highest since 2021", "the worst week since March", "the best day for small caps since March"
        // "the worst day in more than a year", "its lowest close in three months", "its biggest gain of the year",
        // "its highest level on record", "the best 30-session stretch since 2020"
        if (SINCE_SUPERLATIVES.contains(w)) {
            for (int k = i + 1; k <= i + 6 && k < tokens.size(); k++) {
                if (tokens.isWord(k, "since") || tokens.isWord(k, "ever")) return k;
                if (tokens.isWord(k, "on") && word(tokens, k + 1, Set.of("record"))) return k + 1;
                if (tokens.isWord(k, "of") && tokens.isWord(k + 1, "the") && word(tokens, k + 2, PERIODS)) return k + 2;
                if (tokens.isWord(k, "in")) {
                    int end = periodAfterIn(tokens, k);
                    if (end >= 0) return end;
                }
                if (!tokens.is(k, TokenType.WORD) && !tokens.is(k, TokenType.NUMBER) && !tokens.is(k, TokenType.HYPHEN)) break;
            }
        }
        // "third straight session", "5th consecutive gain", "a fourth successive day"
        if ((ORDINALS.contains(w) || numberedOrdinal(w)) && word(tokens, i + 1, RUN_WORDS)) {
            return i + 2 < tokens.size() && tokens.is(i + 2, TokenType.WORD) ? i + 2 : i + 1;
        }
        // "winning streak", "losing streak"
        if ((w.equals("winning") || w.equals("losing")) && word(tokens, i + 1, STREAK_WORDS)) return i + 1;
        return -1;
    }

    private static final Set<String> PERIODS = Set.of("year", "years", "month", "months", "week", "weeks", "decade", "decades");
    private static final Set<String> SPAN_WORDS = Set.of("a", "an", "more", "than", "over", "nearly", "almost", "about",
            "roughly", "at", "least", "several", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "eighteen");

    /** "in more than a year", "in three months", "in years": the last token of the span after "in" at {@code k}, or -1. */
    private static int periodAfterIn(Tokens tokens, int k) {
        for (int j = k + 1; j <= k + 5 && j < tokens.size(); j++) {
            if (word(tokens, j, PERIODS)) return j;
            if (!(word(tokens, j, SPAN_WORDS) || tokens.is(j, TokenType.NUMBER))) return -1;
        }
        return -1;
    }

    private static boolean numberedOrdinal(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && NUMBERED_ORDINAL.matcher(w).matches();
    }

    private static boolean word(Tokens tokens, int k, Set<String> words) {
        return k >= 0 && k < tokens.size() && tokens.is(k, TokenType.WORD) && words.contains(tokens.key(k));
    }

    /** A claim wherever it stands: bound to whatever its sentence cites, which cannot state it. */
    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        return CitationBinder.Binding.NONE;
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        String message = "says \"" + text() + "\", but no fact of the sheet states a record, a streak or a high or low "
                + "since a date: remove it, or cite a fact that states it";
        return new ClaimVerifier.Verified(new Claim(start(), end(), text(), null, null, List.of(), ClaimStatus.UNSUPPORTED, message),
                List.of(), null);
    }
}
