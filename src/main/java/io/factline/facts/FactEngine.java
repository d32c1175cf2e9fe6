package io.factline.facts;

import io.factline.facts.quality.QualityCheck;
import io.factline.market.Fundamental;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a data set and a date into a fact sheet. Deterministic: the same data and date give the same
 * sheet, facts numbered F1, F2, … in a fixed order (per instrument in listed order: close, returns,
 * volatility, volumes, MACD, trend, P/E; then per instrument: relative returns and beta).
 */
public final class FactEngine {

    private static final List<Metric> MACD_METRICS =
            List.of(Metric.MACD, Metric.MACD_SIGNAL, Metric.MACD_HISTOGRAM, Metric.MACD_TREND);

    public FactSheet sheet(MarketData data, LocalDate asOf) {
        Sheet out = new Sheet(asOf);
        Map<String, Session> sessions = new LinkedHashMap<>();
        for (Instrument i : data.instruments()) {
            PriceSeries s = data.seriesOf(i.symbol());
            int t = s.indexOf(asOf);
            if (t < 0) {
                out.stale(i, staleReason(s, asOf));
                continue;
            }
            PriceSeries bench = data.seriesOf(i.benchmark());
            sessions.put(i.symbol(), new Session(i, s, t, bench, bench.lastIndexOnOrBefore(asOf), asOf));
        }
        Map<String, Outcome> returns = new HashMap<>();
        for (Session s : sessions.values()) {
            out.add(s, Metric.CLOSE, null, PriceMetrics.close(s));
            for (Window w : List.of(Window.D1, Window.D30)) {
                Outcome r = PriceMetrics.periodReturn(s, w);
                returns.put(s.symbol() + "/" + w, r);
                out.add(s, Metric.RETURN, w, r);
            }
            out.add(s, Metric.VOLATILITY, Window.D30, PriceMetrics.volatility(s));
            out.add(s, Metric.VOLUME, Window.D1, VolumeMetrics.volume(s));
            out.add(s, Metric.AVERAGE_VOLUME, Window.D30, VolumeMetrics.average(s));
            out.add(s, Metric.VOLUME_RATIO, Window.D30, VolumeMetrics.ratio(s));
            List<Outcome> macd = Macd.of(s);
            for (int m = 0; m < MACD_METRICS.size(); m++) out.add(s, MACD_METRICS.get(m), null, macd.get(m));
            out.add(s, Metric.TREND, null, Trend.of(s));
            out.peRatio(s, data);
        }
        for (Session s : sessions.values()) {
            String b = s.instrument().benchmark();
            if (!s.instrument().isOwnBenchmark()) {
                for (Window w : List.of(Window.D1, Window.D30)) {
                    out.add(s, Metric.RELATIVE_RETURN, w,
                            relative(s, w, returns.get(s.symbol() + "/" + w), returns.get(b + "/" + w)));
                }
            }
            out.add(s, Metric.BETA, Window.D252, Beta.of(s, sessions.get(b)));
        }
        List<QualityIssue> quality = new ArrayList<>();
        for (QualityCheck check : QualityCheck.all()) quality.addAll(check.check(data, asOf));
        return out.build(data.instruments(), quality);
    }

    private static Outcome relative(Session s, Window w, Outcome own, Outcome bench) {
        String b = s.instrument().benchmark();
        if (own instanceof Outcome.Missing m) return m;
        if (bench == null) return Outcome.missing("benchmark " + b + " has no bar on " + s.asOf());
        if (bench instanceof Outcome.Missing m) return Outcome.missing("benchmark " + b + ": " + m.reason());
        double r = ((FactValue.Num) ((Outcome.Computed) own).value()).value();
        double rb = ((FactValue.Num) ((Outcome.Computed) bench).value()).value();
        return Outcome.computed(r - rb, "return(" + s.symbol() + ", " + w.wire() + ") - return(" + b + ", " + w.wire() + ")",
                Inputs.of("return(" + s.symbol() + ") (%)", r).and("return(" + b + ") (%)", rb).map());
    }

    private static String staleReason(PriceSeries s, LocalDate asOf) {
        return s.first().isAfter(asOf)
                ? "no bar on " + asOf + "; first bar " + s.first()
                : "no bar on " + asOf + "; last bar " + s.dates()[s.lastIndexOnOrBefore(asOf)];
    }

    /** Collects facts, unavailable figures and the sources they cite, numbering as it goes. */
    private static final class Sheet {
        private final LocalDate asOf;
        private final List<Fact> facts = new ArrayList<>();
        private final List<Unavailable> unavailable = new ArrayList<>();
        private final Map<String, Source> sources = new LinkedHashMap<>();

        Sheet(LocalDate asOf) {
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
            addFact(s.symbol(), metric, window, against, (Outcome.Computed) outcome, cited);
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

        void stale(Instrument i, String reason) {
            for (Metric m : Metric.values()) {
                if (m == Metric.RELATIVE_RETURN && i.isOwnBenchmark()) continue;
                for (Window w : windowsOf(m)) {
                    unavailable.add(new Unavailable(i.symbol(), m, w, m.hasAgainst() ? i.benchmark() : null, reason));
                }
            }
        }

        private static List<Window> windowsOf(Metric m) {
            return switch (m) {
                case RETURN, RELATIVE_RETURN -> List.of(Window.D1, Window.D30);
                case VOLATILITY, AVERAGE_VOLUME, VOLUME_RATIO -> List.of(Window.D30);
                case VOLUME -> List.of(Window.D1);
                case BETA -> List.of(Window.D252);
                default -> java.util.Collections.singletonList(null);
            };
        }

        private void addFact(String subject, Metric metric, Window window, String against, Outcome.Computed c,
                             List<String> cited) {
            String id = "F" + (facts.size() + 1);
            facts.add(new Fact(id, subject, metric, window, against, c.value(), metric.unit(),
                    Display.of(metric, metric.unit(), c.value()), Labels.of(subject, metric, window, against),
                    cited, c.formula(), c.inputs()));
        }

        private String source(String title, String location) {
            String key = title + "\u0000" + location;
            Source s = sources.get(key);
            if (s == null) {
                s = new Source("S" + (sources.size() + 1), title, location);
                sources.put(key, s);
            }
            return s.id();
        }

        FactSheet build(List<Instrument> instruments, List<QualityIssue> quality) {
            return new FactSheet(asOf, List.copyOf(sources.values()), instruments, facts, unavailable, quality);
        }
    }
}
