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
    private final java.util.Set<String> subjects = new java.util.HashSet<>();
    private final List<Instrument> broad;
    private final List<Instrument> sectors;

    public SheetView(FactSheet sheet) {
        this.sheet = sheet;
        for (Fact f : sheet.facts()) {
            byKey.putIfAbsent(key(f.subject(), f.metric(), f.window()), f);
            subjects.add(f.subject());
        }
        broad = sheet.instruments().stream().filter(i -> i.sector() == null && isFundOrIndex(i)).toList();
        sectors = sheet.instruments().stream().filter(i -> i.sector() != null && isFundOrIndex(i)).toList();
    }

    /**
     * The part of a sheet the daily writers cover for now: funds and indices, and the metrics and windows
     * of before issue 15 (close to P/E; no window, 1 or 30 days, beta over 252). Stocks, rates, breadth and the rest
     * of the catalogue stay in the sheet, for the chat and the API; a later issue brings them into the text.
     */
    public static FactSheet forDailyWriter(FactSheet sheet) {
        java.util.Set<String> written = new java.util.HashSet<>();
        List<Instrument> instruments = sheet.instruments().stream().filter(SheetView::isWritten).toList();
        for (Instrument i : instruments) written.add(i.symbol());
        return new FactSheet(sheet.asOf(), sheet.sources(), instruments,
                sheet.facts().stream().filter(f -> written.contains(f.subject()) && isWritten(f.metric(), f.window())).toList(),
                sheet.unavailable().stream().filter(u -> written.contains(u.subject()) && isWritten(u.metric(), u.window())).toList(),
                sheet.quality());
    }

    private static boolean isWritten(Metric m, Window w) {
        if (m == Metric.POINTS_CHANGE && w == Window.D1) return true;
        return m != null && m.ordinal() <= Metric.PE_RATIO.ordinal()
                && (w == null || w == Window.D1 || w == Window.D30 || w == Window.D252 && m == Metric.BETA);
    }

    /** Whether the template text writes about the instrument: funds and indices, not stocks or rates (yet). */
    public static boolean isWritten(Instrument i) {
        return isFundOrIndex(i);
    }

    private static boolean isFundOrIndex(Instrument i) {
        return i.kind() != io.factline.market.Kind.STOCK && i.kind() != io.factline.market.Kind.RATE;
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

    /**
     * Indices and broad funds: instruments without a sector, in listed order. Rates and single stocks are
     * left to a later writer (issue 15 added them to the sheet; the template text keeps to funds and
     * indices for now).
     */
    public List<Instrument> broad() {
        return broad;
    }

    /** Sector funds: instruments with a sector that are not single stocks. */
    public List<Instrument> sectors() {
        return sectors;
    }

    /** Instruments with no fact at all on the as-of date. */
    public boolean isStale(Instrument i) {
        return !subjects.contains(i.symbol());
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
