package io.factline.narrative;

import static io.factline.narrative.Wording.figure;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Volatility and beta: the market and the small-cap pair first, then the other broad instruments while
 * they fit in the section's five names, the sector funds by their extremes; beta explained on first use.
 */
final class RiskSection {

    private final SheetView v;
    private final boolean ranks;
    private final List<Instrument> first;
    private final NameBudget names;
    private final Jargon jargon;

    /**
     * @param ranks whether to rank the sector funds (not when single stocks are in the sheet: see docs/writer.md)
     * @param first the instruments to cover before the other broad ones (the market, the pair)
     * @param names the section's names so far (the yield and the VIX open it)
     */
    RiskSection(SheetView v, boolean ranks, List<Instrument> first, NameBudget names, Jargon jargon) {
        this.v = v;
        this.ranks = ranks;
        this.first = first;
        this.names = names;
        this.jargon = jargon;
    }

    String text() {
        List<String> s = new ArrayList<>();
        Set<Instrument> order = new LinkedHashSet<>(first);
        v.broad().stream().filter(i -> !i.symbol().equals("^VIX")).forEach(order::add);
        for (Instrument i : order) {
            Optional<Fact> vol = v.fact(i, Metric.VOLATILITY, Window.D30);
            Optional<Fact> beta = v.fact(i, Metric.BETA, Window.D252).filter(f -> !f.against().equals(i.symbol()));
            if (vol.isEmpty() && beta.isEmpty()) continue;
            if (!names.take(beta.map(b -> List.of(i.symbol(), b.against())).orElse(List.of(i.symbol())))) continue;
            vol.ifPresent(f -> s.add(i.symbol() + "'s 30-day volatility of daily returns is " + figure(f) + "."));
            beta.ifPresent(f -> s.add(i.symbol() + "'s 252-day beta against " + f.against() + jargon.explain(Jargon.Term.BETA)
                    + " is " + figure(f) + "."));
        }
        v.unavailableByReason(Metric.BETA, Window.D252).forEach((why, subjects) -> {
            List<String> missing = subjects.stream().filter(x -> !v.isStale(v.instrument(x))).toList();
            // the reason may name a benchmark ("benchmark SPY has no bar …"): it counts among the five too
            if (missing.isEmpty() || !names.take(NameBudget.namedIn(why, v.broad()))) return;
            List<String> fit = names.takeWhileFits(missing);
            List<String> rest = missing.stream().filter(x -> !fit.contains(x)).toList();
            String shown = fit.stream().map(x -> Wording.name(v.instrument(x))).collect(java.util.stream.Collectors.joining(", "));
            boolean funds = rest.stream().allMatch(x -> v.instrument(x).sector() != null);
            if (rest.isEmpty()) {
                s.add("No beta for " + TemplateWriter.joined(fit.stream().map(x -> Wording.name(v.instrument(x))).toList()) + ": " + why + ".");
            } else if (!fit.isEmpty()) {
                s.add("No beta for " + shown + " " + Wording.andOthers(rest.size(), funds ? "sector fund" : "instrument",
                        funds ? "sector funds" : "instruments") + ": " + why + ".");
            }
        });
        List<Fact> betas = v.ranked(Metric.BETA, Window.D252);
        if (ranks && betas.size() >= 2) {
            Fact hi = betas.get(0), lo = betas.get(betas.size() - 1);
            if (names.take(hi.subject(), hi.against())) {
                s.add("Among sector funds, " + Wording.name(v.instrument(hi.subject())) + " has the highest 252-day beta against "
                        + hi.against() + ", " + figure(hi) + ".");
                if (names.take(lo.subject())) s.add(Wording.name(v.instrument(lo.subject())) + " has the lowest, " + figure(lo) + ".");
            }
        }
        List<Fact> vols = v.ranked(Metric.VOLATILITY, Window.D30);
        if (ranks && vols.size() >= 2 && names.take(vols.get(0).subject())) {
            s.add("The most volatile sector fund over 30 sessions is " + Wording.name(v.instrument(vols.get(0).subject()))
                    + ", at " + figure(vols.get(0)) + ".");
        }
        return String.join(" ", s);
    }
}
