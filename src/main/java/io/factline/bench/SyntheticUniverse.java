package io.factline.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a data directory of {@code instruments} random-walk series of {@code sessions} weekday bars
 * (fixed seed, so every run measures the same files). The first instrument is everyone's benchmark.
 */
public final class SyntheticUniverse {

    private SyntheticUniverse() {
    }

    /** @return the last session date written */
    public static LocalDate write(Path dir, int instruments, int sessions) throws IOException {
        Files.createDirectories(dir.resolve("prices"));
        LocalDate[] dates = new LocalDate[sessions];
        LocalDate d = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < sessions; i++) {
            while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) d = d.plusDays(1);
            dates[i] = d;
            d = d.plusDays(1);
        }
        SplittableRandom random = new SplittableRandom(42);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("instruments.csv"))) {
            w.write("symbol,name,kind,sector,benchmark\n");
            for (int n = 0; n < instruments; n++) {
                w.write(String.format(Locale.ROOT, "S%04d,Synthetic %d,stock,Sector %d,%s\n", n, n, n % 11,
                        n == 0 ? "" : "S0000"));
            }
        }
        for (int n = 0; n < instruments; n++) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("prices").resolve(String.format("S%04d.csv", n)))) {
                w.write("date,open,high,low,close,adj_close,volume\n");
                double p = 50 + random.nextDouble() * 200;
                for (int i = 0; i < sessions; i++) {
                    p *= 1 + random.nextGaussian() * 0.015;
                    double open = p * (1 + random.nextGaussian() * 0.003);
                    w.write(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%.4f,%d\n", dates[i], open,
                            Math.max(open, p) * 1.004, Math.min(open, p) * 0.996, p, p * 0.98,
                            1_000_000 + random.nextInt(50_000_000)));
                }
            }
        }
        return dates[sessions - 1];
    }
}
