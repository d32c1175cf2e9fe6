package io.factline.narrative;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.market.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MACD and 50-day trend labels (issue 16): the market and the small-cap pair, MACD and trend explained on
 * first use, then only the sector funds that stand out, those whose label is not the one most of them
 * share, as long as they fit in the section's five names.
 */
final class TechnicalsSection {

    private final SheetView v;
    private final List<Instrument> first;
    private final Jargon jargon;
    private final NameBudget names = new NameBudget();

    /** @param first the instruments written one by one (the market and its pair), in order */
    TechnicalsSection(SheetView v, List<Instrument> first, Jargon jargon) {
        this.v = v;
        this.first = first;
        this.jargon = jargon;
    }

    String text() {
        List<String> s = new ArrayList<>();
        for (Instrument i : first) {
            Optional<Fact> macd = v.fact(i, Metric.MACD_TREND, null), trend = v.fact(i, Metric.TREND, null);
            if ((macd.isEmpty() && trend.isEmpty()) || !names.take(i.symbol())) continue;
            if (macd.isPresent() && trend.isPresent()) {
                s.add(i.symbol() + "'s MACD" + jargon.explain(Jargon.Term.MACD) + " is " + label(macd.get())
                        + ", and its 50-day trend" + jargon.explain(Jargon.Term.TREND) + " " + trendPhrase(trend.get()) + ".");
            } else {
                macd.ifPresent(f -> s.add(i.symbol() + "'s MACD" + jargon.explain(Jargon.Term.MACD) + " is " + label(f) + "."));
                trend.ifPresent(f -> s.add(i.symbol() + "'s 50-day trend" + jargon.explain(Jargon.Term.TREND) + " " + trendPhrase(f) + "."));
            }
        }
        List<String> trends = new ArrayList<>();
        standouts(Metric.TREND).forEach((label, funds) -> trends.add(TemplateWriter.joined(funds)
                + (funds.size() == 1 ? " is " : " are ") + (label.equals("sideways") ? "trending sideways"
                : "in " + (label.equals("uptrend") ? "an " : "a ") + label)));
        if (!trends.isEmpty()) s.add("Among sector funds, " + String.join(", and ", trends) + ".");
        standouts(Metric.MACD_TREND).forEach((label, funds) -> s.add(TemplateWriter.joined(funds)
                + (funds.size() == 1 ? " has a " : " have a ") + label + " MACD."));
        return String.join(" ", s);
    }

    /**
     * The sector funds whose label differs from the one most sector funds carry ("Energy (XLE) [F42]"), by
     * label in order of first appearance; all of them if no label is carried by most. Only whole groups that fit.
     */
    private Map<String, List<String>> standouts(Metric metric) {
        Map<String, List<Instrument>> byLabel = new LinkedHashMap<>();
        Map<Instrument, Fact> facts = new LinkedHashMap<>();
        for (Instrument i : v.sectors()) {
            v.fact(i, metric, null).ifPresent(f -> {
                byLabel.computeIfAbsent(f.labelText(), k -> new ArrayList<>()).add(i);
                facts.put(i, f);
            });
        }
        String most = byLabel.entrySet().stream().filter(e -> e.getValue().size() * 2 > facts.size())
                .map(Map.Entry::getKey).findFirst().orElse("");
        Map<String, List<String>> out = new LinkedHashMap<>();
        byLabel.forEach((label, funds) -> {
            if (label.equals(most) || !names.take(funds.stream().map(Instrument::symbol).toList())) return;
            out.put(label, funds.stream().map(i -> Wording.name(i) + " [" + facts.get(i).id() + "]").toList());
        });
        return out;
    }

    /** "points to an uptrend [F56]", "is sideways [F22]". */
    private static String trendPhrase(Fact f) {
        return switch (f.labelText()) {
            case "uptrend" -> "points to an uptrend [" + f.id() + "]";
            case "downtrend" -> "points to a downtrend [" + f.id() + "]";
            default -> "is " + label(f);
        };
    }

    private static String label(Fact f) {
        return f.labelText() + " [" + f.id() + "]";
    }
}
