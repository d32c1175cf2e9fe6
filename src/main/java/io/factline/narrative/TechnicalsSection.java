package io.factline.narrative;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.market.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** MACD and 50-day trend labels: broad instruments one by one, sector funds grouped by label. */
final class TechnicalsSection {

    private final SheetView v;

    TechnicalsSection(SheetView v) {
        this.v = v;
    }

    String text() {
        List<String> s = new ArrayList<>();
        for (Instrument i : v.broad()) {
            Optional<Fact> macd = v.fact(i, Metric.MACD_TREND, null), trend = v.fact(i, Metric.TREND, null);
            if (macd.isPresent() && trend.isPresent()) {
                s.add(i.symbol() + "'s MACD is " + label(macd.get()) + " and its 50-day trend is " + label(trend.get()) + ".");
            } else {
                macd.ifPresent(f -> s.add(i.symbol() + "'s MACD is " + label(f) + "."));
                trend.ifPresent(f -> s.add(i.symbol() + "'s 50-day trend is " + label(f) + "."));
            }
        }
        grouped(Metric.TREND).forEach((label, names) -> s.add((label.equals("sideways") ? "Sector funds trending sideways: "
                : "Sector funds in " + (label.equals("uptrend") ? "an " : "a ") + label + ": ") + TemplateWriter.joined(names) + "."));
        grouped(Metric.MACD_TREND).forEach((label, names) ->
                s.add("Sector funds with a " + label + " MACD: " + TemplateWriter.joined(names) + "."));
        return String.join(" ", s);
    }

    /** label -> "Energy (XLE) [F42]" items, labels in order of first appearance. */
    private Map<String, List<String>> grouped(Metric metric) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Instrument i : v.sectors()) {
            v.fact(i, metric, null).ifPresent(f ->
                    out.computeIfAbsent(f.labelText(), k -> new ArrayList<>()).add(Wording.name(i) + " [" + f.id() + "]"));
        }
        return out;
    }

    private static String label(Fact f) {
        return f.labelText() + " [" + f.id() + "]";
    }
}
