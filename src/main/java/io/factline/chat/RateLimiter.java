package io.factline.chat;

import io.factline.ratelimit.Buckets;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * At most {@code permits} questions per client key in each {@code window} (e.g. 20 a minute): a Bucket4j
 * bucket per client ({@link Buckets}) that refills all {@code permits} at once, one window after the
 * client's first question (then every window). Past {@code maxClients} the least recently seen client is
 * forgotten (it starts afresh). Time comes from the injected {@link Clock}. Thread-safe.
 */
public final class RateLimiter {

    private final int permits;
    private final Buckets buckets;

    public RateLimiter(int permits, Duration window, int maxClients, Clock clock) {
        if (permits < 1) throw new IllegalArgumentException("permits must be >= 1");
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be > 0");
        if (maxClients < 1) throw new IllegalArgumentException("maxClients must be >= 1");
        this.permits = permits;
        this.buckets = new Buckets(List.of(Bandwidth.builder().capacity(permits).refillIntervally(permits, window).build()),
                maxClients, clock);
    }

    /** 20 questions a minute, 10,000 clients remembered. */
    public static RateLimiter standard(Clock clock) {
        return new RateLimiter(20, Duration.ofMinutes(1), 10_000, clock);
    }

    /**
     * Counts a question for {@code clientKey} if it is allowed. A limited question is not counted, so a
     * client that keeps retrying too early does not push its own window further out.
     */
    public RateDecision acquire(String clientKey) {
        ConsumptionProbe probe = buckets.of(clientKey).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) return new RateDecision.Limited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        return new RateDecision.Allowed((int) Math.min(permits, probe.getRemainingTokens()));
    }

    /**
     * Gives back the question {@link #acquire} counted last for {@code clientKey}: the server turned it
     * away (503, busy) before answering, so it must not use up the client's window.
     */
    public void refund(String clientKey) {
        buckets.of(clientKey).addTokens(1);
    }

    /** Clients currently remembered (for tests and metrics). */
    public int clients() {
        return buckets.size();
    }
}
