package io.factline.web;

/**
 * Not now, but later: answered with {@code status} (429 for a client over its rate limit, 503 when the
 * server is too busy), a {@code Retry-After} header in whole seconds and a JSON body with
 * {@code retryAfterSeconds}.
 */
public final class RetryLater extends RuntimeException {

    private final int status;
    private final String error;
    private final long seconds;

    public RetryLater(int status, String error, long seconds, String message) {
        super(message, null, false, false);
        if (seconds < 1) throw new IllegalArgumentException("Retry-After must be at least 1 second");
        this.status = status;
        this.error = error;
        this.seconds = seconds;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public long seconds() {
        return seconds;
    }
}
