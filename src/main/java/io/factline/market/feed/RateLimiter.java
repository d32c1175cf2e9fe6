package io.factline.market.feed;

import io.factline.ratelimit.Buckets;
import io.factline.time.Sleeper;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Keeps calls to one provider at least {@code spacing} apart, start to start (Alpha Vantage's free
 * tier: 5 calls a minute, so 12 s). A Bucket4j bucket of one token that refills smoothly over
 * {@code spacing}: the first call never waits, a call that comes early reserves the next token and waits
 * for it through the {@link Sleeper} (so tests record waits instead of sleeping). Shared by every caller
 * of one provider; reservations are atomic, so a second thread waits its turn.
 */
public final class RateLimiter {

    private final Duration spacing;
    private final Bucket bucket;
    private final Sleeper sleeper;

    public RateLimiter(Duration spacing, Clock clock, Sleeper sleeper) {
        if (spacing.isNegative()) throw new IllegalArgumentException("negative spacing " + spacing);
        this.spacing = spacing;
        this.sleeper = sleeper;
        this.bucket = spacing.isZero() ? null
                : Buckets.single(List.of(Bandwidth.builder().capacity(1).refillGreedy(1, spacing).build()), clock);
    }

    /** Waits until a call may start, then counts it as started. */
    public void acquire() throws InterruptedException {
        if (bucket == null) return;
        bucket.asBlocking().consume(1, nanos -> sleeper.sleep(Duration.ofNanos(nanos)));
    }

    public Duration spacing() {
        return spacing;
    }
}
