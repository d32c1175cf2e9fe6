package io.factline.drafts;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fact sheets by date from the data the server was started with (the data directory's files, or the
 * bars sync stored). The data is loaded once, on first use (the server loads it at start so defective
 * data stops it there), and again after {@link #reload()}; the last {@value #CACHED} sheets are kept,
 * since editors mostly work on the same few dates.
 */
public final class SheetSource {

    private static final int CACHED = 16;

    private final Path dataDir;
    private final java.util.function.Supplier<MarketData> load;
    private final FactEngine engine;
    private volatile MarketData market;
    private final Map<LocalDate, FactSheet> sheets = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<LocalDate, FactSheet> eldest) {
            return size() > CACHED;
        }
    };

    public SheetSource(Path dataDir, CsvMarketLoader loader, FactEngine engine) {
        this(dataDir, () -> loader.load(dataDir), engine);
    }

    /** @param load reads the data (the directory's files, or the bars sync stored) each time it is (re)loaded */
    public SheetSource(Path dataDir, java.util.function.Supplier<MarketData> load, FactEngine engine) {
        this.dataDir = dataDir;
        this.load = load;
        this.engine = engine;
    }

    /** Forgets the loaded data and sheets, so the next use reads fresh data (after a sync). */
    public void reload() {
        MarketData fresh = load.get();   // load first: a failed reload keeps serving the old data
        synchronized (this) {
            market = fresh;
        }
        synchronized (sheets) {
            sheets.clear();
        }
    }

    /** @throws io.factline.market.DataError when the directory cannot be loaded */
    public MarketData market() {
        MarketData m = market;
        if (m == null) {
            synchronized (this) {
                if (market == null) market = load.get();
                m = market;
            }
        }
        return m;
    }

    /** @throws DraftProblem.InvalidInput naming {@code date} when no series has a bar on it */
    public FactSheet sheet(LocalDate date) {
        MarketData m = market();
        if (!m.hasDataOn(date)) {
            List<LocalDate> near = m.nearestDates(date);
            throw new DraftProblem.InvalidInput("date", "no market data on " + date
                    + (near.isEmpty() ? "" : "; nearest dates with data: "
                    + near.stream().map(LocalDate::toString).collect(Collectors.joining(", "))));
        }
        synchronized (sheets) {
            FactSheet cached = sheets.get(date);
            if (cached != null) return cached;
        }
        FactSheet sheet = engine.sheet(m, date);
        synchronized (sheets) {
            sheets.put(date, sheet);
        }
        return sheet;
    }

    public Path dataDir() {
        return dataDir;
    }
}
