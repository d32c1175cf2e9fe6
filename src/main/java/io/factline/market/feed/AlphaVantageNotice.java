package io.factline.market.feed;

import io.factline.market.feed.ProviderError.Kind;
import java.time.Duration;
import java.util.Locale;

/**
 * What an Alpha Vantage answer without data means. Alpha Vantage says everything with HTTP 200 and a
 * JSON object whose only key is {@code Note}, {@code Information} or {@code Error Message}; the key
 * alone does not tell a rate limit from a used-up quota or a premium-only parameter (all three come as
 * {@code Information}), so the text decides, in this order:
 *
 * <ol>
 *   <li>"apikey is invalid or missing" — AUTH (seen under both Error Message and Information)</li>
 *   <li>"premium feature" (e.g. {@code outputsize=full} on a free key) — BAD_REQUEST</li>
 *   <li>"per second" (the burst message, "1 request per second") — RATE_LIMITED, retry after 1 s</li>
 *   <li>"per minute" (the pre-2024 {@code Note}, "5 calls per minute and 500 calls per day") —
 *       RATE_LIMITED, retry after 60 s</li>
 *   <li>"per day" (the daily message, "25 requests per day") — QUOTA; checked after the burst
 *       message, which also mentions the daily limit in passing</li>
 *   <li>"Invalid API call" — NOT_FOUND: our request is always well formed, so Alpha Vantage's answer
 *       for an unknown symbol is this generic text</li>
 *   <li>otherwise by key: {@code Note} RATE_LIMITED (it was only ever used for limits),
 *       {@code Error Message} BAD_REQUEST, {@code Information} BAD_RESPONSE (we cannot tell what it means)</li>
 * </ol>
 */
record AlphaVantageNotice(Kind kind, Duration retryAfter) {

    static final String NOTE = "Note";
    static final String INFORMATION = "Information";
    static final String ERROR_MESSAGE = "Error Message";

    static AlphaVantageNotice classify(String key, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("apikey is invalid or missing")) return new AlphaVantageNotice(Kind.AUTH, null);
        if (t.contains("premium feature")) return new AlphaVantageNotice(Kind.BAD_REQUEST, null);
        if (t.contains("per second")) return new AlphaVantageNotice(Kind.RATE_LIMITED, Duration.ofSeconds(1));
        if (t.contains("per minute")) return new AlphaVantageNotice(Kind.RATE_LIMITED, Duration.ofMinutes(1));
        if (t.contains("per day")) return new AlphaVantageNotice(Kind.QUOTA, null);
        if (t.contains("invalid api call")) return new AlphaVantageNotice(Kind.NOT_FOUND, null);
        return switch (key) {
            case NOTE -> new AlphaVantageNotice(Kind.RATE_LIMITED, null);
            case ERROR_MESSAGE -> new AlphaVantageNotice(Kind.BAD_REQUEST, null);
            default -> new AlphaVantageNotice(Kind.BAD_RESPONSE, null);
        };
    }
}
