package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;

/**
 * How messages name a fact: "IWM 1-day return", "XLV 1-day return relative to SPY", "SPY volume vs its
 * 30-day average". Built from subject, metric, window and against, so messages read the same whether the
 * sheet's own labels are prose ("IWM 1-day return") or codes ("XLV relative_return 1d").
 */
final class FactNames {

    private FactNames() {
    }

    static String describe(Fact f) {
        String s = f.subject();
        String w = f.window() == null ? "" : f.window().phrase() + " ";
        if (f.metric() == null) return f.label() != null ? f.label() : s;
        return switch (f.metric()) {
            case CLOSE -> s + " close";
            case RETURN -> s + " " + w + "return";
            case RELATIVE_RETURN -> s + " " + w + "return relative to " + f.against();
            case VOLATILITY -> s + " " + w + "volatility";
            case VOLUME -> s + " volume";
            case AVERAGE_VOLUME -> s + " " + w + "average volume";
            case VOLUME_RATIO -> s + " volume vs its " + w + "average";
            case BETA -> s + " " + w + "beta against " + f.against();
            case MACD -> s + " MACD";
            case MACD_SIGNAL -> s + " MACD signal line";
            case MACD_HISTOGRAM -> s + " MACD histogram";
            case MACD_TREND -> s + " MACD trend";
            case TREND -> s + " trend";
            case PE_RATIO -> s + " P/E ratio";
        };
    }

    /** "F7 (IWM 1-day return)". */
    static String cite(Fact f) {
        return f.id() + " (" + describe(f) + ")";
    }

    /** The fact's value as readers see it: "+2.16%", "78.75 million", "bearish". */
    static String shown(Fact f) {
        String shown = f.shown();
        return f.unit() == io.factline.facts.Unit.SHARES && !shown.endsWith("shares") ? shown + " shares" : shown;
    }

    static boolean isSigned(Fact f) {
        return f.metric() == Metric.RETURN || f.metric() == Metric.RELATIVE_RETURN;
    }
}
