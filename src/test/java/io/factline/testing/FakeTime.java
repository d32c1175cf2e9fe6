package io.factline.testing;

import io.factline.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Time for tests: a clock that stands still until someone sleeps, and a {@link Sleeper} that records
 * each wait and moves the clock on by it instead of blocking.
 */
public final class FakeTime implements Sleeper {

    private Instant now;
    private final List<Duration> waits = new ArrayList<>();

    public FakeTime(Instant start) {
        this.now = start;
    }

    public FakeTime(String start) {
        this(Instant.parse(start));
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        now = now.plus(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }

    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("tests use UTC");
            }

            @Override
            public Instant instant() {
                synchronized (FakeTime.this) {
                    return now;
                }
            }
        };
    }
}
