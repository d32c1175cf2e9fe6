package io.factline.market.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.market.feed.ProviderError.Kind;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tiingo end-of-day prices, {@code /tiingo/daily/{ticker}/prices?startDate&endDate}. Tiingo gives both
 * raw and adjusted (CRSP method: splits and dividends) values: {@link Bar#close()} is the raw
 * {@code close}, {@link Bar#adjClose()} the {@code adjClose}, volume the raw {@code volume} (not
 * {@code adjVolume}). The key goes in an {@code Authorization: Token …} header, never in the URL.
 *
 * <p>Errors come as {@code {"detail": "Error: …"}} with a status: 404 for an unknown ticker, 429 when
 * the hourly allocation is used up. Tiingo's monthly unique-symbol allocation cannot recover by waiting
 * minutes, so a "monthly" message is QUOTA whatever its status.
 */
public final class TiingoProvider implements PriceProvider {

    public static final String NAME = "tiingo";
    public static final URI DEFAULT_BASE_URL = URI.create("https://api.tiingo.com");

    private final URI baseUrl;
    private final String token;
    private final HttpGet http;
    private final Clock clock;
    private final ProviderErrors errors;
    private final WireJson json;

    public TiingoProvider(URI baseUrl, String token, HttpGet http, Clock clock) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.http = http;
        this.clock = clock;
        this.errors = new ProviderErrors(NAME, token, clock);
        this.json = new WireJson(errors);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fetch fetch(String symbol, LocalDate from, LocalDate to) {
        Bars.requireRange(from, to, errors, symbol);
        URI uri = URI.create(Urls.join(baseUrl, "/tiingo/daily/" + Urls.segment(symbol) + "/prices")
                + "?startDate=" + from + "&endDate=" + to + "&resampleFreq=daily&format=json");
        HttpGet.Response r = http.get(uri, Map.of("Authorization", "Token " + token, "Accept", "application/json"),
                errors, symbol);
        if (!r.ok()) {
            String detail = detail(json.tryParse(r.body()));
            if (detail != null && detail.toLowerCase(Locale.ROOT).contains("monthly")) {
                throw errors.of(Kind.QUOTA, symbol, "HTTP " + r.status() + ": " + detail);
            }
            throw errors.status(symbol, r, detail);
        }
        JsonNode root = json.parse(r.body(), symbol);
        if (!root.isArray()) {
            String detail = detail(root);
            throw errors.of(Kind.BAD_RESPONSE, symbol, detail != null ? detail : "expected a JSON array of prices: " + root);
        }
        List<Bar> bars = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            bars.add(bar(root.get(i), "price " + i, symbol));
        }
        return new Fetch(NAME, symbol, clock.instant(), Bars.checkedWithin(bars, from, to, errors, symbol));
    }

    private Bar bar(JsonNode row, String where, String symbol) {
        if (!row.isObject()) throw errors.of(Kind.BAD_RESPONSE, symbol, where + ": not an object");
        JsonNode date = row.get("date");
        if (date == null || !date.isTextual()) throw errors.of(Kind.BAD_RESPONSE, symbol, where + ": no 'date'");
        LocalDate day;
        try {
            // "2023-01-03T00:00:00.000Z": the session's date at midnight UTC
            day = OffsetDateTime.parse(date.asText()).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw errors.of(Kind.BAD_RESPONSE, symbol, where + ": 'date' is not a timestamp: " + date.asText());
        }
        String at = where + " (" + day + ")";
        return new Bar(day, json.number(row, "open", at, symbol), json.number(row, "high", at, symbol),
                json.number(row, "low", at, symbol), json.required(row, "close", at, symbol),
                json.number(row, "adjClose", at, symbol), json.number(row, "volume", at, symbol));
    }

    /** Tiingo's error text, {@code {"detail": "…"}}, or null when the body is not that. */
    private static String detail(JsonNode body) {
        return body != null && body.isObject() && body.hasNonNull("detail") ? body.get("detail").asText() : null;
    }
}
