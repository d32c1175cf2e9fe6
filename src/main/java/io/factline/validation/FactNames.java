package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Unit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How messages name a fact: "IWM 1-day return", "XLV 1-day return relative to SPY", "SPY volume vs its
 * 30-day average", and show its value as readers see it ("+2.16%", "78.75 million shares"). Built from
 * subject, metric, window and against, so messages read the same whether the sheet's own labels are
 * prose or codes ("XLV relative_return 1d"). One per prepared sheet: the strings of its facts are made
 * on first use and kept (formatting a value is the most expensive step of a message). The caches are
 * written racily but only ever with equal immutable strings, which the memory model makes safe.
 */
final class FactNames {

    private final Map<Fact, Integer> index = new IdentityHashMap<>();
    private final String[] cite;
    private final String[] shown;
    private final String[] supported;

    FactNames(List<Fact> facts) {
        for (int i = 0; i < facts.size(); i++) index.put(facts.get(i), i);
        cite = new String[facts.size()];
        shown = new String[facts.size()];
        supported = new String[facts.size()];
    }

    /**
     * "fact F7 (IWM 1-day return) is +2.16%", "fact F9 (SPY MACD trend) is bearish": the message of a
     * claim the fact supports (a label as the sheet writes it).
     */
    String supports(Fact f) {
        Integer i = index.get(f);
        if (i == null) return supportMessage(f);
        String s = supported[i];
        if (s == null) supported[i] = s = supportMessage(f);
        return s;
    }

    private String supportMessage(Fact f) {
        return "fact " + cite(f) + " is " + (f.isLabel() ? f.labelText() : shown(f));
    }

    /** "F7 (IWM 1-day return)". */
    String cite(Fact f) {
        Integer i = index.get(f);
        if (i == null) return f.id() + " (" + describe(f) + ")";
        String s = cite[i];
        if (s == null) cite[i] = s = f.id() + " (" + describe(f) + ")";
        return s;
    }

    /** The fact's value as readers see it: "+2.16%", "78.75 million shares", "bearish". */
    String shown(Fact f) {
        Integer i = index.get(f);
        if (i == null) return format(f);
        String s = shown[i];
        if (s == null) shown[i] = s = format(f);
        return s;
    }

    private static String format(Fact f) {
        String s = ValueText.of(f);
        return f.unit() == Unit.SHARES && !s.endsWith("shares") ? s + " shares" : s;
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
            default -> io.factline.facts.Labels.of(s, f.metric(), f.window(), f.against());
        };
    }

    /** Changes (returns, relative returns, point and basis-point moves) carry their sign in words too ("fell 1.33%"). */
    static boolean isSigned(Fact f) {
        return f.metric() != null && f.metric().isSigned();
    }
}
