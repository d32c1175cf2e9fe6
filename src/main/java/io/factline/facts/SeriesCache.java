package io.factline.facts;

import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each instrument's {@link Indicators} for one data set, computed on first use and kept while sheets
 * are made from that same data set: every date of a {@code batch}, every request of a server until it
 * reloads its data. Safe to share between threads.
 */
final class SeriesCache {

    private final MarketData data;
    private final Map<String, Indicators> bySymbol = new ConcurrentHashMap<>();

    SeriesCache(MarketData data) {
        this.data = data;
    }

    /** Whether this cache holds the series of exactly this data set (the same loaded instance). */
    boolean isFor(MarketData other) {
        return data == other;
    }

    Indicators of(PriceSeries s) {
        return bySymbol.computeIfAbsent(s.symbol(), symbol -> Indicators.of(s));
    }
}
