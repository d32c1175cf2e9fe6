package io.factline.market.feed;

import java.time.Duration;

/**
 * Waits. Every wait of the retry and spacing logic goes through one, so tests can record the waits
 * asked for instead of sleeping.
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
