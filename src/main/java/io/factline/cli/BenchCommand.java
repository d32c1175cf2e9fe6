package io.factline.cli;

import io.factline.bench.BenchSuite;
import io.factline.bench.Timer;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", description = "Run benchmarks and print medians (results are reported in the README).")
public final class BenchCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "SUITE", description = "suites to run (default: all)")
    List<String> names;

    @Option(names = "--quick", description = "fewer runs: checks the suites work, numbers are rough")
    boolean quick;

    @Spec
    CommandSpec spec;

    private final List<BenchSuite> suites;

    public BenchCommand(List<BenchSuite> suites) {
        this.suites = suites;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (names != null) {
            for (String n : names) {
                if (suites.stream().noneMatch(s -> s.name().equals(n))) {
                    throw new UserError("unknown bench suite '" + n + "'; suites: "
                            + String.join(", ", suites.stream().map(BenchSuite::name).toList()));
                }
            }
        }
        out.printf("machine: %d cores, %s %s, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        for (BenchSuite s : suites) {
            if (names != null && !names.contains(s.name())) continue;
            out.println("## " + s.name() + ": " + s.description());
            out.flush();
            for (Timer.Result r : s.run(quick)) {
                out.println(r.line());
                out.flush();
            }
        }
        return 0;
    }
}
