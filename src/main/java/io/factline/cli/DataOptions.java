package io.factline.cli;

import io.factline.market.MarketData;
import io.factline.sync.Markets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The {@code --data} and {@code --date} options every data command shares, and their defaults. */
public final class DataOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: ${DEFAULT-VALUE})",
            defaultValue = "fixtures/market")
    Path data;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "as-of date (default: the latest date in the price files)")
    LocalDate date;

    @Option(names = "--store", description = "read bars from the database (filled by sync) instead of the price files; "
            + "instruments and P/E quotes still come from --data")
    boolean store;

    @Option(names = "--provider", paramLabel = "NAME",
            description = "with --store: whose bars to use (default: each symbol's most recently synced provider)")
    String provider;

    public MarketData load(Markets markets) {
        if (provider != null && !store) throw new UserError("--provider goes with --store");
        return store ? markets.stored(data, provider) : markets.files(data);
    }

    public Path dataDir() {
        return data;
    }

    /** The requested date, or the latest in the data; a date no series has a bar on is a user error. */
    public LocalDate resolveDate(MarketData market) {
        if (date == null) {
            return market.latestDate().orElseThrow(() -> new UserError(data + ": no price rows at all"));
        }
        if (!market.hasDataOn(date)) {
            List<LocalDate> near = market.nearestDates(date);
            throw new UserError("no data on " + date + " in " + data
                    + (near.isEmpty() ? "" : "; nearest dates with data: "
                    + near.stream().map(LocalDate::toString).collect(Collectors.joining(", "))));
        }
        return date;
    }
}
