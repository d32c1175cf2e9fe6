package io.factline.market.feed;

import io.factline.time.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps calls to one provider at least {@code spacing} apart, start to start (Alpha Vantage's free
 * tier: 5 calls a minute, so 12 s). The first call never waits. Shared by every caller of one provider,
 * hence synchronized: a second thread waits its turn.
 */
public final class RateLimiter {

    private final Duration spacing;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant last;

    public RateLimiter(Duration spacing, Clock clock, Sleeper sleeper) {
        if (spacing.isNegative()) throw new IllegalArgumentException("negative spacing " + spacing);
        this.spacing = spacing;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until a call may start, then counts it as started now. */
    public synchronized void acquire() throws InterruptedException {
        if (last != null && !spacing.isZero()) {
            Duration wait = spacing.minus(Duration.between(last, clock.instant()));
            if (wait.compareTo(Duration.ZERO) > 0) sleeper.sleep(wait);
        }
        last = clock.instant();
    }

    public Duration spacing() {
        return spacing;
    }
}
