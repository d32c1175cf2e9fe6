package io.factline.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A loaded data set: the instruments in their listed order, one price series per instrument, and the
 * P/E quotes. {@code fundamentalsLocation} is where the quotes came from (null when there were none).
 * {@code dividends} are the cash dividends of the optional {@code dividends.csv}, for the quality checks.
 * {@code pack} is what the directory says about itself in reader words ({@link DataPack}), or null.
 */
public record MarketData(List<Instrument> instruments, Map<String, PriceSeries> series,
                         List<Fundamental> fundamentals, String fundamentalsLocation, List<Dividend> dividends,
                         DataPack pack) {

    public MarketData {
        dividends = dividends == null ? List.of() : List.copyOf(dividends);
    }

    /** A data set that says nothing about itself. */
    public MarketData(List<Instrument> instruments, Map<String, PriceSeries> series,
                      List<Fundamental> fundamentals, String fundamentalsLocation, List<Dividend> dividends) {
        this(instruments, series, fundamentals, fundamentalsLocation, dividends, null);
    }

    /** @return the data set's name and provider in reader words, when its directory declares them */
    public java.util.Optional<DataPack> declared() {
        return java.util.Optional.ofNullable(pack);
    }

    /** A data set without dividends. */
    public MarketData(List<Instrument> instruments, Map<String, PriceSeries> series,
                      List<Fundamental> fundamentals, String fundamentalsLocation) {
        this(instruments, series, fundamentals, fundamentalsLocation, List.of());
    }

    /** @return the dividends of {@code symbol}, oldest first */
    public List<Dividend> dividendsOf(String symbol) {
        return dividends.stream().filter(d -> d.symbol().equals(symbol))
                .sorted(Comparator.comparing(Dividend::exDate)).toList();
    }

    public PriceSeries seriesOf(String symbol) {
        return series.get(symbol);
    }

    public Optional<Instrument> instrument(String symbol) {
        return instruments.stream().filter(i -> i.symbol().equals(symbol)).findFirst();
    }

    /**
     * The default as-of date: the latest date on which at least half of the series have a bar, so one
     * stray series running on (a stock's last quotes months after the others end) does not move the
     * day to a date where nearly everything is missing. With no such date, the latest bar of any series.
     *
     * @return empty when there are no bars
     */
    public Optional<LocalDate> latestDate() {
        List<PriceSeries> nonEmpty = series.values().stream().filter(s -> s.size() > 0).toList();
        if (nonEmpty.isEmpty()) return Optional.empty();
        java.util.TreeMap<LocalDate, Integer> counts = new java.util.TreeMap<>();
        for (PriceSeries s : nonEmpty) {
            for (LocalDate d : s.dates()) counts.merge(d, 1, Integer::sum);
        }
        for (LocalDate d : counts.descendingKeySet()) {
            if (counts.get(d) * 2 >= nonEmpty.size()) return Optional.of(d);
        }
        return Optional.of(counts.lastKey());
    }

    /** @return whether any series has a bar on {@code date} */
    public boolean hasDataOn(LocalDate date) {
        return series.values().stream().anyMatch(s -> s.indexOf(date) >= 0);
    }

    /** @return up to one date before and one after {@code date} that some series has a bar on */
    public List<LocalDate> nearestDates(LocalDate date) {
        TreeSet<LocalDate> all = new TreeSet<>();
        for (PriceSeries s : series.values()) {
            all.addAll(List.of(s.dates()));
        }
        List<LocalDate> near = new ArrayList<>(2);
        Optional.ofNullable(all.lower(date)).ifPresent(near::add);
        Optional.ofNullable(all.higher(date)).ifPresent(near::add);
        return near;
    }
}
