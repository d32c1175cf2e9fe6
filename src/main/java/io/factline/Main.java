package io.factline;

import io.factline.bench.BatchBench;
import io.factline.bench.CommentaryBench;
import io.factline.bench.FactsBench;
import io.factline.bench.UniverseBench;
import io.factline.bench.ValidatorBench;
import io.factline.cli.AskCommand;
import io.factline.cli.BatchCommand;
import io.factline.cli.BenchCommand;
import io.factline.cli.Cli;
import io.factline.cli.CommentaryCommand;
import io.factline.cli.FactsCommand;
import io.factline.cli.FetchCommand;
import io.factline.cli.ServeCommand;
import io.factline.cli.SyncCommand;
import io.factline.cli.ValidateCommand;
import io.factline.time.Sleeper;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Entry point and composition root: reads the {@link AppConfig} once, builds the shared {@link Parts} from it and
 * hands them to the commands; {@code serve}'s wiring is {@link Server}. Every part gets its dependencies through its
 * constructor; the clock and waiting come from here.
 */
public final class Main {

    /** Exit code of a user mistake or an unusable setting (as {@link Cli}'s). */
    private static final int USER_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** The real process: environment variables over {@code .env}, the system clock, real waiting. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        AppConfig config;
        try {
            config = AppConfig.load(Path.of(""), System.getenv());
        } catch (ConfigError e) {
            err.println("factline: " + e.getMessage());
            return USER_ERROR;
        }
        return run(config.variables(), out, err, args);
    }

    /** @param env exactly the configuration to use (tests pass their own, e.g. to point the model at a stand-in) */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        return run(env, Clock.systemUTC(), Sleeper.system(), out, err, args);
    }

    /** The same, with what the process gets from outside given: configuration, the time, and waiting. */
    public static int run(Map<String, String> env, Clock clock, Sleeper sleeper, PrintWriter out, PrintWriter err,
                          String... args) {
        try (Parts parts = new Parts(new AppConfig(env), clock, sleeper)) {
            return Cli.build(out, err, commands(parts)).execute(args);
        }
    }

    private static Object[] commands(Parts p) {
        Path bundled = Path.of("fixtures/market");
        return new Object[] {
            new FactsCommand(p.markets, p.engine),
            new AskCommand(p.markets, p.engine, p.chat(), p.config::modelConfigured),
            new CommentaryCommand(p.markets, p.engine, p.desk, p.template, p::model),
            new BatchCommand(p.markets, p.engine, p.desk, p.template, p::model),
            new ValidateCommand(p.validator, System.in),
            new FetchCommand(p.providers, p.loader, p.clock),
            new SyncCommand(p.providers, p.loader, p::bars, p.clock, p.config.variables()),
            new ServeCommand(request -> Server.start(p, request)),
            new BenchCommand(List.of(new FactsBench(p.loader, p.engine, bundled),
                    new ValidatorBench(p.validator, List.of(Path.of("../shared/conformance/validator/sample.jsonl"))),
                    new CommentaryBench(p.loader, p.engine, p.desk, p.template, p.prompts, bundled),
                    new UniverseBench(p.loader, p.engine, List.of(Path.of("fixtures/sp500"), Path.of("../shared/data/sp500"))),
                    new BatchBench(List.of(Path.of("fixtures/sp500"), Path.of("../shared/data/sp500")))))
        };
    }
}
