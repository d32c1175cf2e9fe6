package io.factline.market.feed;

import io.factline.market.feed.ProviderError.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Builds one provider's errors so that every message is one line, of bounded length, and never shows
 * the provider's key — Alpha Vantage echoes the key in its daily-limit message, and transport errors may
 * quote the URL that carries it.
 */
final class ProviderErrors {

    /**
     * Enough for any provider message seen (Alpha Vantage's longest is ~340 characters) and to recognise
     * an unexpected body; an HTML error page can be tens of kilobytes.
     */
    private static final int MAX_DETAIL = 500;

    private final String provider;
    private final String secret;
    private final Clock clock;

    /** @param secret the key to keep out of messages, or null when the provider has none */
    ProviderErrors(String provider, String secret, Clock clock) {
        this.provider = provider;
        this.secret = secret == null || secret.isEmpty() ? null : secret;
        this.clock = clock;
    }

    ProviderError of(Kind kind, String symbol, String detail) {
        return of(kind, symbol, detail, null);
    }

    ProviderError of(Kind kind, String symbol, String detail, Duration retryAfter) {
        return new ProviderError(kind, provider, symbol, clean(detail), retryAfter, null);
    }

    /** @param uri what was called; only its host and port are named (the query may hold the key) */
    ProviderError network(String symbol, IOException e, URI uri) {
        String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        String what = e instanceof HttpTimeoutException ? "timed out waiting for " + host
                : e instanceof ConnectException ? "cannot connect to " + host
                : "connection to " + host + " failed";
        String why = null;
        for (Throwable t = e; t != null && why == null; t = t.getCause()) why = t.getMessage();
        // the cause is not attached: a logged stack trace would print its message unmasked
        return new ProviderError(Kind.NETWORK, provider, symbol, clean(why == null ? what : what + ": " + why), null, null);
    }

    /**
     * The error for a non-2xx answer, by status: 401/403 AUTH, 404 NOT_FOUND, 429 RATE_LIMITED, other
     * 4xx BAD_REQUEST, 5xx SERVER, anything else (a redirect) BAD_RESPONSE. A {@code Retry-After} header
     * is kept on any of them.
     *
     * @param said what the provider's body says, already extracted, or null to quote the body itself
     */
    ProviderError status(String symbol, HttpGet.Response r, String said) {
        int s = r.status();
        Kind kind = s == 401 || s == 403 ? Kind.AUTH
                : s == 404 ? Kind.NOT_FOUND
                : s == 429 ? Kind.RATE_LIMITED
                : s >= 400 && s < 500 ? Kind.BAD_REQUEST
                : s >= 500 && s < 600 ? Kind.SERVER
                : Kind.BAD_RESPONSE;
        String text = said != null ? said : r.body() == null || r.body().isBlank() ? "(empty body)" : r.body();
        return of(kind, symbol, "HTTP " + s + ": " + text, retryAfter(r.retryAfter()));
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
    Duration retryAfter(String header) {
        if (header == null || header.isBlank()) return null;
        String h = header.trim();
        if (h.matches("\\d{1,9}")) return Duration.ofSeconds(Long.parseLong(h));
        try {
            Duration d = Duration.between(clock.instant(), ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME));
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One line, secrets masked, cut to a readable length. */
    String clean(String text) {
        String t = text == null ? "" : text;
        if (secret != null) {
            t = t.replace(secret, "***").replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), "***");
        }
        t = t.replaceAll("\\s+", " ").trim();
        return t.length() <= MAX_DETAIL ? t : t.substring(0, MAX_DETAIL) + "…";
    }
}
