package io.factline.auth;

import io.factline.ratelimit.Buckets;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Slows password guessing on the sign-in form with three budgets of failed sign-ins (Bucket4j buckets,
 * {@link Buckets}), each refilled whole at the end of its window:
 * <ul>
 *   <li>a name from one address: {@value #PER_NAME_AND_ADDRESS} in {@link #WINDOW};</li>
 *   <li>one address over all names: {@value #PER_ADDRESS} in {@link #WINDOW} (against spraying one password);</li>
 *   <li>a name over all addresses: {@value #PER_NAME} in {@link #WINDOW}, and {@value #PER_NAME_A_DAY} a day
 *       (against many addresses on one name): the wait grows with the name's failures, from none to the next
 *       quarter hour to the next day. A browser that signed in as that user before ({@link KnownDevices}) is
 *       spared this budget, so guessers cannot lock the real user out.</li>
 * </ul>
 * An attempt first {@link #reserve reserves} a token of each budget, atomically, and only then is the
 * password checked: parallel guesses cannot all pass the check before one is counted. A success gives its
 * tokens back (it is not a failure). Kept in memory, per server process; at most
 * {@value #MAX_KEYS} keys per budget, least recently used forgotten first. Thread-safe.
 */
public final class SignInThrottle {

    static final int PER_NAME_AND_ADDRESS = 5;
    static final int PER_ADDRESS = 30;
    static final int PER_NAME = 10;
    static final int PER_NAME_A_DAY = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_KEYS = 50_000;

    private final Buckets nameAtAddress;
    private final Buckets address;
    private final Buckets name;

    public SignInThrottle(Clock clock) {
        this.nameAtAddress = new Buckets(List.of(every(PER_NAME_AND_ADDRESS, WINDOW)), MAX_KEYS, clock);
        this.address = new Buckets(List.of(every(PER_ADDRESS, WINDOW)), MAX_KEYS, clock);
        this.name = new Buckets(List.of(every(PER_NAME, WINDOW), every(PER_NAME_A_DAY, Duration.ofDays(1))), MAX_KEYS, clock);
    }

    /** Whether the password may be checked now: with a reservation to report on, or after a wait. */
    public sealed interface Decision permits Go, Wait {
    }

    public record Wait(Duration retryAfter) implements Decision {
        /** Whole seconds, rounded up, for a {@code Retry-After} header (never 0). */
        public long seconds() {
            return Math.max(1, retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0));
        }
    }

    /** One attempt's tokens; report exactly one outcome. */
    public final class Go implements Decision {
        private final List<Bucket> taken;

        private Go(List<Bucket> taken) {
            this.taken = taken;
        }

        /** Wrong password (or no such user, or disabled): the tokens stay spent. */
        public void failed() {
        }

        /**
         * Signed in: not a failure, so its tokens come back. Earlier failures stay counted until their window
         * refills: forgetting them would let guesses that were in flight beside the success be checked afresh.
         */
        public void succeeded() {
            cancelled();
        }

        /** The check could not be made (the store failed): the attempt does not count. */
        public void cancelled() {
            taken.forEach(b -> b.addTokens(1));
        }
    }

    /**
     * @param knownBrowser the browser signed in as {@code username} before: the name's own budget does not apply
     */
    public Decision reserve(String username, String clientAddress, boolean knownBrowser) {
        String user = normalized(username);
        String nameKey = clientAddress + "|" + user;
        List<Bucket> buckets = new ArrayList<>(List.of(nameAtAddress.of(nameKey), address.of(clientAddress)));
        if (!knownBrowser) buckets.add(name.of(user));
        List<Bucket> taken = new ArrayList<>();
        for (Bucket b : buckets) {
            ConsumptionProbe probe = b.tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                taken.forEach(t -> t.addTokens(1));
                return new Wait(Duration.ofNanos(probe.getNanosToWaitForRefill()));
            }
            taken.add(b);
        }
        return new Go(taken);
    }

    private static Bandwidth every(int failures, Duration window) {
        return Bandwidth.builder().capacity(failures).refillIntervally(failures, window).build();
    }

    private static String normalized(String username) {
        String n = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return n.length() > 64 ? n.substring(0, 64) : n;   // longer names never sign in (Login); bound the key
    }
}
