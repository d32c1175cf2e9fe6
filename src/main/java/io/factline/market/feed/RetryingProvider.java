package io.factline.market.feed;

import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
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
 *
 * <p>The policy (which errors are tried again, how many tries, the wait before each) is a Failsafe
 * {@link RetryPolicy}; each call runs as a standalone {@link Execution}, which leaves the waiting to the
 * injected {@link Sleeper}, so tests record the waits instead of sleeping them.
 */
public final class RetryingProvider implements PriceProvider {

    private final PriceProvider inner;
    private final int maxTries;
    private final Backoff backoff;
    private final RateLimiter limiter;
    private final Sleeper sleeper;
    private final RetryPolicy<Fetch> policy;

    public RetryingProvider(PriceProvider inner, int maxTries, Backoff backoff, RateLimiter limiter, Sleeper sleeper) {
        if (maxTries < 1) throw new IllegalArgumentException("maxTries must be at least 1, got " + maxTries);
        this.inner = inner;
        this.maxTries = maxTries;
        this.backoff = backoff;
        this.limiter = limiter;
        this.sleeper = sleeper;
        this.policy = RetryPolicy.<Fetch>builder()
                .handleIf((Fetch result, Throwable failure) -> failure instanceof ProviderError e && e.kind().retryable())
                .withMaxAttempts(maxTries)
                .withDelayFn(context -> context.getLastException() instanceof ProviderError e && e.retryAfter().isPresent()
                        ? e.retryAfter().get() : backoff.delay(context.getAttemptCount()))
                .build();
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Fetch fetch(String symbol, LocalDate from, LocalDate to) {
        Execution<Fetch> execution = Execution.of(policy);
        while (true) {
            ProviderError failed;
            try {
                limiter.acquire();
                return inner.fetch(symbol, from, to);
            } catch (ProviderError e) {
                failed = e;
            } catch (InterruptedException e) {
                throw interrupted(symbol);
            }
            execution.recordException(failed);
            if (!failed.kind().retryable() || Thread.currentThread().isInterrupted()) throw failed;
            if (execution.isComplete()) throw failed.withNote("gave up after " + execution.getAttemptCount() + " tries");
            Duration wait = execution.getDelay();
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
