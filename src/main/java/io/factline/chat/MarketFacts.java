package io.factline.chat;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metrics core as the chat sees it: fact sheets for any date the data has, and which dates those
 * are. Sheets are computed on demand and the last {@code cachedDates} are kept (a conversation tends to
 * stay on a date). Thread-safe.
 */
public final class MarketFacts {

    private final MarketData data;
    private final FactEngine engine;
    private final int cachedDates;
    private final Map<LocalDate, FactSheet> cache = new LinkedHashMap<>(16, 0.75f, true);

    public MarketFacts(MarketData data, FactEngine engine, int cachedDates) {
        this.data = data;
        this.engine = engine;
        this.cachedDates = cachedDates;
    }

    public List<Instrument> instruments() {
        return data.instruments();
    }

    /** The latest date any series has a bar on: what "today" means when the reader gives no date. */
    public Optional<LocalDate> latest() {
        return data.latestDate();
    }

    public boolean hasData(LocalDate date) {
        return data.hasDataOn(date);
    }

    /** Up to one date before and one after {@code date} that have data. */
    public List<LocalDate> nearest(LocalDate date) {
        return data.nearestDates(date);
    }

    /** The last date before {@code date} with data: "yesterday" in market terms. */
    public Optional<LocalDate> sessionBefore(LocalDate date) {
        return nearest(date).stream().filter(d -> d.isBefore(date)).findFirst();
    }

    /** @throws IllegalArgumentException when no series has a bar on {@code date} */
    public FactSheet sheet(LocalDate date) {
        if (!hasData(date)) throw new IllegalArgumentException("no data on " + date);
        synchronized (cache) {
            FactSheet cached = cache.get(date);
            if (cached != null) return cached;
        }
        FactSheet sheet = engine.sheet(data, date);      // outside the lock: other dates need not wait
        synchronized (cache) {
            cache.put(date, sheet);
            var eldest = cache.keySet().iterator();
            while (cache.size() > cachedDates && eldest.hasNext()) {
                eldest.next();
                eldest.remove();
            }
        }
        return sheet;
    }
}
