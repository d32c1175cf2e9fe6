package io.factline;

import io.factline.bench.FactsBench;
import io.factline.cli.BenchCommand;
import io.factline.cli.Cli;
import io.factline.cli.FactsCommand;
import io.factline.cli.FetchCommand;
import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import io.factline.market.feed.HttpGet;
import io.factline.market.feed.Providers;
import io.factline.market.feed.Sleeper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Entry point and the only place where parts are wired together. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(System.getenv(), Clock.systemUTC(), Sleeper.system(), out, err, args);
    }

    /** The same, with what the process gets from outside given: environment variables, the time, and waiting. */
    public static int run(Map<String, String> env, Clock clock, Sleeper sleeper, PrintWriter out, PrintWriter err,
                          String... args) {
        CsvMarketLoader loader = new CsvMarketLoader();
        FactEngine engine = new FactEngine();
        Path bundled = Path.of("fixtures/market");
        Providers providers = new Providers(env, new HttpGet(Duration.ofSeconds(10), Duration.ofSeconds(60)), clock, sleeper);
        return Cli.build(out, err,
                new FactsCommand(loader, engine),
                new BenchCommand(List.of(new FactsBench(loader, engine, bundled))),
                new FetchCommand(providers, loader, clock)).execute(args);
    }
}
