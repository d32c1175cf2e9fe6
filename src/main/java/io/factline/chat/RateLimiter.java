package io.factline.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code permits} questions per client key in any sliding {@code window} (e.g. 20 a minute).
 * Each client keeps the instants of its questions inside the window (at most {@code permits}), so memory
 * is bounded by {@code maxClients × permits}; past {@code maxClients} the least recently seen client is
 * forgotten (it starts afresh). Time comes from the injected {@link Clock}. Thread-safe.
 */
public final class RateLimiter {

    private final int permits;
    private final Duration window;
    private final int maxClients;
    private final Clock clock;
    private final LinkedHashMap<String, Deque<Instant>> clients = new LinkedHashMap<>(16, 0.75f, true);

    public RateLimiter(int permits, Duration window, int maxClients, Clock clock) {
        if (permits < 1) throw new IllegalArgumentException("permits must be >= 1");
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be > 0");
        if (maxClients < 1) throw new IllegalArgumentException("maxClients must be >= 1");
        this.permits = permits;
        this.window = window;
        this.maxClients = maxClients;
        this.clock = clock;
    }

    /** 20 questions a minute, 10,000 clients remembered. */
    public static RateLimiter standard(Clock clock) {
        return new RateLimiter(20, Duration.ofMinutes(1), 10_000, clock);
    }

    /**
     * Counts a question for {@code clientKey} if it is allowed. A limited question is not counted, so a
     * client that keeps retrying too early does not push its own window further out.
     */
    public synchronized RateDecision acquire(String clientKey) {
        Instant now = clock.instant();
        Deque<Instant> times = clients.computeIfAbsent(clientKey, k -> new ArrayDeque<>(permits));
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) times.pollFirst();
        if (times.size() >= permits) {
            return new RateDecision.Limited(Duration.between(now, times.peekFirst().plus(window)));
        }
        times.addLast(now);
        if (clients.size() > maxClients) evict(cutoff);
        return new RateDecision.Allowed(permits - times.size());
    }

    /**
     * Gives back the question {@link #acquire} counted last for {@code clientKey}: the server turned it
     * away (503, busy) before answering, so it must not use up the client's minute.
     */
    public synchronized void refund(String clientKey) {
        Deque<Instant> times = clients.get(clientKey);
        if (times != null && !times.isEmpty()) times.pollLast();
    }

    /** Clients currently remembered (for tests and metrics). */
    public synchronized int clients() {
        return clients.size();
    }

    /** Drops clients with nothing left in the window, then the least recently seen ones. */
    private void evict(Instant cutoff) {
        clients.values().removeIf(t -> t.isEmpty() || !t.peekLast().isAfter(cutoff));
        Iterator<Map.Entry<String, Deque<Instant>>> eldest = clients.entrySet().iterator();
        while (clients.size() > maxClients && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }
}
