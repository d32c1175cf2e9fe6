package io.factline.market.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.market.feed.ProviderError.Kind;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Alpha Vantage {@code TIME_SERIES_DAILY}: raw (as-traded) daily open, high, low, close and volume. The
 * free endpoint has no adjusted close, so {@link Bar#adjClose()} is always null and facts use the raw
 * close. The key goes in the {@code apikey} query parameter (Alpha Vantage has no header for it).
 *
 * <p>Free keys get only {@code outputsize=compact}, the latest 100 sessions; asking a free key for
 * {@code full} answers "premium feature". A compact answer that is full (100 sessions) and starts after
 * the requested range does would silently lack the range's beginning, so it is refused as
 * BAD_REQUEST instead.
 */
public final class AlphaVantageProvider implements PriceProvider {

    public static final String NAME = "alphavantage";
    public static final URI DEFAULT_BASE_URL = URI.create("https://www.alphavantage.co");
    /** Sessions in a compact answer (Alpha Vantage documentation: "the latest 100 data points"). */
    static final int COMPACT_SESSIONS = 100;

    public enum OutputSize {
        COMPACT, FULL;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String SERIES = "Time Series (Daily)";

    private final URI baseUrl;
    private final String apiKey;
    private final OutputSize outputSize;
    private final HttpGet http;
    private final Clock clock;
    private final ProviderErrors errors;
    private final WireJson json;

    public AlphaVantageProvider(URI baseUrl, String apiKey, OutputSize outputSize, HttpGet http, Clock clock) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.outputSize = outputSize;
        this.http = http;
        this.clock = clock;
        this.errors = new ProviderErrors(NAME, apiKey, clock);
        this.json = new WireJson(errors);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fetch fetch(String symbol, LocalDate from, LocalDate to) {
        Bars.requireRange(from, to, errors, symbol);
        URI uri = URI.create(Urls.join(baseUrl, "/query") + "?function=TIME_SERIES_DAILY"
                + "&symbol=" + enc(symbol) + "&outputsize=" + outputSize.wire() + "&datatype=json&apikey=" + enc(apiKey));
        HttpGet.Response r = http.get(uri, Map.of("Accept", "application/json"), errors, symbol);
        if (!r.ok()) throw errors.status(symbol, r, said(json.tryParse(r.body())));
        List<Bar> all = bars(json.parse(r.body(), symbol), symbol);
        List<Bar> kept = Bars.checkedWithin(all, from, to, errors, symbol);
        requireCovered(all, from, symbol);
        return new Fetch(NAME, symbol, clock.instant(), kept);
    }

    private List<Bar> bars(JsonNode root, String symbol) {
        if (!root.isObject()) throw errors.of(Kind.BAD_RESPONSE, symbol, "expected a JSON object: " + root);
        JsonNode series = root.get(SERIES);
        if (series == null) {
            for (String key : List.of(AlphaVantageNotice.ERROR_MESSAGE, AlphaVantageNotice.NOTE, AlphaVantageNotice.INFORMATION)) {
                if (root.hasNonNull(key)) {
                    String text = root.get(key).asText();
                    AlphaVantageNotice n = AlphaVantageNotice.classify(key, text);
                    throw errors.of(n.kind(), symbol, text, n.retryAfter());
                }
            }
            throw errors.of(Kind.BAD_RESPONSE, symbol, "no '" + SERIES + "' in the answer: " + root);
        }
        if (!series.isObject()) throw errors.of(Kind.BAD_RESPONSE, symbol, "'" + SERIES + "' is not an object");
        JsonNode answered = root.path("Meta Data").get("2. Symbol");
        if (answered != null && !answered.asText().equalsIgnoreCase(symbol)) {
            throw errors.of(Kind.BAD_RESPONSE, symbol, "the answer is for symbol " + answered.asText());
        }
        List<Bar> out = new ArrayList<>(series.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = series.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = SERIES + " " + e.getKey();
            LocalDate date;
            try {
                date = LocalDate.parse(e.getKey());
            } catch (DateTimeParseException ex) {
                throw errors.of(Kind.BAD_RESPONSE, symbol, where + ": not a date");
            }
            JsonNode d = e.getValue();
            out.add(new Bar(date, json.required(d, "1. open", where, symbol), json.required(d, "2. high", where, symbol),
                    json.required(d, "3. low", where, symbol), json.required(d, "4. close", where, symbol), null,
                    json.required(d, "5. volume", where, symbol)));
        }
        return out;
    }

    private void requireCovered(List<Bar> all, LocalDate from, String symbol) {
        if (outputSize != OutputSize.COMPACT || all.size() < COMPACT_SESSIONS) return;
        LocalDate first = all.stream().map(Bar::date).min(LocalDate::compareTo).orElseThrow();
        if (first.isAfter(from)) {
            throw errors.of(Kind.BAD_REQUEST, symbol, "the range starts " + from + " but outputsize=compact gives only the latest "
                    + COMPACT_SESSIONS + " sessions, from " + first + "; earlier bars need outputsize=full (a premium feature)");
        }
    }

    /** The text of an Alpha Vantage JSON error body, if that is what a non-2xx body is. */
    private static String said(JsonNode body) {
        if (body == null || !body.isObject()) return null;
        for (String key : List.of(AlphaVantageNotice.ERROR_MESSAGE, AlphaVantageNotice.INFORMATION, AlphaVantageNotice.NOTE)) {
            if (body.hasNonNull(key)) return body.get(key).asText();
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
