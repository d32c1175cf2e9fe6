package io.factline.drafts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Test-only hook: a named point in a save where the restart test kills the server, deterministically
 * and without sleeping. Production wiring passes {@link #NONE}. It is armed only by the system
 * properties {@code factline.crashPoint=NAME} and {@code factline.crashPoint.signal=FILE}: the thread
 * that reaches NAME creates FILE and then blocks for good; the test waits for FILE and sends SIGKILL.
 * Points: {@code save-version:before-commit}, {@code save-version:after-commit}.
 */
@FunctionalInterface
public interface CrashPoint {

    CrashPoint NONE = name -> { };

    void reached(String name);

    static CrashPoint fromSystemProperties() {
        String armed = System.getProperty("factline.crashPoint");
        String signal = System.getProperty("factline.crashPoint.signal");
        if (armed == null || signal == null) return NONE;
        return name -> {
            if (!name.equals(armed)) return;
            try {
                Files.writeString(Path.of(signal), name);
                new CountDownLatch(1).await();   // never released: the test kills the process here
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
