package io.factline.market.feed;

import java.time.Duration;

/**
 * Exponential backoff: the wait before try n+1 is {@code base × 2^(n−1)}, never more than {@code cap}.
 * {@code cap} is also the longest wait a provider's own {@code Retry-After} may ask for: asked to wait
 * longer, a caller gives up rather than call early or block a run for an hour.
 */
public record Backoff(Duration base, Duration cap) {

    public Backoff {
        if (base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 <= base <= cap, got base " + base + ", cap " + cap);
        }
    }

    /** @param failedTries how many tries have failed so far, from 1 */
    public Duration delay(int failedTries) {
        Duration d = base;
        for (int i = 1; i < failedTries && d.compareTo(cap) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(cap) > 0 ? cap : d;
    }
}
