package io.factline.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds window phrases. A count and a period ("30-day", "30 days", "30 sessions", "30 trading days",
 * "52-week", "12-month", "1-year", "30d", "one-day", "thirty days") and fixed phrases: 1-day "on the
 * day", "for the day", "on the session", "in the session", "today", "intraday", "on Monday", "Monday's
 * session"; 30-day "past month", "last month", "over the month"; 252-day "past year", "trailing year".
 * "daily" is a weak 1-day phrase, and no phrase at all after "of" ("volatility of daily returns").
 * Their digits are never claims.
 */
final class WindowPhrases {

    private static final Map<String, Integer> NUMBER_WORDS = Map.of("one", 1, "single", 1, "thirty", 30, "twelve", 12,
            "fifty-two", 52, "five", 5, "ten", 10, "two", 2, "three", 3, "six", 6);
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday");
    /** Nouns after a span that make it an indicator's parameter, not the claim's window ("50-day moving average"). */
    private static final Set<String> INDICATOR_NOUNS = Set.of("moving", "sma", "ema", "ma", "high", "highs", "low",
            "lows", "range", "trend", "line", "rsi", "downtrend", "uptrend", "trends", "label", "measure");
    private static final String[][] DAY_PHRASES = {{"on", "the", "day"}, {"for", "the", "day"}, {"on", "the", "session"},
            {"in", "the", "session"}, {"for", "the", "session"}, {"this", "session"}, {"in", "today", "session"},
            {"today"}, {"intraday"}, {"by", "the", "close"}, {"at", "the", "close"}, {"into", "the", "close"},
            {"by", "the", "bell"}, {"at", "the", "bell"}, {"by", "the", "end", "of", "the", "session"},
            {"for", "the", "session"}, {"on", "the", "session"}};
    private static final String[][] MONTH_PHRASES = {{"past", "month"}, {"last", "month"}, {"over", "the", "month"},
            {"prior", "month"}};
    private static final String[][] YEAR_PHRASES = {{"past", "year"}, {"trailing", "year"}, {"past", "twelve", "months"},
            {"last", "twelve", "months"}, {"over", "the", "year"}};
    private static final String[][] WEEK_PHRASES = {{"past", "week"}, {"last", "week"}, {"over", "the", "week"},
            {"on", "the", "week"}, {"for", "the", "week"}, {"week", "over", "week"}, {"past", "five", "sessions"},
            {"prior", "week"}};
    /** Calendar periods: what a trailing figure is not ("this month" for a 30-session return). */
    private static final String[][] CALENDAR_PHRASES = {{"this", "month"}, {"this", "week"}, {"this", "quarter"},
            {"this", "year"}, {"year", "to", "date"}, {"ytd"}, {"mtd"}, {"qtd"}, {"month", "to", "date"},
            {"quarter", "to", "date"}, {"so", "far", "this", "year"}, {"so", "far", "this", "month"},
            {"so", "far", "in"}, {"for", "the", "month"}, {"on", "the", "month"}, {"for", "the", "quarter"},
            {"for", "the", "year"}, {"since", "the", "start", "of"}, {"since", "the", "beginning", "of"},
            {"calendar", "year"}, {"in", "the", "first", "quarter"}, {"this", "past", "month"}};
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");

    /** A fixed phrase and the sessions it spans (0 for a calendar period). */
    private record Fixed(String[] words, int sessions) {
    }

    /** The fixed phrases by their first word, in the order above: a word is tried only on the phrases it starts. */
    private static final Map<String, List<Fixed>> FIXED = fixedByFirstWord();

