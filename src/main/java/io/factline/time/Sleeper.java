package io.factline.time;

import java.time.Duration;

/**
 * Waits. Every wait of the retry, backoff and spacing logic (model calls, market-data providers)
 * goes through one, so tests can record the waits asked for instead of sleeping. An interrupt ends
 * the wait with {@link InterruptedException}; callers stop retrying.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** The real thing: blocks the calling thread. */
    static Sleeper system() {
        return d -> {
            if (!d.isNegative() && !d.isZero()) Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        };
    }
}
