package io.factline.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rate-limiting concept of the server: a Bucket4j token bucket per key (a client, a user name,
 * an address), every bucket built with the same limits (Bucket4j bandwidths; a token must be
 * left in each) and driven by the injected {@link Clock}
 * (so tests move time instead of sleeping). Taking a token is atomic (Bucket4j compares and swaps), which
 * is what makes a limit hold under parallel requests. At most {@code maxKeys} buckets are kept; past
 * that the least recently used is forgotten and its key starts afresh, so memory stays bounded whatever
 * keys clients invent. Thread-safe.
 */
public final class Buckets {

    private final List<Bandwidth> limits;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets;

    public Buckets(List<Bandwidth> limits, int maxKeys, Clock clock) {
        if (limits.isEmpty()) throw new IllegalArgumentException("a bucket needs at least one limit");
        if (maxKeys < 1) throw new IllegalArgumentException("maxKeys must be >= 1");
        this.limits = List.copyOf(limits);
        this.time = timeMeter(clock);
        this.buckets = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxKeys;
            }
        };
    }

    /** The bucket of {@code key}, full when the key is new (or was forgotten). */
    public synchronized Bucket of(String key) {
        return buckets.computeIfAbsent(key, k -> bucket(limits, time));
    }

    /** Keys currently remembered (for tests and metrics). */
    public synchronized int size() {
        return buckets.size();
    }

    /** One bucket on its own (not keyed), e.g. to pace calls to one provider. */
    public static Bucket single(List<Bandwidth> limits, Clock clock) {
        return bucket(limits, timeMeter(clock));
    }

    private static Bucket bucket(List<Bandwidth> limits, TimeMeter time) {
        LocalBucketBuilder b = Bucket.builder().withCustomTimePrecision(time);
        limits.forEach(b::addLimit);
        return b.build();
    }

    /** Bucket4j's time source from a {@link Clock}: nanoseconds since the epoch (fits a long until 2262). */
    public static TimeMeter timeMeter(Clock clock) {
        return new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }
}
