package io.factline.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows password guessing on the sign-in form. Failed sign-ins are counted per user name and client
 * address ({@value #PER_NAME} in {@link #WINDOW}) and per address over all names ({@value #PER_ADDRESS},
 * against spraying one password over many names); over either limit the form refuses without checking the
 * password until the oldest failure leaves the window. Keying the name together with the address means
 * a guesser elsewhere cannot lock the real user out. A success forgets the name's failures from that
 * address. Kept in memory, per server process; at most {@value #MAX_KEYS} keys are remembered, least
 * recently failed forgotten first. Thread-safe.
 */
public final class SignInThrottle {

    static final int PER_NAME = 5;
    static final int PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final LinkedHashMap<String, Deque<Instant>> failures = new LinkedHashMap<>(16, 0.75f, true);

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} must wait before trying {@code username} again; empty when it may try now. */
    public synchronized Optional<Duration> waitBefore(String username, String address) {
        Instant now = clock.instant();
        Duration wait = waitFor(nameKey(username, address), PER_NAME, now);
        Duration all = waitFor(addressKey(address), PER_ADDRESS, now);
        Duration longer = wait.compareTo(all) >= 0 ? wait : all;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        record(nameKey(username, address), now);
        record(addressKey(address), now);
    }

    public synchronized void succeeded(String username, String address) {
        failures.remove(nameKey(username, address));
    }

    private Duration waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) return Duration.ZERO;
        Instant cutoff = now.minus(WINDOW);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) times.pollFirst();
        if (times.isEmpty()) {
            failures.remove(key);
            return Duration.ZERO;
        }
        return times.size() < limit ? Duration.ZERO : Duration.between(now, times.peekFirst().plus(WINDOW));
    }

    private void record(String key, Instant now) {
        failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(now);
        var eldest = failures.keySet().iterator();
        while (failures.size() > MAX_KEYS && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    private static String nameKey(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() > 64) name = name.substring(0, 64);   // longer names never sign in (Login); bound the key
        return "name:" + address + "|" + name;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
