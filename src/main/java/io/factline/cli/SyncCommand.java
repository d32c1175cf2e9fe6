package io.factline.cli;

import io.factline.market.CsvMarketLoader;
import io.factline.market.Instrument;
import io.factline.market.feed.PriceProvider;
import io.factline.market.feed.Providers;
import io.factline.sync.BarStore;
import io.factline.sync.Syncer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "sync", description = "Fetch the bars the database is missing from a provider and store them.")
public final class SyncCommand implements Callable<Integer> {

    static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");

    @Option(names = "--provider", paramLabel = "NAME", description = "alphavantage, tiingo or yahoo "
            + "(default: FACTLINE_SYNC_PROVIDER, else yahoo)")
    String provider;

    @Option(names = "--symbols", split = ",", paramLabel = "SYMBOL", description = "default: every instrument in --data")
    List<String> symbols;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first date (default: 400 days before --to)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last date (default: today in New York)")
    LocalDate to;

    @Option(names = "--refresh-days", paramLabel = "N", defaultValue = "5",
            description = "also re-fetch the last N calendar days already stored, for corrections (default: ${DEFAULT-VALUE})")
    int refreshDays;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "fixtures/market", description = "instruments.csv comes from here")
    Path data;

    @Spec
    CommandSpec spec;

    private final Providers providers;
    private final CsvMarketLoader loader;
    private final Supplier<BarStore> store;
    private final Clock clock;
    private final Map<String, String> env;

    public SyncCommand(Providers providers, CsvMarketLoader loader, Supplier<BarStore> store, Clock clock,
                       Map<String, String> env) {
        this.providers = providers;
        this.loader = loader;
        this.store = store;
        this.clock = clock;
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        if (refreshDays < 0) throw new UserError("--refresh-days must be 0 or more, got " + refreshDays);
        String name = provider != null ? provider : env.getOrDefault("FACTLINE_SYNC_PROVIDER", "yahoo");
        PriceProvider source;
        try {
            source = providers.open(name);
        } catch (Providers.SettingError e) {
            throw new UserError(e.getMessage());
        }
        List<String> wanted = symbols != null ? symbols.stream().map(String::strip).filter(s -> !s.isEmpty()).toList()
                : loader.instruments(data).stream().map(Instrument::symbol).toList();
        if (wanted.isEmpty()) throw new UserError("--symbols names no symbol");
        LocalDate last = to != null ? to : LocalDate.ofInstant(clock.instant(), MARKET_ZONE);
        LocalDate first = from != null ? from : last.minusDays(400);
        if (first.isAfter(last)) throw new UserError("--from " + first + " is after --to " + last);

        BarStore bars = store.get();
        Map<String, Syncer.Outcome> result;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("sync " + source.name()).setInitialMax(wanted.size())
                .setStyle(ProgressBarStyle.ASCII)   // the default consumer draws on stderr, leaving stdout to the report
                .continuousUpdate().build()) {
            result = new Syncer(bars).sync(source, wanted, first, last, refreshDays, o -> bar.step());
        }
        int failed = 0;
        for (Syncer.Outcome o : result.values()) {
            if (o.failed()) {
                failed++;
                out.println(o.symbol() + ": failed: " + o.error().getMessage());
            } else {
                out.printf("%s: %d new, %d revised, %d unchanged (fetched %s)%n", o.symbol(), o.saved().added(),
                        o.saved().revised(), o.saved().unchanged(), String.join("; ", o.ranges()));
            }
        }
        out.printf("synced %d of %d symbols from %s, %s to %s%n", wanted.size() - failed, wanted.size(), source.name(), first, last);
        out.flush();
        if (failed > 0) {
            err.println("factline: " + failed + " symbol(s) failed; facts that need them will be unavailable");
            err.flush();
            return 1;
        }
        return 0;
    }
}
