package io.factline.sync;

import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Where commands get their data: the files of a data directory, or the bars that {@code sync} stored
 * in the database (with the directory's instruments and P/E quotes). The store is opened only when
 * asked for.
 */
public final class Markets {

    private final CsvMarketLoader loader;
    private final Supplier<BarStore> store;

    public Markets(CsvMarketLoader loader, Supplier<BarStore> store) {
        this.loader = loader;
        this.store = store;
    }

    public MarketData files(Path dir) {
        return loader.load(dir);
    }

    /**
     * @param provider the provider whose bars to use, or null for each symbol's most recently synced one
     * @throws io.factline.market.DataError when a listed symbol has no stored bars
     */
    public MarketData stored(Path dir, String provider) {
        BarStore bars = store.get();
        return loader.withSeries(dir, i -> {
            String p = provider != null ? provider : bars.latestProvider(i.symbol()).orElse("any provider");
            return StoredSeries.of(i.symbol(), p, bars.latest(i.symbol(), p));
        });
    }

    public CsvMarketLoader loader() {
        return loader;
    }
}
