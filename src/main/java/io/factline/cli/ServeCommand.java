package io.factline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "Run the editors' desk: review pages, JSON API and the published commentary.")
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT",
            description = "port to listen on (default: FACTLINE_PORT, else 7070; 0 picks a free port)")
    Integer port;

    @Option(names = "--host", paramLabel = "HOST", description = "address to bind (default: FACTLINE_HOST, else 127.0.0.1)")
    String host;

    @Option(names = "--data", paramLabel = "DIR",
            description = "data directory for fact sheets and charts (default: fixtures/market)")
    Path data;

    @Spec
    CommandSpec spec;

    /** What the command line asked for; null fields fall back to the environment. */
    public record Request(Integer port, String host, Path data) {
    }

    /** A started server. */
    public interface Running {
        /** e.g. http://localhost:7070/ */
        String url();

        void stop();
    }

    private final Function<Request, Running> start;

    /** @param start builds and starts the server (wiring lives in Main) */
    public ServeCommand(Function<Request, Running> start) {
        this.start = start;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port != null && (port < 0 || port > 65535)) throw new UserError("--port must be from 0 to 65535, got " + port);
        Running server = start.apply(new Request(port, host, data));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Factline editors' desk at " + server.url());
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "factline-shutdown"));
        stopped.await();   // until the process is asked to stop (Ctrl-C, SIGTERM)
        return 0;
    }
}
