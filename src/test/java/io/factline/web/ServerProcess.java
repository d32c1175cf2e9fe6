package io.factline.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code factline serve} in a JVM of its own, as an operator runs it, so a test can kill it for real
 * (SIGKILL: no shutdown hooks, no flushing) and start it again on the same database.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    final String url;

    /**
     * @param env        variables of the server's environment (the test's own are not inherited)
     * @param properties JVM system properties, e.g. the crash point
     */
    ServerProcess(Path workDir, Path data, Map<String, String> env, List<String> properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.factline.Main", "serve", "--port", "0",
                "--data", data.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        process = pb.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                lines.add("(output closed: " + e.getMessage() + ")");
            }
        }, "server-output");
        reader.setDaemon(true);
        reader.start();
        url = awaitUrl(Duration.ofSeconds(90));
    }

    private String awaitUrl(Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        List<String> seen = new ArrayList<>();
        while (Instant.now().isBefore(deadline)) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                int at = line.indexOf("http://");
                if (line.startsWith("Factline editors' desk at ") && at >= 0) return line.substring(at).strip().replaceAll("/$", "");
            }
            if (!process.isAlive() && lines.isEmpty()) break;
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start; its output:\n" + String.join("\n", seen));
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError("the server survived SIGKILL");
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
