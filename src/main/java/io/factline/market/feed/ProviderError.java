package io.factline.market.feed;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider could not give the bars asked for. The message is one line a user can act on, naming
 * provider, symbol and what happened: {@code alphavantage SPY: quota used up: We have detected your API
 * key as *** and our standard API rate limit is 25 requests per day. …}. It never contains an API key.
 *
 * <p>{@link #kind()} says what a caller may do about it: only {@code RATE_LIMITED}, {@code SERVER} and
 * {@code NETWORK} are worth trying again (see {@link RetryingProvider}).
 */
public final class ProviderError extends RuntimeException {

    public enum Kind {
        /** The key is missing, wrong, or not allowed this data (HTTP 401/403, Alpha Vantage's "apikey is invalid"). */
        AUTH("not authorised"),
        /** The provider does not know the symbol (HTTP 404, Alpha Vantage's "Invalid API call"). */
        NOT_FOUND("not found"),
        /** Too many calls too fast; a later call may succeed ({@link #retryAfter()} says when, if known). */
        RATE_LIMITED("rate limited"),
        /** A daily or monthly allocation is used up; calls fail until it resets. */
        QUOTA("quota used up"),
        /** The provider rejected what was asked (a premium-only parameter, a range it cannot serve). */
        BAD_REQUEST("bad request"),
        /** The provider failed (HTTP 5xx). */
        SERVER("server error"),
        /** No answer: connection refused or reset, timeout, interrupted. */
        NETWORK("network error"),
        /** An answer that cannot be fully read as bars: not JSON, cut short, fields missing or impossible. */
        BAD_RESPONSE("unusable response");

        private final String phrase;

        Kind(String phrase) {
            this.phrase = phrase;
        }

        public String phrase() {
            return phrase;
        }

        public boolean retryable() {
            return this == RATE_LIMITED || this == SERVER || this == NETWORK;
        }
    }

    private final Kind kind;
    private final String provider;
    private final String symbol;
    private final String detail;
    private final Duration retryAfter;

    /**
     * @param detail     what the provider said or what was wrong, one line, free of secrets
     * @param retryAfter how long the provider asked us to wait before calling again, or null
     */
    public ProviderError(Kind kind, String provider, String symbol, String detail, Duration retryAfter, Throwable cause) {
        super(provider + " " + symbol + ": " + kind.phrase() + ": " + detail, cause, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.provider = provider;
        this.symbol = symbol;
        this.detail = detail;
        this.retryAfter = retryAfter;
    }

    public ProviderError(Kind kind, String provider, String symbol, String detail) {
        this(kind, provider, symbol, detail, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public String provider() {
        return provider;
    }

    public String symbol() {
        return symbol;
    }

    /** What happened, without the "provider symbol: kind: " prefix. */
    public String detail() {
        return detail;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The same error with a note appended to its detail ("gave up after 3 tries"). */
    public ProviderError withNote(String note) {
        return new ProviderError(kind, provider, symbol, detail + " (" + note + ")", retryAfter, getCause());
    }
}
