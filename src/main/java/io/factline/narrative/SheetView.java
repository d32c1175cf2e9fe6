package io.factline.narrative;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Unavailable;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Questions a writer asks of a fact sheet: which instrument is "the market", which are sector funds,
 * which figure exists for whom. Built once per sheet; lookups are map reads.
 */
public final class SheetView {

    private final FactSheet sheet;
    private final Map<String, Fact> byKey = new HashMap<>();

    public SheetView(FactSheet sheet) {
        this.sheet = sheet;
        for (Fact f : sheet.facts()) byKey.putIfAbsent(key(f.subject(), f.metric(), f.window()), f);
    }

    public FactSheet sheet() {
        return sheet;
    }

    public Optional<Fact> fact(String subject, Metric metric, Window window) {
        return Optional.ofNullable(byKey.get(key(subject, metric, window)));
    }

    public Optional<Fact> fact(Instrument i, Metric metric, Window window) {
        return fact(i.symbol(), metric, window);
    }

    /** The benchmark most instruments are measured against (SPY in the bundled data), if any. */
    public Optional<Instrument> market() {
        Map<String, Long> counts = sheet.instruments().stream().filter(i -> i.benchmark() != null && !i.isOwnBenchmark())
                .collect(Collectors.groupingBy(Instrument::benchmark, Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .flatMap(e -> sheet.instrument(e.getKey()));
    }

    /** Indices and broad funds: instruments without a sector, in listed order. */
    public List<Instrument> broad() {
        return sheet.instruments().stream().filter(i -> i.sector() == null).toList();
    }

    public List<Instrument> sectors() {
        return sheet.instruments().stream().filter(i -> i.sector() != null).toList();
    }

    /** Instruments with no fact at all on the as-of date. */
    public boolean isStale(Instrument i) {
        return sheet.facts().stream().noneMatch(f -> f.subject().equals(i.symbol()));
    }

    /** Sector funds that have the figure, best first. */
    public List<Fact> ranked(Metric metric, Window window) {
        return sectors().stream().map(i -> fact(i, metric, window)).flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(Fact::number).reversed()).toList();
    }

    public Instrument instrument(String symbol) {
        return sheet.instrument(symbol).orElseThrow(() -> new IllegalArgumentException("unknown instrument " + symbol));
    }

    /**
     * Unavailable figures grouped by reason as prose may quote it ({@link Reasons#prose}), each with
     * the subjects it applies to.
     */
    public Map<String, List<String>> unavailableByReason(Metric metric, Window window) {
        return sheet.unavailable().stream().filter(u -> u.metric() == metric && u.window() == window)
                .collect(Collectors.groupingBy(u -> Reasons.prose(u.reason()), java.util.LinkedHashMap::new,
                        Collectors.mapping(Unavailable::subject, Collectors.toList())));
    }

    public Map<String, Instrument> instrumentsBySymbol() {
        return sheet.instruments().stream().collect(Collectors.toMap(Instrument::symbol, Function.identity()));
    }

    private static String key(String subject, Metric metric, Window window) {
        return subject + "|" + metric + "|" + window;
    }
}
