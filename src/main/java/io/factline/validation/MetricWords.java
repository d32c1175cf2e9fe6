package io.factline.validation;

import io.factline.facts.Metric;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The words that name what a figure measures: "volatility" a volatility, "beta" a beta, "times earnings"
 * a P/E, "closed at" a close, "rose" a return. A cited fact must be of a measure the words allow:
 * "IWM gained 1.26% [F27]" with F27 IWM's 30-day volatility is a wrong metric even though the digits
 * agree. Nouns are stronger than direction verbs ("volatility climbed to 1.26%" is about volatility),
 * and a direction verb before "to" states a level, not a move ("climbed to 247.45").
 */
final class MetricWords {

    /** What a word says a figure is, and whether it is a noun (strong) or a direction word (weak). */
    record Cue(Set<Metric> metrics, String word, boolean strong) {

        boolean allows(Metric m) {
            return metrics.contains(m);
        }

        /** "volatility", "a return": how a message names the measure the words state. */
        String describe() {
            if (metrics.contains(Metric.RETURN)) return "a move (return)";
            if (metrics.contains(Metric.VOLATILITY)) return "a volatility";
            if (metrics.contains(Metric.BETA)) return "a beta";
            if (metrics.contains(Metric.PE_RATIO)) return "a P/E";
            if (metrics.contains(Metric.CLOSE)) return "a close (level)";
            if (metrics.contains(Metric.AVERAGE_VOLUME)) return "an average volume";
            if (metrics.contains(Metric.VOLUME)) return "a volume";
            if (metrics.contains(Metric.MACD_SIGNAL)) return "a MACD signal line";
            if (metrics.contains(Metric.MACD_HISTOGRAM)) return "a MACD histogram";
            return "a MACD line";
        }
    }

    private static final Set<Metric> MOVE = EnumSet.of(Metric.RETURN, Metric.RELATIVE_RETURN);
    private static final Set<Metric> VOLUMES = EnumSet.of(Metric.VOLUME, Metric.VOLUME_RATIO);
    private static final Set<Metric> AVERAGE = EnumSet.of(Metric.AVERAGE_VOLUME, Metric.VOLUME_RATIO);

    private static final Map<String, Set<Metric>> NOUNS = Map.ofEntries(
            Map.entry("volatility", EnumSet.of(Metric.VOLATILITY)), Map.entry("volatile", EnumSet.of(Metric.VOLATILITY)),
            Map.entry("swings", EnumSet.of(Metric.VOLATILITY)), Map.entry("deviation", EnumSet.of(Metric.VOLATILITY)),
            Map.entry("choppiness", EnumSet.of(Metric.VOLATILITY)), Map.entry("vol", EnumSet.of(Metric.VOLATILITY, Metric.VOLUME, Metric.VOLUME_RATIO, Metric.AVERAGE_VOLUME)),
            Map.entry("beta", EnumSet.of(Metric.BETA)), Map.entry("betas", EnumSet.of(Metric.BETA)),
            Map.entry("sensitivity", EnumSet.of(Metric.BETA)),
            Map.entry("p/e", EnumSet.of(Metric.PE_RATIO)), Map.entry("pe", EnumSet.of(Metric.PE_RATIO)),
            Map.entry("earnings", EnumSet.of(Metric.PE_RATIO)), Map.entry("multiple", EnumSet.of(Metric.PE_RATIO)),
            Map.entry("valuation", EnumSet.of(Metric.PE_RATIO)), Map.entry("valued", EnumSet.of(Metric.PE_RATIO)),
            Map.entry("macd", EnumSet.of(Metric.MACD)), Map.entry("signal", EnumSet.of(Metric.MACD_SIGNAL)),
            Map.entry("histogram", EnumSet.of(Metric.MACD_HISTOGRAM)), Map.entry("hist", EnumSet.of(Metric.MACD_HISTOGRAM)),
            Map.entry("volume", VOLUMES), Map.entry("volumes", VOLUMES), Map.entry("turnover", VOLUMES),
            Map.entry("average", AVERAGE), Map.entry("averaged", AVERAGE), Map.entry("averaging", AVERAGE),
            Map.entry("norm", AVERAGE), Map.entry("normal", AVERAGE), Map.entry("avg", AVERAGE),
            Map.entry("close", EnumSet.of(Metric.CLOSE)), Map.entry("closing", EnumSet.of(Metric.CLOSE)),
            Map.entry("level", EnumSet.of(Metric.CLOSE)), Map.entry("price", EnumSet.of(Metric.CLOSE)),
            Map.entry("return", MOVE), Map.entry("returns", MOVE), Map.entry("returned", MOVE),
            Map.entry("performance", MOVE), Map.entry("move", MOVE), Map.entry("moved", MOVE), Map.entry("moves", MOVE),
            Map.entry("change", MOVE), Map.entry("changed", MOVE), Map.entry("gap", MOVE), Map.entry("spread", MOVE),
            Map.entry("margin", MOVE), Map.entry("relative", MOVE));
    /** Verbs that state a level when "at" follows: "closed at 655.38", "ended the day at 655.38". */
    private static final Set<String> LEVEL_VERBS = Set.of("closed", "ended", "finished", "settled", "closes", "ends",
            "finishes", "settles", "ending", "finishing");
    /** "daily moves of 1.26%", "typical swing": a move word after these is a volatility. */
    private static final Set<String> TYPICAL = Set.of("daily", "typical", "average", "usual", "standard");

