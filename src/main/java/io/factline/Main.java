package io.factline;

import io.factline.bench.FactsBench;
import io.factline.bench.ValidatorBench;
import io.factline.cli.BenchCommand;
import io.factline.cli.Cli;
import io.factline.cli.FactsCommand;
import io.factline.cli.ValidateCommand;
import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import io.factline.validation.Validator;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

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
        Path bundled = Path.of("fixtures/market");
        Validator validator = new Validator();
        return Cli.build(out, err,
                new FactsCommand(loader, engine),
                new ValidateCommand(validator, System.in),
                new BenchCommand(List.of(new FactsBench(loader, engine, bundled),
                        new ValidatorBench(validator, List.of(Path.of("src/test/resources/conformance/validator/sample.jsonl"),
                                Path.of("../shared/conformance/validator/sample.jsonl")))))).execute(args);
    }
}
