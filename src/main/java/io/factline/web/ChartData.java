package io.factline.web;

import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The chart beside a draft: the cited instruments over the 30 sessions before the as-of date, i.e. the
 * window the 30-day figures measure (its base session and the 30 after it, 31 closes). Prices are the
 * metrics' price series (adjusted close where the file has it), rebased to 100 at the close each
 * instrument had on the first session shown, so an index and a fund share one axis.
 */
final class ChartData {

    static final int SESSIONS = 30;

    private ChartData() {
    }

    static ApiShapes.Chart of(MarketData market, LocalDate asOf, List<Instrument> instruments) {
        TreeSet<LocalDate> calendar = new TreeSet<>();
        for (Instrument i : instruments) {
            PriceSeries s = market.seriesOf(i.symbol());
            int last = s.lastIndexOnOrBefore(asOf);
            for (int k = Math.max(0, last - SESSIONS); k <= last; k++) calendar.add(s.dates()[k]);
        }
        List<LocalDate> dates = new ArrayList<>(calendar);
        if (dates.size() > SESSIONS + 1) dates = dates.subList(dates.size() - SESSIONS - 1, dates.size());
        List<ApiShapes.ChartSeries> series = new ArrayList<>();
        for (Instrument i : instruments) {
            PriceSeries s = market.seriesOf(i.symbol());
            List<Double> values = new ArrayList<>(dates.size());
            // the close in force on the first session shown, so a series with a gap keeps the common basis
            int b = dates.isEmpty() ? -1 : s.lastIndexOnOrBefore(dates.get(0));
            Double base = b >= 0 ? s.price()[b] : null;
            for (LocalDate d : dates) {
                int k = Arrays.binarySearch(s.dates(), d);
                if (k < 0) {
                    values.add(null);
                    continue;
                }
                if (base == null) base = s.price()[k];
                values.add(Math.round(s.price()[k] / base * 100_00.0) / 100.0);   // two decimals: plenty for a chart
            }
            series.add(new ApiShapes.ChartSeries(i.symbol(), i.name(), values));
        }
        return new ApiShapes.Chart(asOf, "price rebased to 100 at the first session shown", List.copyOf(dates), series);
    }
}
