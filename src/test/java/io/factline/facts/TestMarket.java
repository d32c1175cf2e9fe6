package io.factline.facts;

import io.factline.market.Fundamental;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import io.factline.market.SeriesOrigin;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small in-memory data sets for metric tests: weekday sessions ending on a chosen date. */
final class TestMarket {

    private final List<Instrument> instruments = new ArrayList<>();
    private final Map<String, PriceSeries> series = new LinkedHashMap<>();
    private final List<Fundamental> fundamentals = new ArrayList<>();

    /** {@code n} weekday dates ending on {@code last}, oldest first. */
    static LocalDate[] sessions(int n, LocalDate last) {
        LocalDate[] d = new LocalDate[n];
        LocalDate day = last;
        for (int i = n - 1; i >= 0; i--) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.minusDays(1);
            }
            d[i] = day;
            day = day.minusDays(1);
        }
        return d;
    }

    TestMarket add(String symbol, String benchmark, LocalDate[] dates, double[] prices, double[] volumes) {
        instruments.add(new Instrument(symbol, symbol + " name", Kind.ETF, null, benchmark));
        double[] close = prices.clone();
        series.put(symbol, new PriceSeries(symbol, new SeriesOrigin("bars of " + symbol, symbol + ".csv"), false,
                dates, close, prices, volumes));
        return this;
    }

    TestMarket add(String symbol, String benchmark, LocalDate[] dates, double[] prices) {
        double[] v = new double[prices.length];
        java.util.Arrays.fill(v, 1_000_000);
        return add(symbol, benchmark, dates, prices, v);
    }

    /** An instrument of any kind and sector; volumes of one million shares. */
    TestMarket add(Instrument i, LocalDate[] dates, double[] prices) {
        double[] v = new double[prices.length];
        java.util.Arrays.fill(v, 1_000_000);
        instruments.add(i);
        series.put(i.symbol(), new PriceSeries(i.symbol(), new SeriesOrigin("bars of " + i.symbol(), "prices/" + i.symbol() + ".csv"),
                false, dates, prices.clone(), prices, v));
        return this;
    }

    TestMarket pe(String symbol, LocalDate date, double pe, String source) {
        fundamentals.add(new Fundamental(symbol, date, pe, source));
        return this;
    }

    MarketData build() {
        return new MarketData(instruments, series, fundamentals, fundamentals.isEmpty() ? null : "fundamentals.csv");
    }

    /** Prices compounding the given daily returns (in percent) from a start price. */
    static double[] compound(double start, double[] returnsPercent) {
        double[] p = new double[returnsPercent.length + 1];
        p[0] = start;
        for (int i = 0; i < returnsPercent.length; i++) p[i + 1] = p[i] * (1 + returnsPercent[i] / 100);
        return p;
    }
}