    private static Map<String, List<Fixed>> fixedByFirstWord() {
        Map<String, List<Fixed>> byFirst = new java.util.HashMap<>();
        for (String[] words : DAY_PHRASES) byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Fixed(words, 1));
        for (String[] words : MONTH_PHRASES) byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Fixed(words, 30));
        for (String[] words : YEAR_PHRASES) byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Fixed(words, 252));
        for (String[] words : WEEK_PHRASES) byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Fixed(words, 5));
        for (String[] words : CALENDAR_PHRASES) byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Fixed(words, 0));
        // longest first: "so far this year" before "so far in"
        byFirst.values().forEach(l -> l.sort(java.util.Comparator.comparingInt((Fixed f) -> -f.words().length)));
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byFirst);
    }

    /** Every word a phrase can start with: one lookup rules out all other words. */
    static final Set<String> STARTS = starts();

    private static Set<String> starts() {
        java.util.Set<String> s = new java.util.HashSet<>(FIXED.keySet());
        s.addAll(NUMBER_WORDS.keySet());
        s.addAll(WEEKDAYS);
        s.add("daily");
        s.add("since");
        s.add("in");
        s.add("during");
        return Set.copyOf(s);
    }

    private WindowPhrases() {
    }

    /**
     * @param skip tokens already taken (instrument names)
     * @param covered set here for every token of a phrase
     */
    static List<WindowPhrase> find(Tokens tokens, boolean[] skip, boolean[] covered, String text) {
        List<WindowPhrase> found = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (skip[i]) continue;
            WindowPhrase p = at(tokens, i, text);
            if (p == null) p = sameAsBefore(tokens, i, text, found);
            if (p == null) continue;
            if (p.window() == null && p.last() + 1 < n && INDICATOR_NOUNS.contains(tokens.key(p.last() + 1))) {
                for (int k = p.first(); k <= p.last(); k++) covered[k] = true;
                i = p.last();
                continue;                                          // "50-day moving average": no window of the claim
            }
            for (int k = p.first(); k <= p.last(); k++) covered[k] = true;
            found.add(p);
            i = p.last();
        }
        return found;
    }

    private static final Set<String> SAME_STARTS = Set.of("over", "during", "in", "across", "for");
    private static final Set<String> PERIOD_NOUNS = Set.of("period", "span", "stretch", "window", "time", "run");

    /**
     * "over that period", "during the same span", "over that stretch": the period last stated before it in its
     * paragraph, or null (no such words, or no period stated before them).
     */
    private static WindowPhrase sameAsBefore(Tokens tokens, int i, String text, List<WindowPhrase> found) {
        if (found.isEmpty() || !tokens.is(i, TokenType.WORD) || !SAME_STARTS.contains(tokens.key(i))) return null;
        int k = i + 1;
        if (tokens.isWord(k, "the") && tokens.isWord(k + 1, "same")) k += 2;
        else if (tokens.isWord(k, "that") || tokens.isWord(k, "this")) k++;
        else return null;
        if (k >= tokens.size() || !tokens.is(k, TokenType.WORD) || !PERIOD_NOUNS.contains(tokens.key(k))) return null;
        // "that window" is a span of sessions, not "Monday's" named in between ("The 30-session picture inverts
        // Monday's ranking. Materials lead over that window")
        WindowPhrase before = null;
        for (int j = found.size() - 1; j >= 0 && before == null; j--) {
            WindowPhrase f = found.get(j);
            if (!f.weak() && (f.sessions() > 1 || f.calendar())) before = f;
        }
        if (before == null) return null;
        for (int b = before.last() + 1; b < i; b++) {
            if (tokens.is(b, TokenType.PARAGRAPH) || tokens.is(b, TokenType.HEADING)) return null;
        }
        return new WindowPhrase(i, k, before.sessions(), false, slice(text, tokens, i, k), before.calendar(), before.day());
    }

    private static WindowPhrase at(Tokens tokens, int i, String text) {
        if (tokens.is(i, TokenType.NUMBER)) {
            NumberLiteral n = tokens.number(i);
            return counted(tokens, i, n.isInteger() && n.sign() == 0 && !n.currency() ? n.magnitude().intValue() : -1, text);
        }
        if (!tokens.has(i, Lexicon.WINDOW_START)) return null;
        Integer spelled = NUMBER_WORDS.get(tokens.key(i));
        if (spelled != null) {
            WindowPhrase p = counted(tokens, i, spelled, text);
            if (p != null) return p;
        }
        if (tokens.key(i).equals("daily") && !(i > 0 && tokens.isWord(i - 1, "of")) && !dailyMeasure(tokens, i)) {
            return phrase(i, i, 1, true, text, tokens);
        }
        if (WEEKDAYS.contains(tokens.key(i))) {
            java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(tokens.key(i).toUpperCase(java.util.Locale.ROOT));
            int first = i > 0 && tokens.isWord(i - 1, "on") ? i - 1 : i;
            int last = tokens.possessive(i) && i + 1 < tokens.size() && tokens.isWord(i + 1, "session") ? i + 1 : i;
            return new WindowPhrase(first, last, 1, false, slice(text, tokens, first, last), false, day);   // "on Monday"
        }
        List<Fixed> candidates = FIXED.get(tokens.key(i));
        WindowPhrase p = candidates == null ? null : fixed(tokens, i, candidates, text);
        if (p != null) return p;
        // "in March", "since January", "during February": a month named without a day is a calendar period
        if ((tokens.isWord(i, "in") || tokens.isWord(i, "since") || tokens.isWord(i, "during")) && i + 1 < tokens.size()
                && tokens.is(i + 1, TokenType.WORD) && MONTHS.contains(tokens.key(i + 1))
                && !(i + 2 < tokens.size() && tokens.is(i + 2, TokenType.NUMBER))) {
            return new WindowPhrase(i, i + 1, 0, false, slice(text, tokens, i, i + 1), true, null);
        }
        // "since August 1", "since March 2": a calendar start, whatever day
        if (tokens.isWord(i, "since") && i + 2 < tokens.size() && tokens.is(i + 1, TokenType.WORD)
                && MONTHS.contains(tokens.key(i + 1)) && tokens.is(i + 2, TokenType.NUMBER)) {
            return new WindowPhrase(i, i + 2, 0, false, slice(text, tokens, i, i + 2), true, null);
        }
        return null;
    }

    /** "30-day", "30 days", "30 trading sessions", "30d", "52-week", "12-month": count and period. */
    private static WindowPhrase counted(Tokens tokens, int i, int count, String text) {
        if (count <= 0) return null;
        if (tokens.is(i, TokenType.NUMBER) && tokens.number(i).suffix() == Suffix.DAYS) return phrase(i, i, count, false, text, tokens);
        if (tokens.is(i, TokenType.NUMBER) && tokens.number(i).suffix() != null) return null;
        int k = i + 1;
        if (k < tokens.size() && tokens.is(k, TokenType.HYPHEN)) k++;
        if (k < tokens.size() && tokens.isWord(k, "trading")) {
            k++;
            if (k < tokens.size() && tokens.is(k, TokenType.HYPHEN)) k++;
        }
        if (k >= tokens.size() || !tokens.is(k, TokenType.WORD)) return null;
        int sessions = switch (tokens.key(k)) {
            case "day", "days", "session", "sessions" -> count;
            case "week", "weeks" -> count == 52 ? 252 : count * 5;
            case "month", "months" -> count == 1 ? 30 : count == 12 ? 252 : count * 21;
            case "year", "years" -> count * 252;
            default -> -1;
        };
        return sessions < 0 ? null : phrase(i, k, sessions, false, text, tokens);
    }

    private static WindowPhrase fixed(Tokens tokens, int i, List<Fixed> phrases, String text) {
        for (int p = 0; p < phrases.size(); p++) {
            String[] words = phrases.get(p).words();
            int k = i + 1;                                       // the first word is the one looked up
            int j = 1;
            while (j < words.length && k < tokens.size()) {
                if (tokens.is(k, TokenType.HYPHEN)) {               // "year-to-date", "week-over-week"
                    k++;
                    continue;
                }
                if (!tokens.isWord(k, words[j])) break;
                j++;
                k++;
            }
            if (j == words.length) {
                int sessions = phrases.get(p).sessions();
                return new WindowPhrase(i, k - 1, sessions, false, slice(text, tokens, i, k - 1), sessions == 0, null);
            }
        }
        return null;
    }

    private static WindowPhrase phrase(int first, int last, int sessions, boolean weak, String text, Tokens tokens) {
        return new WindowPhrase(first, last, sessions, weak, slice(text, tokens, first, last));
    }

    private static String slice(String text, Tokens tokens, int first, int last) {
        return text.substring(tokens.start(first), tokens.end(last));
    }

    /** "daily moves", "daily swings", "daily returns": the size of a day's move, a volatility's words, not a window. */
    private static boolean dailyMeasure(Tokens tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.is(i + 1, TokenType.WORD)) return false;
        return Set.of("moves", "move", "swings", "swing", "returns", "changes", "ranges", "volatility", "vol")
                .contains(tokens.key(i + 1));
    }
}
