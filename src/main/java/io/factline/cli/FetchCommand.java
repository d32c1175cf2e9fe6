package io.factline.cli;

import io.factline.market.CsvMarketLoader;
import io.factline.market.Instrument;
import io.factline.market.feed.CsvLayout;
import io.factline.market.feed.Fetch;
import io.factline.market.feed.FetchResult;
import io.factline.market.feed.Fetcher;
import io.factline.market.feed.PriceProvider;
import io.factline.market.feed.Providers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Fetches daily bars from a provider and writes them as a data directory the other commands read.
 * Exit 0 when every symbol was written, 1 when some were not (each is named with its error, and its
 * file is not written), 2 for a usage mistake (unknown provider, missing key, symbol not listed).
 */
@Command(name = "fetch",
        description = "Fetch daily bars from a provider into a data directory (see docs/providers.md).")
public final class FetchCommand implements Callable<Integer> {

    public static final int SOME_FAILED = 1;
    /** The US market's date decides "today"; a run at 01:00 UTC is still the previous session's evening. */
    static final ZoneId MARKET_ZONE = ZoneId.of("America/New_York");
    /** 400 calendar days hold the 253 sessions the 252-day beta needs, with room for holidays. */
    static final int DEFAULT_DAYS = 400;


    @Option(names = "--provider", required = true, paramLabel = "NAME", description = "alphavantage, tiingo or yahoo")
    String provider;

    @Option(names = "--symbols", required = true, split = ",", paramLabel = "SYMBOL",
            description = "symbols to fetch; each must be listed in --data's instruments.csv, with its benchmark")
    List<String> symbols;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first date (default: " + DEFAULT_DAYS + " days before --to)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last date (default: today in New York)")
    LocalDate to;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "fixtures/market",
            description = "where instruments.csv is copied from (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "directory to write (default: data/PROVIDER)")
    Path out;

    @Spec
    CommandSpec spec;

    private final Providers providers;
    private final CsvMarketLoader loader;
    private final Clock clock;

    public FetchCommand(Providers providers, CsvMarketLoader loader, Clock clock) {
        this.providers = providers;
        this.loader = loader;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut(), stderr = spec.commandLine().getErr();
        PriceProvider source = open();
        List<String> wanted = wanted();
        Map<String, Instrument> listed = listed(wanted);
        LocalDate last = to != null ? to : LocalDate.ofInstant(clock.instant(), MARKET_ZONE);
        LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS);
        if (first.isAfter(last)) throw new UserError("--from " + first + " is after --to " + last);

        FetchResult result = new Fetcher(source).fetch(wanted, first, last, (symbol, fetched, failed) -> {
            stdout.println(failed != null ? "failed  " + failed.getMessage()
                    : (fetched.isEmpty() ? "failed  " : "fetched ") + describe(fetched, first, last));
            stdout.flush();
        });

        Map<String, Fetch> usable = new LinkedHashMap<>();
        result.fetched().stream().filter(f -> !f.isEmpty()).forEach(f -> usable.put(f.symbol(), f));
        List<String> notWritten = new ArrayList<>();
        result.failed().forEach((symbol, e) -> notWritten.add(symbol + " (" + e.kind().phrase() + ")"));
        result.fetched().stream().filter(Fetch::isEmpty).forEach(f -> notWritten.add(f.symbol() + " (no bars)"));
        dropOrphans(usable, listed, notWritten, stdout);

        Path dir = out != null ? out : Path.of("data", source.name());
        if (!usable.isEmpty()) write(dir, usable, listed, stdout);
        stdout.printf("wrote %d of %d symbols to %s%n", usable.size(), wanted.size(), dir);
        stdout.flush();
        if (notWritten.isEmpty()) return 0;
        stderr.println("factline: not written: " + String.join(", ", notWritten));
        stderr.flush();
        return SOME_FAILED;
    }

    private PriceProvider open() {
        try {
            return providers.open(provider);
        } catch (Providers.SettingError e) {
            throw new UserError(e.getMessage());
        }
    }

    private List<String> wanted() {
        Set<String> s = new LinkedHashSet<>();
        for (String symbol : symbols) {
            if (!symbol.isBlank()) s.add(symbol.trim());
        }
        if (s.isEmpty()) throw new UserError("--symbols names no symbol");
        return List.copyOf(s);
    }

    /** The instruments to write, from {@code --data}: each symbol must be listed there, and its benchmark asked for too. */
    private Map<String, Instrument> listed(List<String> wanted) {
        Map<String, Instrument> all = new LinkedHashMap<>();
        loader.instruments(data).forEach(i -> all.put(i.symbol(), i));
        Map<String, Instrument> out = new LinkedHashMap<>();
        for (Instrument i : all.values()) {
            if (wanted.contains(i.symbol())) out.put(i.symbol(), i);
        }
        for (String symbol : wanted) {
            Instrument i = out.get(symbol);
            if (i == null) {
                throw new UserError(symbol + " is not listed in " + data.resolve("instruments.csv")
                        + "; list it there or pass --data with an instruments.csv that does");
            }
            if (!wanted.contains(i.benchmark())) {
                throw new UserError("the benchmark of " + symbol + " is " + i.benchmark()
                        + "; add it to --symbols (a data directory holds every benchmark it names)");
            }
        }
        return out;
    }

    /** An instrument whose benchmark is not written would make the directory unreadable: it is not written either. */
    private static void dropOrphans(Map<String, Fetch> usable, Map<String, Instrument> listed, List<String> notWritten,
                                    PrintWriter stdout) {
        boolean dropped = true;
        while (dropped) {
            dropped = false;
            for (String symbol : List.copyOf(usable.keySet())) {
                String benchmark = listed.get(symbol).benchmark();
                if (!usable.containsKey(benchmark)) {
                    usable.remove(symbol);
                    notWritten.add(symbol + " (its benchmark " + benchmark + " was not fetched)");
                    stdout.println("skipped " + symbol + ": fetched, but its benchmark " + benchmark + " was not");
                    dropped = true;
                }
            }
        }
    }

    private static void write(Path dir, Map<String, Fetch> usable, Map<String, Instrument> listed, PrintWriter stdout) {
        for (Fetch f : usable.values()) {
            Output.emit(CsvLayout.prices(f), dir.resolve("prices").resolve(f.symbol() + ".csv"), stdout);
        }
        Output.emit(CsvLayout.provenance(List.copyOf(usable.values())), dir.resolve("provenance.csv"), stdout);
        List<Instrument> rows = listed.values().stream().filter(i -> usable.containsKey(i.symbol())).toList();
        Output.emit(CsvLayout.instruments(rows), dir.resolve("instruments.csv"), stdout);
    }

    private static String describe(Fetch f, LocalDate first, LocalDate last) {
        String who = f.provider() + " " + f.symbol() + ": ";
        if (f.isEmpty()) return who + "no bars between " + first + " and " + last;
        return who + f.bars().size() + " bars, " + f.first() + " to " + f.last()
                + (f.everyBarAdjusted() ? " (adjusted close)" : " (close, not adjusted)");
    }
}
