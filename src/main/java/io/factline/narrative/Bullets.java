package io.factline.narrative;

import static io.factline.narrative.Wording.figure;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Risks and opportunities: each bullet is a rule that fires only when the facts it cites exist, so
 * every bullet is grounded in at least one cited fact. At most four of each.
 */
final class Bullets {

    private final SheetView v;
    private final Optional<Instrument> market;
    private final Optional<Instrument> pair;

    Bullets(SheetView v, Optional<Instrument> market, Optional<Instrument> pair) {
        this.v = v;
        this.market = market;
        this.pair = pair;
    }

    List<String> risks() {
        List<String> b = new ArrayList<>();
        market.ifPresent(m -> v.fact(m, Metric.RETURN, Window.D30).filter(f -> f.number() < 0).ifPresent(f ->
                b.add("**Momentum:** " + m.symbol() + " is down " + figure(f) + " over the past 30 sessions"
                        + v.fact(m, Metric.MACD_TREND, null).filter(x -> x.labelText().equals("bearish"))
                                .map(x -> " and its MACD is bearish [" + x.id() + "]").orElse("") + ".")));
        v.ranked(Metric.BETA, Window.D252).stream().filter(f -> f.number() > 1.1).findFirst().ifPresent(f ->
                b.add("**Sensitivity:** " + Wording.name(v.instrument(f.subject())) + " has a 252-day beta of " + figure(f)
                        + " against " + f.against() + ": it has tended to move more than the market."));
        pair.ifPresent(p -> market.ifPresent(m -> {
            Optional<Fact> pv = v.fact(p, Metric.VOLATILITY, Window.D30), mv = v.fact(m, Metric.VOLATILITY, Window.D30);
            if (pv.isPresent() && mv.isPresent() && pv.get().number() > mv.get().number()) {
                b.add("**Volatility:** " + p.symbol() + "'s 30-day volatility is " + figure(pv.get()) + ". "
                        + m.symbol() + "'s is " + figure(mv.get()) + ".");
            }
        }));
        sectorLabel("downtrend").ifPresent(f ->
                b.add("**Downtrend:** " + Wording.name(v.instrument(f.subject())) + " is in a downtrend [" + f.id() + "]."));
        return b.stream().limit(4).toList();
    }

    List<String> opportunities() {
        List<String> b = new ArrayList<>();
        pair.flatMap(p -> v.fact(p, Metric.RELATIVE_RETURN, Window.D1)).filter(f -> f.number() > 0).ifPresent(f ->
                b.add("**Relative strength:** " + f.subject() + " outperformed " + f.against() + " by " + Wording.inWords(f)
                        + " on the day."));
        sectorLabel("uptrend").ifPresent(f -> {
            Instrument i = v.instrument(f.subject());
            b.add("**Uptrend:** " + Wording.name(i) + " is in an uptrend [" + f.id() + "]."
                    + v.fact(i, Metric.RETURN, Window.D30).filter(r -> r.number() > 0)
                            .map(r -> " Over the past 30 sessions it " + Wording.standing(r) + ".").orElse(""));
        });
        v.sectors().stream().flatMap(i -> v.fact(i, Metric.MACD_TREND, null).stream())
                .filter(f -> f.labelText().equals("bullish")).findFirst().ifPresent(f ->
                        b.add("**Momentum:** " + Wording.name(v.instrument(f.subject())) + " has a bullish MACD [" + f.id() + "]."));
        List<Fact> pe = v.sheet().facts().stream().filter(f -> f.metric() == Metric.PE_RATIO)
                .sorted(Comparator.comparingDouble(Fact::number)).toList();
        if (pe.size() >= 2) {
            Fact lo = pe.get(0), hi = pe.get(pe.size() - 1);
            b.add("**Valuation:** " + peClause(lo, true) + ". " + peClause(hi, false) + ".");
        }
        return b.stream().limit(4).toList();
    }

    /** "IWM trades at 18.08x earnings [F26]", or with its date when the quote is older than the sheet. */
    private String peClause(Fact f, boolean earnings) {
        Object quoted = f.inputs().get("quoted on");
        String x = Wording.magnitude(f) + "x" + (earnings ? " earnings" : "") + " [" + f.id() + "]";
        if (quoted != null && !quoted.toString().equals(v.sheet().asOf().toString())) {
            return f.subject() + "'s P/E, as last quoted on " + quoted + ", was " + x;
        }
        return f.subject() + " trades at " + x;
    }

    /** The first sector fund (listed order) whose 50-day trend carries this label. */
    private Optional<Fact> sectorLabel(String label) {
        return v.sectors().stream().flatMap(i -> v.fact(i, Metric.TREND, null).stream())
                .filter(f -> f.labelText().equals(label)).findFirst();
    }
}
