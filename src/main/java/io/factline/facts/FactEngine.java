package io.factline.facts;

import io.factline.facts.quality.QualityCheck;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a data set and a date into a fact sheet. Deterministic: the same data and date give the same
 * sheet, facts numbered F1, F2, … in a fixed order: per instrument in listed order close, returns,
 * volatility, volumes, MACD, trend, P/E; then per instrument relative returns and beta; then per
 * instrument the rest of the catalogue (issue 15: further returns, RSI, SMA 200, 52-week range, point
 * and basis-point changes); then breadth, for all stocks and per sector. Each figure is computed once;
 * breadth reuses the stocks' own outcomes. Indicators that carry state from row to row (RSI, MACD) are
 * computed once per instrument and data set and read at each date ({@link SeriesCache}).
 */
public final class FactEngine {

    private static final List<Metric> MACD_METRICS =
            List.of(Metric.MACD, Metric.MACD_SIGNAL, Metric.MACD_HISTOGRAM, Metric.MACD_TREND);
    private static final List<Metric> RANGE = List.of(Metric.HIGH_52W, Metric.LOW_52W, Metric.PCT_FROM_HIGH_52W,
            Metric.PCT_FROM_LOW_52W, Metric.NEW_HIGH_52W, Metric.NEW_LOW_52W);
    private static final List<Metric> RATE_RANGE =
            List.of(Metric.HIGH_52W, Metric.LOW_52W, Metric.NEW_HIGH_52W, Metric.NEW_LOW_52W);

    /**
     * The indicator series of the data set the last sheet was made from. One entry is enough: a batch and a
     * server make sheet after sheet from one loaded data set; a new data set replaces it.
     */
    private volatile SeriesCache series;

    public FactSheet sheet(MarketData data, LocalDate asOf) {
        SeriesCache cache = series;
        if (cache == null || !cache.isFor(data)) {
            cache = new SeriesCache(data);
            series = cache;
        }
        SheetWriter out = new SheetWriter(asOf);
        Map<String, Session> sessions = new LinkedHashMap<>();
        for (Instrument i : data.instruments()) {
            PriceSeries s = data.seriesOf(i.symbol());
            int t = s.indexOf(asOf);
            if (t < 0) {
                out.stale(i, staleReason(s, asOf));
                continue;
            }
            PriceSeries bench = data.seriesOf(i.benchmark());
            sessions.put(i.symbol(), new Session(i, s, t, bench, bench.lastIndexOnOrBefore(asOf), asOf, cache.of(s)));
        }
        Map<String, Outcome> returns = new HashMap<>();
        for (Session s : sessions.values()) {
            out.add(s, Metric.CLOSE, null, PriceMetrics.close(s));
            if (isRate(s)) {
                out.add(s, Metric.VOLUME, Window.D1, VolumeMetrics.volume(s));
                continue;
            }
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
            if (isRate(s)) continue;
            String b = s.instrument().benchmark();
            if (!s.instrument().isOwnBenchmark()) {
                for (Window w : List.of(Window.D1, Window.D30)) {
                    out.add(s, Metric.RELATIVE_RETURN, w,
                            relative(s, w, returns.get(s.symbol() + "/" + w), returns.get(b + "/" + w)));
                }
            }
            out.add(s, Metric.BETA, Window.D252, Beta.of(s, sessions.get(b)));
        }
        Map<String, BreadthMember> members = new LinkedHashMap<>();
        for (Session s : sessions.values()) {
            List<Outcome> range = catalogue(out, s, sessions.get(s.instrument().benchmark()));
            if (s.instrument().kind() == Kind.STOCK) {
                members.put(s.symbol(), BreadthMember.of(s, returns.get(s.symbol() + "/" + Window.D1),
                        returns.get(s.symbol() + "/" + Window.D30), range.get(4), range.get(5)));
            }
        }
        BreadthGroups.write(out, data.instruments(), members, asOf);
        List<QualityIssue> quality = new ArrayList<>();
        for (QualityCheck check : QualityCheck.all()) quality.addAll(check.check(data, asOf));
        return out.build(data.instruments(), quality);
    }

    /** The catalogue of issue 15 for one instrument; returns its 52-week range outcomes (six of them). */
    private static List<Outcome> catalogue(SheetWriter out, Session s, Session bench) {
        if (isRate(s)) {
            for (Window w : Catalogue.BP_WINDOWS) out.add(s, Metric.CHANGE_BP, w, LevelChanges.basisPoints(s, w));
            List<Outcome> range = Range52w.of(s, false);
            for (int m = 0; m < RATE_RANGE.size(); m++) out.add(s, RATE_RANGE.get(m), Window.D252, range.get(m));
            return List.of();
        }
        for (Window w : Catalogue.MORE_RETURN_WINDOWS) out.add(s, Metric.RETURN, w, PeriodReturns.of(s, w));
        if (!s.instrument().isOwnBenchmark()) {
            for (Window w : Catalogue.MORE_RETURN_WINDOWS) {
                out.add(s, Metric.RELATIVE_RETURN, w, PeriodReturns.relative(s, bench, w));
            }
        }
        List<Outcome> rsi = Rsi.of(s);
        out.add(s, Metric.RSI, Window.D14, rsi.get(0));
        out.add(s, Metric.RSI_ZONE, Window.D14, rsi.get(1));
        List<Outcome> sma = Sma200.of(s);
        out.add(s, Metric.SMA, Window.D200, sma.get(0));
        out.add(s, Metric.PCT_VS_SMA200, Window.D200, sma.get(1));
        List<Outcome> range = Range52w.of(s, true);
        for (int m = 0; m < RANGE.size(); m++) out.add(s, RANGE.get(m), Window.D252, range.get(m));
        if (s.instrument().kind() == Kind.INDEX) out.add(s, Metric.POINTS_CHANGE, Window.D1, LevelChanges.points(s));
        return range;
    }

    private static boolean isRate(Session s) {
        return s.instrument().kind() == Kind.RATE;
    }

    private static Outcome relative(Session s, Window w, Outcome own, Outcome bench) {
        String b = s.instrument().benchmark();
        if (own instanceof Outcome.Missing m) return m;
        if (bench == null) return Outcome.missing("benchmark " + b + " has no bar on " + s.asOf());
        if (bench instanceof Outcome.Missing m) return Outcome.missing("benchmark " + b + ": " + m.reason());
        double r = Outcome.number(own), rb = Outcome.number(bench);
        return Outcome.computed(r - rb, "return(" + s.symbol() + ", " + w.wire() + ") - return(" + b + ", " + w.wire() + ")",
                Inputs.of("return(" + s.symbol() + ") (%)", r).and("return(" + b + ") (%)", rb).map());
    }

    private static String staleReason(PriceSeries s, LocalDate asOf) {
        return s.first().isAfter(asOf)
                ? "no bar on " + asOf + "; first bar " + s.first()
                : "no bar on " + asOf + "; last bar " + s.dates()[s.lastIndexOnOrBefore(asOf)];
    }
}
