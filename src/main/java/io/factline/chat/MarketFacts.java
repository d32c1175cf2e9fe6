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
import java.util.function.Supplier;

/**
 * The metrics core as the chat sees it: fact sheets for any date the data has, and which dates those
 * are. Sheets are computed on demand and the last {@code cachedDates} are kept (a conversation tends to
 * stay on a date). The data comes from a supplier, asked on every use, so the chat follows a reload
 * (the scheduled run's sync) the way the desk does; the cached sheets go with the data they came from.
 * Thread-safe.
 */
public final class MarketFacts {

    private final Supplier<MarketData> data;
    private final FactEngine engine;
    private final int cachedDates;
    private final Map<LocalDate, FactSheet> cache = new LinkedHashMap<>(16, 0.75f, true);
    /** The data the cached sheets were computed from; guarded by {@code cache}. */
    private MarketData cachedFrom;

    /** Over fixed data (the {@code ask} command, tests). */
    public MarketFacts(MarketData data, FactEngine engine, int cachedDates) {
        this(() -> data, engine, cachedDates);
    }

    /** @param data the current data, e.g. the desk's {@code SheetSource::market}, which a reload replaces */
    public MarketFacts(Supplier<MarketData> data, FactEngine engine, int cachedDates) {
        this.data = data;
        this.engine = engine;
        this.cachedDates = cachedDates;
    }

    public List<Instrument> instruments() {
        return data.get().instruments();
    }

    /** How readers are told the data files' origin ("S&P 500 data pack (Yahoo Finance)"), when the data declares it. */
    public Optional<String> pack() {
        return data.get().declared().map(io.factline.market.DataPack::said);
    }

    /** The latest date any series has a bar on: what "today" means when the reader gives no date. */
    public Optional<LocalDate> latest() {
        return data.get().latestDate();
    }

    public boolean hasData(LocalDate date) {
        return data.get().hasDataOn(date);
    }

    /** Up to one date before and one after {@code date} that have data. */
    public List<LocalDate> nearest(LocalDate date) {
        return data.get().nearestDates(date);
    }

    /** The last date before {@code date} with data: "yesterday" in market terms. */
    public Optional<LocalDate> sessionBefore(LocalDate date) {
        return nearest(date).stream().filter(d -> d.isBefore(date)).findFirst();
    }

    /** @throws IllegalArgumentException when no series has a bar on {@code date} */
    public FactSheet sheet(LocalDate date) {
        MarketData current = data.get();
        if (!current.hasDataOn(date)) throw new IllegalArgumentException("no data on " + date);
        synchronized (cache) {
            if (cachedFrom != current) {
                cache.clear();
                cachedFrom = current;
            }
            FactSheet cached = cache.get(date);
            if (cached != null) return cached;
        }
        FactSheet sheet = engine.sheet(current, date);   // outside the lock: other dates need not wait
        synchronized (cache) {
            if (cachedFrom != current) return sheet;     // reloaded meanwhile: do not cache a sheet of old data
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
