package io.factline.market.feed;

import io.factline.time.Sleeper;
import java.time.Duration;
import java.time.LocalDate;

/**
 * A provider that waits its turn and tries again when trying again can help.
 *
 * <p>Every try first passes the {@link RateLimiter}. A RATE_LIMITED error is tried again after the
 * provider's {@code retryAfter}, or after the {@link Backoff} delay when it gave none; SERVER and
 * NETWORK errors after the backoff delay (or a {@code Retry-After} the server sent). AUTH, NOT_FOUND,
 * QUOTA, BAD_REQUEST and BAD_RESPONSE are thrown at once: the same call would fail the same way. After
 * {@code maxTries} tries, or when the provider asks for a longer wait than the backoff's cap, the last
 * error is thrown, saying how many tries were made.
 */
public final class RetryingProvider implements PriceProvider {

    private final PriceProvider inner;
    private final int maxTries;
    private final Backoff backoff;
    private final RateLimiter limiter;
    private final Sleeper sleeper;

    public RetryingProvider(PriceProvider inner, int maxTries, Backoff backoff, RateLimiter limiter, Sleeper sleeper) {
        if (maxTries < 1) throw new IllegalArgumentException("maxTries must be at least 1, got " + maxTries);
        this.inner = inner;
        this.maxTries = maxTries;
        this.backoff = backoff;
        this.limiter = limiter;
        this.sleeper = sleeper;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Fetch fetch(String symbol, LocalDate from, LocalDate to) {
        for (int tries = 1; ; tries++) {
            ProviderError failed;
            try {
                limiter.acquire();
                return inner.fetch(symbol, from, to);
            } catch (ProviderError e) {
                failed = e;
            } catch (InterruptedException e) {
                throw interrupted(symbol);
            }
            if (!failed.kind().retryable() || Thread.currentThread().isInterrupted()) throw failed;
            if (tries >= maxTries) throw failed.withNote("gave up after " + tries + " tries");
            Duration wait = failed.retryAfter().orElse(backoff.delay(tries));
            if (wait.compareTo(backoff.cap()) > 0) {
                throw failed.withNote("asked to wait " + wait.toSeconds() + " s, longer than the " + backoff.cap().toSeconds() + " s we wait");
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                throw interrupted(symbol);
            }
        }
    }

    private ProviderError interrupted(String symbol) {
        Thread.currentThread().interrupt();
        return new ProviderError(ProviderError.Kind.NETWORK, inner.name(), symbol, "interrupted while waiting to call");
    }
}
