package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import java.util.List;
import java.util.Set;

/**
 * A superlative in time: "record high", "all-time high", "52-week low", "highest since 2021", "worst week
 * since March", "third straight session", "a five-day winning streak". Such a claim needs a fact that
 * states it, and no metric of the sheet states a record, a streak or a high since a date: it is
 * {@code unsupported} wherever it stands, cited or not, negated or not ("not yet at a record" still tells
 * the reader where the record is). A 52-week high or low ("52-week high", "12-month low", "one-year highs")
 * is what the metric catalogue states: {@code yearHigh} is true for a high, false for a low (null for any
 * other superlative), and the phrase is supported by the fact it cites: a "new 52-week high" flag that is yes
 * (or no, after "not"/"no"/"failed to"), the count of new highs (equal to {@code count}, the number written
 * just before it: "eight stocks set new 52-week highs"; above zero when none is written), the 52-week level,
 * or the distance from it.
 */
record RecordWords(Written.Span span, Boolean yearHigh, Integer count, boolean negated) implements Written {

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
        Boolean yearHigh = last == i && first == i - 3 && oneYear(tokens, i) ? Boolean.valueOf(tokens.key(i).startsWith("high")) : null;
        return new RecordWords(new Written.Span(first, last, start, end, text.substring(start, end)), yearHigh,
                yearHigh == null ? null : countBefore(tokens, first), yearHigh != null && negatedBefore(tokens, first));
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

    /** "52-week", "12-month", "one-year" / "1-year" before the high or low at {@code i}: the catalogue's 252-day window. */
    private static boolean oneYear(Tokens tokens, int i) {
        String period = tokens.key(i - 1);
        int count = tokens.is(i - 3, TokenType.NUMBER) && tokens.number(i - 3).isInteger() ? tokens.number(i - 3).magnitude().intValue()
                : tokens.isWord(i - 3, "one") ? 1 : -1;
        return period.equals("week") && count == 52 || period.equals("month") && count == 12 || period.equals("year") && count == 1;
    }

