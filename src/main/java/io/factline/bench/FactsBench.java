package io.factline.bench;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheetJson;
import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The fact sheet: bundled data, and a generated 500 × 1,000 universe read from disk, CSV parsing included. */
public final class FactsBench implements BenchSuite {

    private final CsvMarketLoader loader;
    private final FactEngine engine;
    private final Path bundled;

    public FactsBench(CsvMarketLoader loader, FactEngine engine, Path bundled) {
        this.loader = loader;
        this.engine = engine;
        this.bundled = bundled;
    }

    @Override
    public String name() {
        return "facts";
    }

    @Override
    public String description() {
        return "fact sheet for the bundled data and for 500 instruments x 1,000 sessions";
    }

    @Override
    public List<Timer.Result> run(boolean quick) throws Exception {
        int warm = quick ? 3 : 30, runs = quick ? 5 : 50;
        List<Timer.Result> results = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 3, 23);
        MarketData market = loader.load(bundled);
        results.add(Timer.measure("bundled: sheet for 2026-03-23 (data in memory)", warm, runs,
                () -> engine.sheet(market, day)));
        results.add(Timer.measure("bundled: load CSVs + sheet + JSON", warm, runs,
                () -> FactSheetJson.write(engine.sheet(loader.load(bundled), day))));
        Path dir = Files.createTempDirectory("factline-bench-");
        try {
            LocalDate last = SyntheticUniverse.write(dir, 500, 1000);
            results.add(Timer.measure("500 x 1,000: load CSVs from disk + sheet", quick ? 1 : 5, quick ? 3 : 15,
                    () -> engine.sheet(loader.load(dir), last)));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return results;
    }
}
