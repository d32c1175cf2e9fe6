package io.factline.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 15's batch target: {@code batch} over a year of dates on the S&P 500 pack (2024-09-09 to
 * 2025-09-08, 250 market days), the template writer, every commentary validated and written, as a whole
 * process launched the way bin/factline launches {@code batch}. Under 60 s is the target.
 */
public final class BatchBench implements BenchSuite {

    static final String FROM = "2024-09-09", TO = "2025-09-08";

    private final List<Path> packs;

    public BatchBench(List<Path> packs) {
        this.packs = packs;
    }

    @Override
    public String name() {
        return "batch";
    }

    @Override
    public String description() {
        return "batch over a year of the S&P 500 pack (" + FROM + " to " + TO + ", template writer) as a process";
    }

    @Override
    public List<Timer.Result> run(boolean quick) throws Exception {
        List<Timer.Result> results = new ArrayList<>();
        Path pack = packs.stream().filter(Files::isDirectory).findFirst().orElse(null);
        if (pack == null) {
            results.add(new Timer.Result("S&P 500 pack not found in " + packs, 0, 0, 0, 0, "skipped"));
            return results;
        }
        String to = quick ? "2024-09-20" : TO;   // --quick: two weeks, to check the suite runs
        Path out = Files.createTempDirectory("factline-batch-");
        try {
            results.add(Timer.measure("S&P 500 pack: `batch` " + FROM + " to " + to + " as a process", 0, quick ? 1 : 3,
                    () -> JarProcess.run(JarProcess.ONE_SHOT, List.of(), List.of("batch", "--data", pack.toString(),
                            "--from", FROM, "--to", to, "--out", out.toString(), "--drafter", "template", "--force"))));
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return results;
    }
}
