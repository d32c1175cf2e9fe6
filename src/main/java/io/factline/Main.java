package io.factline;

import io.factline.cli.Cli;
import io.factline.cli.FactsCommand;
import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Entry point and the only place where parts are wired together. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CsvMarketLoader loader = new CsvMarketLoader();
        FactEngine engine = new FactEngine();
        return Cli.build(out, err, new FactsCommand(loader, engine)).execute(args);
    }
}