    /** "Eight stocks set new 52-week highs": the whole number in the few words before token {@code first}, or null. */
    private static Integer countBefore(Tokens tokens, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 8); k--) {
            if (tokens.is(k, TokenType.NUMBER)) {
                if (k > 0 && INDEX_WORDS.contains(tokens.key(k - 1))) {   // "S&P 500 members": a name, not the count
                    k--;
                    continue;
                }
                NumberLiteral n = tokens.number(k);
                return n.isInteger() && n.sign() == 0 && n.suffix() == null ? n.magnitude().intValue() : null;
            }
            if (!tokens.is(k, TokenType.WORD)) return null;
            if (tokens.isWord(k, "no") || tokens.isWord(k, "none")) return 0;   // "No stock in health care set a new 52-week low"
            Integer n = NumberWords.integer(tokens.key(k));
            if (n != null) return n;
        }
        return null;
    }

    private static final Set<String> INDEX_WORDS = Set.of("s&p", "russell", "nasdaq", "dow");

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "without", "failed", "nor", "neither",
            "nowhere");

    private static boolean numberedOrdinal(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && NUMBERED_ORDINAL.matcher(w).matches();
    }

    private static boolean word(Tokens tokens, int k, Set<String> words) {
        return k >= 0 && k < tokens.size() && tokens.is(k, TokenType.WORD) && words.contains(tokens.key(k));
    }

    /**
     * A claim wherever it stands. A 52-week high or low is bound to the marker after it, else to the facts its
     * sentence cites; any other superlative to nothing, since no fact can state it.
     */
    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        if (yearHigh == null) return CitationBinder.Binding.NONE;
        // "Eight stocks [F1] set fresh 52-week highs, among them Palantir [F2]": a plural is the count's, cited anywhere in the sentence
        if (text().endsWith("s")) return CitationBinder.inSentence(citations.groupsAround(this), f -> true, CitationBinder.Binding.NONE);
        CitationBinder.Group after = citations.after(this, reaches);
        if (after != null) return citations.following(this, after);
        return CitationBinder.inSentence(citations.groupsAround(this), f -> true, CitationBinder.Binding.NONE);
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        if (yearHigh != null) {
            ClaimVerifier.Verified stated = stated(b, ctx, v.sheet());
            if (stated != null) return stated;
        }
        String message = "says \"" + text() + "\", but no fact of the sheet states a record, a streak or a high or low "
                + "since a date: remove it, or cite a fact that states it";
        if (yearHigh != null) message = "says \"" + text() + "\" but cites no fact that states it: cite the instrument's new 52-week "
                + (yearHigh ? "high" : "low") + " flag, its 52-week " + (yearHigh ? "high" : "low") + " or the count of new "
                + (yearHigh ? "highs" : "lows") + ", or remove it";
        return new ClaimVerifier.Verified(new Claim(start(), end(), text(), null, null, List.of(), ClaimStatus.UNSUPPORTED, message),
                List.of(), null);
    }

    /** The cited fact that states this 52-week high or low, as the claim's result; null when none is cited. */
    private ClaimVerifier.Verified stated(CitationBinder.Binding b, ClaimContext ctx, PreparedSheet sheet) {
        Metric flag = yearHigh ? Metric.NEW_HIGH_52W : Metric.NEW_LOW_52W;
        Set<Metric> levels = yearHigh ? Set.of(Metric.HIGH_52W, Metric.PCT_FROM_HIGH_52W)
                : Set.of(Metric.LOW_52W, Metric.PCT_FROM_LOW_52W);
        List<Fact> flags = new java.util.ArrayList<>();
        for (Fact f : b.facts()) {
            if (f == null) continue;
            if (f.metric() == (yearHigh ? Metric.NEW_HIGHS_52W : Metric.NEW_LOWS_52W)) return counted(f, ctx, sheet);
            if (levels.contains(f.metric())) {
                return new ClaimVerifier.Verified(RankCheck.claim(this, List.of(f.id()), ClaimStatus.SUPPORTED,
                        "fact " + f.id() + " (" + FactNames.describe(f) + ") is " + f.shown()), List.of(f), null);
            }
            if (f.metric() != flag || f.labelText() == null) continue;
            Mention named = ctx.primary();
            if (named != null && named.isInstrument() && !named.means(f.subject()) && b.facts().size() == 1) {   // "Cardinal Health hit … [the Dow's flag]"
                return new ClaimVerifier.Verified(RankCheck.claim(this, List.of(f.id()), ClaimStatus.WRONG_SUBJECT, "says \"" + text()
                        + "\" about " + String.join("/", named.symbols()) + ", but fact " + f.id() + " (" + FactNames.describe(f)
                        + ") is about " + f.subject()), List.of(), f);
            }
            flags.add(f);
        }
        if (flags.isEmpty()) return null;
        // "Cardinal Health and CF Industries both hit new 52-week highs [F9384][F9582]": every flag cited must agree
        List<String> ids = flags.stream().map(Fact::id).toList();
        for (Fact f : flags) {
            if (f.labelText().equalsIgnoreCase("yes") == negated) {
                return new ClaimVerifier.Verified(RankCheck.claim(this, ids, ClaimStatus.MISMATCH, "says \"" + text() + "\""
                        + (negated ? " did not happen" : "") + ", but fact " + f.id() + " (" + FactNames.describe(f) + ") is "
                        + f.labelText()), List.of(), f);
            }
        }
        Fact f = flags.get(0);
        return new ClaimVerifier.Verified(RankCheck.claim(this, ids, ClaimStatus.SUPPORTED, "fact " + f.id() + " ("
                + FactNames.describe(f) + ") is " + f.labelText() + (flags.size() > 1 ? ", and so are the others cited" : "")), flags, null);
    }

    /** The count of new highs or lows {@code f} against the number written ("eight stocks"), or against none ("stocks hit"). */
    private ClaimVerifier.Verified counted(Fact f, ClaimContext ctx, PreparedSheet sheet) {
        // "two energy stocks set new highs" citing health care's count: a sector's count needs that sector named,
        // the whole market's no sector fund
        Mention named = ctx.primary();
        java.util.Set<String> sector = sheet.sectorMembers(f.subject());
        boolean wrongGroup = named != null && named.isInstrument() && (sector.isEmpty()
                ? named.symbols().stream().allMatch(sheet.sectorSymbols()::contains)
                : named.symbols().stream().noneMatch(sector::contains));
        if (wrongGroup) {
            return new ClaimVerifier.Verified(RankCheck.claim(this, List.of(f.id()), ClaimStatus.WRONG_SUBJECT, "says \"" + text()
                    + "\" about " + String.join("/", named.symbols()) + ", but fact " + f.id() + " (" + FactNames.describe(f)
                    + ") is about " + (sector.isEmpty() ? "all member stocks" : f.subject() + " stocks")), List.of(), f);
        }
        long n = Math.round(f.number());
        boolean none = count == null && negated;                  // "did not see a single new 52-week low"
        boolean holds = count != null ? count == n : none ? n == 0 : n > 0;
        String says = "says " + (count != null ? String.valueOf(count) : none ? "none" : "some") + " with \"" + text() + "\"";
        return new ClaimVerifier.Verified(RankCheck.claim(this, List.of(f.id()), holds ? ClaimStatus.SUPPORTED : ClaimStatus.WRONG_COUNT,
                (holds ? "" : says + ", but ") + "fact " + f.id() + " (" + FactNames.describe(f) + ") is " + f.shown()),
                holds ? List.of(f) : List.of(), f);
    }

    /** "did not set a new 52-week high", "no new 52-week low", "neither came near": a negation in the four words before. */
    private static boolean negatedBefore(Tokens tokens, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            if (!tokens.is(k, TokenType.WORD)) continue;
            String w = tokens.key(k);
            if (NEGATIONS.contains(w) || w.endsWith("n't")) return true;
        }
        return false;
    }
}
