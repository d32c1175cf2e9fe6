package io.factline.facts;

import io.factline.market.Fundamental;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.market.MarketData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Optional;

/** Collects facts, unavailable figures and the sources they cite, numbering as it goes. */
final class SheetWriter {
    private final LocalDate asOf;
    private final List<Fact> facts = new ArrayList<>();
    private final List<Unavailable> unavailable = new ArrayList<>();
    private final Map<SourceKey, Source> sources = new LinkedHashMap<>();

    SheetWriter(LocalDate asOf) {
        this.asOf = asOf;
    }

    void add(Session s, Metric metric, Window window, Outcome outcome) {
        String against = metric.hasAgainst() ? s.instrument().benchmark() : null;
        if (outcome instanceof Outcome.Missing m) {
            unavailable.add(new Unavailable(s.symbol(), metric, window, against, m.reason()));
            return;
        }
        List<String> cited = new ArrayList<>();
        cited.add(source(s.series().origin().title(), s.series().origin().location()));
        if (against != null && !against.equals(s.symbol())) {
            cited.add(source(s.bench().origin().title(), s.bench().origin().location()));
        }
        addFact(s.symbol(), metric, window, against, metric.unitFor(s.instrument().kind() == Kind.RATE),
                (Outcome.Computed) outcome, cited);
    }

    /** A figure of a group of stocks (breadth), citing one source that names the group's price files. */
    void addAggregate(String subject, Breadth.Figure f, String title, String location) {
        if (f.outcome() instanceof Outcome.Missing m) {
            unavailable.add(new Unavailable(subject, f.metric(), f.window(), null, m.reason()));
            return;
        }
        addFact(subject, f.metric(), f.window(), null, f.metric().unit(), (Outcome.Computed) f.outcome(),
                List.of(source(title, location)));
    }

    void peRatio(Session s, MarketData data) {
        Optional<Fundamental> latest = data.fundamentals().stream()
                .filter(f -> f.symbol().equals(s.symbol()) && !f.date().isAfter(asOf))
                .max(Comparator.comparing(Fundamental::date));
        if (latest.isEmpty()) {
            String where = data.fundamentalsLocation() == null
                    ? "no fundamentals.csv in the data directory"
                    : "no P/E for " + s.symbol() + " dated on or before " + asOf + " in " + data.fundamentalsLocation();
            unavailable.add(new Unavailable(s.symbol(), Metric.PE_RATIO, null, null, where));
            return;
        }
        Fundamental f = latest.get();
        var c = new Outcome.Computed(FactValue.of(f.peRatio()), "latest P/E quoted on or before t",
                Inputs.of("pe_ratio", f.peRatio()).and("quoted on", f.date()).map());
        String id = "F" + (facts.size() + 1);
        facts.add(new Fact(id, s.symbol(), Metric.PE_RATIO, null, null, c.value(), Unit.NUMBER,
                Display.of(Metric.PE_RATIO, Unit.NUMBER, c.value()),
                Labels.of(s.symbol(), Metric.PE_RATIO, null, null) + ", as quoted on " + f.date(),
                List.of(source(f.source(), data.fundamentalsLocation())), c.formula(), c.inputs()));
    }

    /** Every figure of the instrument's catalogue is unavailable, for one reason. */
    void stale(Instrument i, String reason) {
        for (Metric m : Metric.values()) {
            if (!Catalogue.has(i, m)) continue;
            for (Window w : Catalogue.windowsOf(m)) {
                unavailable.add(new Unavailable(i.symbol(), m, w, m.hasAgainst() ? i.benchmark() : null, reason));
            }
        }
    }

    private void addFact(String subject, Metric metric, Window window, String against, Unit unit,
                         Outcome.Computed c, List<String> cited) {
        String id = "F" + (facts.size() + 1);
        facts.add(new Fact(id, subject, metric, window, against, c.value(), unit,
                Display.of(metric, unit, c.value()), Labels.of(subject, metric, window, against),
                cited, c.formula(), c.inputs()));
    }

    private String source(String title, String location) {
        SourceKey key = new SourceKey(title, location);
        Source s = sources.get(key);
        if (s == null) {
            s = new Source("S" + (sources.size() + 1), title, location);
            sources.put(key, s);
        }
        return s.id();
    }

    /** A source's identity: the same title and location are one source, cited by one id. */
    private record SourceKey(String title, String location) {
    }

    FactSheet build(List<Instrument> instruments, List<QualityIssue> quality) {
        return new FactSheet(asOf, List.copyOf(sources.values()), instruments, facts, unavailable, quality);
    }
}
