package io.factline.cli;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheetJson;
import io.factline.sync.Markets;
import io.factline.market.MarketData;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "facts", description = "Compute the fact sheet for a date and print it as JSON.")
public final class FactsCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--out", paramLabel = "FILE", description = "write the sheet here instead of stdout")
    Path out;

    @Spec
    CommandSpec spec;

    private final Markets markets;
    private final FactEngine engine;

    public FactsCommand(Markets markets, FactEngine engine) {
        this.markets = markets;
        this.engine = engine;
    }

    @Override
    public Integer call() {
        MarketData market = options.load(markets);
        String json = FactSheetJson.write(engine.sheet(market, options.resolveDate(market)));
        Output.emit(json, out, spec.commandLine().getOut());
        return 0;
    }
}
