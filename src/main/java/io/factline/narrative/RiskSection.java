package io.factline.narrative;

import static io.factline.narrative.Wording.figure;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import java.util.ArrayList;
import java.util.List;

/** Volatility and beta: broad instruments one by one, sector funds by their extremes. */
final class RiskSection {

    private final SheetView v;

    private final boolean ranks;

    /** @param ranks whether to rank the sector funds (not when single stocks are in the sheet: see docs/writer.md) */
    RiskSection(SheetView v, boolean ranks) {
        this.v = v;
        this.ranks = ranks;
    }

    String text() {
        List<String> s = new ArrayList<>();
        for (Instrument i : v.broad()) {
            v.fact(i, Metric.VOLATILITY, Window.D30).ifPresent(f ->
                    s.add(i.symbol() + "'s 30-day volatility of daily returns is " + figure(f) + "."));
            v.fact(i, Metric.BETA, Window.D252).filter(f -> !f.against().equals(i.symbol())).ifPresent(f ->
                    s.add(i.symbol() + "'s 252-day beta against " + f.against() + " is " + figure(f) + "."));
        }
        List<Fact> betas = v.ranked(Metric.BETA, Window.D252);
        if (ranks && betas.size() >= 2) {
            Fact hi = betas.get(0), lo = betas.get(betas.size() - 1);
            s.add("Among sector funds, " + Wording.name(v.instrument(hi.subject())) + " has the highest 252-day beta against "
                    + hi.against() + ", " + figure(hi) + ".");
            s.add(Wording.name(v.instrument(lo.subject())) + " has the lowest, " + figure(lo) + ".");
        }
        List<Fact> vols = v.ranked(Metric.VOLATILITY, Window.D30);
        if (ranks && vols.size() >= 2) {
            s.add("The most volatile sector fund over 30 sessions is " + Wording.name(v.instrument(vols.get(0).subject()))
                    + ", at " + figure(vols.get(0)) + ".");
        }
        v.unavailableByReason(Metric.BETA, Window.D252).forEach((why, subjects) -> {
            List<String> names = subjects.stream().map(v::instrument).filter(i -> !v.isStale(i)).map(Wording::name).toList();
            if (!names.isEmpty()) s.add("No beta for " + TemplateWriter.joined(names) + ": " + why + ".");
        });
        return String.join(" ", s);
    }
}
