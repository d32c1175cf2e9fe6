package io.factline.market.feed;

import io.factline.market.DataError;
import io.factline.market.PriceSeries;
import io.factline.market.SeriesOrigin;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Turns fetched bars into the metrics core's input. The series' {@code price} is the adjusted close
 * when every bar has one, else the raw close for all bars — never a mix, which would splice two price
 * scales into one series — and the origin title says which. The origin cites provider, symbol and
 * retrieval time, so every fact computed from the series does:
 * {@code "daily bars of SPY from tiingo (adjusted close), retrieved 2026-11-24T01:30:00Z"}, location
 * {@code "tiingo:SPY"}.
 */
public final class FetchedSeries {

    private FetchedSeries() {
    }

    /** @throws DataError when the fetch has no bars: a series needs at least one */
    public static PriceSeries of(Fetch f) {
        List<Bar> bars = f.bars();
        String location = location(f);
        if (bars.isEmpty()) throw DataError.in(location, "no bars fetched for " + f.symbol());
        boolean adjusted = f.everyBarAdjusted();
        int n = bars.size();
        LocalDate[] dates = new LocalDate[n];
        double[] close = new double[n], price = new double[n], volume = new double[n];
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            dates[i] = b.date();
            close[i] = b.close();
            price[i] = adjusted ? b.adjClose() : b.close();
            volume[i] = b.volume() == null ? Double.NaN : b.volume();
        }
        return new PriceSeries(f.symbol(), new SeriesOrigin(title(f, adjusted), location), adjusted, dates, close, price, volume);
    }

    static String location(Fetch f) {
        return f.provider() + ":" + f.symbol();
    }

    private static String title(Fetch f, boolean adjusted) {
        return "daily bars of " + f.symbol() + " from " + f.provider() + " (" + (adjusted ? "adjusted close" : "close, not adjusted")
                + "), retrieved " + f.retrievedAt().truncatedTo(ChronoUnit.SECONDS);
    }
}
