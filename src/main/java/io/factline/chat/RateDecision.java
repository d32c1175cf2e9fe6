package io.factline.chat;

import java.time.Duration;

/** The rate limiter's answer for one question: go ahead, or wait this long. */
public sealed interface RateDecision permits RateDecision.Allowed, RateDecision.Limited {

    /** @param remaining questions this client may still ask in the current window */
    record Allowed(int remaining) implements RateDecision {
    }

    /** @param retryAfter until the oldest question of the window leaves it; always positive */
    record Limited(Duration retryAfter) implements RateDecision {

        /** Whole seconds, rounded up, for a {@code Retry-After} header (never 0). */
        public long retryAfterSeconds() {
            long s = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
            return Math.max(1, s);
        }
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