    /** "a close second", "close behind": a place, not a closing level. */
    private static final Set<String> CLOSE_PLACES = Set.of("second", "third", "fourth", "fifth", "runner", "behind", "call");
    private static final Set<String> GAP_UNITS = Set.of("pp", "points", "point", "percent", "bp", "bps", "basis");

    private static final Set<String> NOT_THE_SIGNAL_LINE = Set.of("bullish", "bearish", "buy", "sell", "mixed",
            "warning", "clear", "strong", "weak", "positive", "negative", "no", "any");

    /**
     * What a figure's own form says when no word does: a sign character marks a change or a signed
     * indicator ("+0.85%" is not a volatility), and a bare share count is the day's volume (an average
     * must be called one).
     */
    static Cue fromForm(Figure w) {
        if (w.quantity().signChar() != 0) {
            return new Cue(EnumSet.of(Metric.RETURN, Metric.RELATIVE_RETURN, Metric.MACD, Metric.MACD_SIGNAL,
                    Metric.MACD_HISTOGRAM, Metric.CLOSE), w.text(), false);
        }
        if (w.unit() == WrittenUnit.SHARES) return new Cue(EnumSet.of(Metric.VOLUME), w.text(), false);
        return null;
    }

    private MetricWords() {
    }

    /** The cue of the word at token {@code i}, or null; {@code direction} is the token's direction sign. */
    static Cue at(Tokens tokens, int i, int direction) {
        if (!tokens.is(i, TokenType.WORD)) return null;
        String w = tokens.key(i);
        String before = i > 0 && tokens.is(i - 1, TokenType.WORD) ? tokens.key(i - 1) : "";
        if ((w.equals("move") || w.equals("moves") || w.equals("swing")) && TYPICAL.contains(before)) {
            return new Cue(EnumSet.of(Metric.VOLATILITY), before + " " + w, true);
        }
        if ((w.equals("volume") || w.equals("volumes")) && averageBefore(tokens, i)) {
            return new Cue(AVERAGE, "average " + w, true);
        }
        if ((w.equals("changed") || w.equals("change") || w.equals("changing")) && after(tokens, i, "hands")) {
            return new Cue(VOLUMES, w + " hands", true);
        }
        if ((w.equals("traded") || w.equals("trading") || w.equals("trades")) && !after(tokens, i, "at")) {
            return new Cue(VOLUMES, w, true);
        }
        if (w.equals("average") && (after(tokens, i, "true") || after(tokens, i, "moving"))) return null;
        if (w.equals("signal") && NOT_THE_SIGNAL_LINE.contains(before)) return null;   // "a bullish signal"
        if ((w.equals("close") || w.equals("bell")) && before.equals("the")) return null;   // "by the close": a time
        if (w.equals("level") && after(tokens, i, "with")) return null;                 // "level with SPY": equal to
        if (w.equals("close") && i + 1 < tokens.size() && CLOSE_PLACES.contains(tokens.key(i + 1))) return null;  // "a close second"
        // "ahead of XLK's 1.26": a position, not a move, unless a gap stands before it ("1.2 points ahead")
        if ((w.equals("ahead") || w.equals("behind")) && !gapBefore(tokens, i)) return null;
        Set<Metric> noun = NOUNS.get(w);
        if (noun != null) return new Cue(noun, w, true);
        if (LEVEL_VERBS.contains(w) && atFollows(tokens, i)) return new Cue(EnumSet.of(Metric.CLOSE), w + " at", true);
        if (direction != 0 && !after(tokens, i, "to") && !after(tokens, i, "at")) return new Cue(MOVE, w, false);
        if (w.equals("unchanged") || w.equals("flat")) return new Cue(MOVE, w, false);
        return null;
    }

    /** Whether a figure or the unit of a gap stands right before token {@code i}: "1.2 pp ahead", "two points behind". */
    private static boolean gapBefore(Tokens tokens, int i) {
        if (i == 0) return false;
        return tokens.is(i - 1, TokenType.NUMBER) || tokens.is(i - 1, TokenType.PERCENT)
                || tokens.is(i - 1, TokenType.WORD) && GAP_UNITS.contains(tokens.key(i - 1));
    }

    private static boolean averageBefore(Tokens tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (tokens.isWord(k, "average") || tokens.isWord(k, "avg")) return true;
        }
        return false;
    }

    /** "closed at", "ended the session at": "at" within the next four tokens, before any number. */
    private static boolean atFollows(Tokens tokens, int i) {
        for (int k = i + 1; k < Math.min(tokens.size(), i + 5); k++) {
            if (tokens.isWord(k, "at") || tokens.isWord(k, "near") || tokens.isWord(k, "around")) return true;
            if (!tokens.is(k, TokenType.WORD)) return false;
        }
        return false;
    }

    private static boolean after(Tokens tokens, int i, String word) {
        return i + 1 < tokens.size() && tokens.isWord(i + 1, word);
    }
}
