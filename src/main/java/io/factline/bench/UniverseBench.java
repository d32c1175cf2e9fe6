package io.factline.bench;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheetJson;
import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 15's targets: the S&P 500 pack's sheet in a running server (data in memory) and as a whole cold
 * process, and a generated 6,000 × 1,000 universe's sheet as a whole process under a 2 GB heap. A whole
 * process is {@code java} on this jar with bin/factline's flags for one-shot commands, timed from start
 * to exit; cold means a new JVM each run (the files stay in the page cache, as they would for a user).
 */
public final class UniverseBench implements BenchSuite {

    static final int INSTRUMENTS = 6000, SESSIONS = 1000;

    private final CsvMarketLoader loader;
    private final FactEngine engine;
    private final List<Path> packs;

    public UniverseBench(CsvMarketLoader loader, FactEngine engine, List<Path> packs) {
        this.loader = loader;
        this.engine = engine;
        this.packs = packs;
    }

    @Override
    public String name() {
        return "universe";
    }

    @Override
    public String description() {
        return "S&P 500 pack: sheet in memory and as a cold process; 6,000 instruments x 1,000 sessions as a process, -Xmx2g";
    }

    @Override
    public List<Timer.Result> run(boolean quick) throws Exception {
        List<Timer.Result> results = new ArrayList<>();
        Path pack = packs.stream().filter(Files::isDirectory).findFirst().orElse(null);
        if (pack == null) {
            results.add(new Timer.Result("S&P 500 pack not found in " + packs, 0, 0, 0, 0, "skipped"));
        } else {
            MarketData data = loader.load(pack);
            LocalDate day = LocalDate.of(2025, 6, 13);
            results.add(Timer.measure("S&P 500 pack: sheet for 2025-06-13 (data in memory)", quick ? 2 : 10, quick ? 3 : 20,
                    () -> engine.sheet(data, day)));
            results.add(Timer.measure("S&P 500 pack: sheet + JSON (data in memory)", quick ? 2 : 10, quick ? 3 : 20,
                    () -> FactSheetJson.write(engine.sheet(data, day))));
            results.add(Timer.measure("S&P 500 pack: `facts --data` as a cold process", 1, quick ? 2 : 7,
                    () -> process(pack, "2025-06-13", null)));
        }
        Path dir = Files.createTempDirectory("factline-universe-");
        try {
            LocalDate last = SyntheticUniverse.write(dir, INSTRUMENTS, SESSIONS);
            results.add(Timer.measure("6,000 x 1,000: `facts --data` as a process, -Xmx2g", 1, quick ? 1 : 3,
                    () -> process(dir, last.toString(), "-Xmx2g")));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return results;
    }

    /** Runs {@code facts} in a new JVM as bin/factline would; fails when the process does. */
    private static void process(Path data, String date, String heap) throws IOException, InterruptedException {
        Path out = Files.createTempFile("factline-sheet-", ".json");
        try {
            JarProcess.run(JarProcess.ONE_SHOT, heap == null ? List.of() : List.of(heap),
                    List.of("facts", "--data", data.toString(), "--date", date, "--out", out.toString()));
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
