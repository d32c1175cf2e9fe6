package io.factline.sync;

import io.factline.market.DataError;
import io.factline.market.PriceSeries;
import io.factline.market.SeriesOrigin;
import io.factline.market.feed.Bar;
import io.factline.market.feed.Fetch;
import io.factline.market.feed.FetchedSeries;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * A symbol's stored bars (latest revision of each day) as a price series. Its source says which
 * provider, when the bars were retrieved, and which days use a revised bar — so a fact computed from it
 * can be traced to exactly the data it used.
 */
final class StoredSeries {

    private StoredSeries() {
    }

    static PriceSeries of(String symbol, String provider, List<BarStore.StoredBar> stored) {
        if (stored.isEmpty()) {
            throw DataError.in(provider + ":" + symbol, "no stored bars for " + symbol + " from " + provider + "; run sync first");
        }
        Instant first = stored.stream().map(BarStore.StoredBar::retrievedAt).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = stored.stream().map(BarStore.StoredBar::retrievedAt).max(Comparator.naturalOrder()).orElseThrow();
        List<Bar> bars = stored.stream().map(BarStore.StoredBar::bar).toList();
        PriceSeries base = FetchedSeries.of(new Fetch(provider, symbol, last, bars));
        List<String> revised = stored.stream().filter(s -> s.revision() > 1)
                .map(s -> s.bar().date() + " revision " + s.revision()).toList();
        String title = "daily bars of " + symbol + " from " + provider + (base.adjusted() ? " (adjusted close)" : " (close, not adjusted)")
                + ", stored, retrieved " + (first.equals(last) ? "" : first.truncatedTo(ChronoUnit.SECONDS) + " to ")
                + last.truncatedTo(ChronoUnit.SECONDS) + "; latest revision of each day"
                + (revised.isEmpty() ? ", none revised" : ": " + String.join(", ", revised));
        return new PriceSeries(symbol, new SeriesOrigin(title, provider + ":" + symbol), base.adjusted(), base.dates(),
                base.close(), base.price(), base.volume());
    }
}
