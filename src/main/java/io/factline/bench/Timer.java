package io.factline.bench;

import java.util.Arrays;

/**
 * Times a task the simple honest way: warm-up runs that are thrown away, then measured runs, reporting
 * the median and the spread. Wall-clock nanoseconds; results go to the README, never into tests.
 */
public final class Timer {

    private Timer() {
    }

    /** A measurement: median, min and max in nanoseconds over {@code runs} runs. */
    public record Result(String name, int runs, long medianNanos, long minNanos, long maxNanos, String note) {
        public String line() {
            return String.format("%-58s median %12s   min %12s   max %12s   (%d runs)%s", name, human(medianNanos),
                    human(minNanos), human(maxNanos), runs, note.isEmpty() ? "" : "  " + note);
        }
    }

    public interface Task {
        void run() throws Exception;
    }

    public static Result measure(String name, int warmups, int runs, Task task) throws Exception {
        return measure(name, warmups, runs, 1, task);
    }

    /** @param perRun how many units one run of {@code task} does; times are reported per unit */
    public static Result measure(String name, int warmups, int runs, int perRun, Task task) throws Exception {
        for (int i = 0; i < warmups; i++) task.run();
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            t[i] = (System.nanoTime() - start) / perRun;
        }
        Arrays.sort(t);
        return new Result(name, runs, t[runs / 2], t[0], t[runs - 1], perRun > 1 ? "per unit, " + perRun + " per run" : "");
    }

    public static String human(long nanos) {
        if (nanos >= 1_000_000_000L) return String.format("%.2f s", nanos / 1e9);
        if (nanos >= 1_000_000L) return String.format("%.2f ms", nanos / 1e6);
        if (nanos >= 1_000L) return String.format("%.1f µs", nanos / 1e3);
        return nanos + " ns";
    }
}
