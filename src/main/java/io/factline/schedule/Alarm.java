package io.factline.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task at an instant. The scheduler's only source of waiting, so tests can move time themselves. */
public interface Alarm extends AutoCloseable {

    void at(Instant when, Runnable task);

    @Override
    void close();

    /** One background daemon thread; the delay is measured on {@code clock}, once, when the task is set. */
    static Alarm onThread(Clock clock) {
        ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factline-scheduler");
            t.setDaemon(true);
            return t;
        });
        return new Alarm() {
            @Override
            public void at(Instant when, Runnable task) {
                long delay = Math.max(0, Duration.between(clock.instant(), when).toMillis());
                thread.schedule(task, delay, TimeUnit.MILLISECONDS);
            }

            @Override
            public void close() {
                thread.shutdownNow();
            }
        };
    }
}
