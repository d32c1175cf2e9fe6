package io.factline.bench;

import java.util.List;

/** One group of benchmarks the {@code bench} command can run by name. */
public interface BenchSuite {

    String name();

    String description();

    /** @param quick fewer runs, for a smoke check that the suite still works */
    List<Timer.Result> run(boolean quick) throws Exception;
}
