package io.factline.market.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.market.feed.ProviderError.Kind;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Yahoo Finance's chart API, {@code /v8/finance/chart/{symbol}?period1&period2&interval=1d}: no key,
 * unofficial and undocumented, so it may change or refuse without notice. It answers 429 "Too Many
 * Requests" to clients without a browser-like User-Agent, so one is sent.
 *
 * <p>Each bar is stamped with the session's opening time in epoch seconds; its date is that instant's
 * date in the exchange's time zone ({@code meta.exchangeTimezoneName}). Yahoo's {@code close} is
 * adjusted for splits (not dividends); {@code indicators.adjclose}, when present, for both. A null close
 * is a session Yahoo has no bar for and is skipped; other nulls are fields it did not give.
 *
 * <p>The request asks for a day more on each side of the range (exchanges east of UTC open before
 * midnight UTC) and keeps the bars whose exchange date is in the range.
 */
public final class YahooProvider implements PriceProvider {

    public static final String NAME = "yahoo";
    public static final URI DEFAULT_BASE_URL = URI.create("https://query2.finance.yahoo.com");
    static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) factline/0.1";

    private final URI baseUrl;
    private final HttpGet http;
    private final Clock clock;
    private final ProviderErrors errors;
    private final WireJson json;

    public YahooProvider(URI baseUrl, HttpGet http, Clock clock) {
        this.baseUrl = baseUrl;
        this.http = http;
        this.clock = clock;
        this.errors = new ProviderErrors(NAME, null, clock);
        this.json = new WireJson(errors);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Fetch fetch(String symbol, LocalDate from, LocalDate to) {
        Bars.requireRange(from, to, errors, symbol);
        long period1 = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long period2 = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        URI uri = URI.create(Urls.join(baseUrl, "/v8/finance/chart/" + Urls.segment(symbol))
                + "?period1=" + period1 + "&period2=" + period2 + "&interval=1d");
        HttpGet.Response r = http.get(uri, Map.of("User-Agent", USER_AGENT, "Accept", "application/json"), errors, symbol);
        if (!r.ok()) throw errors.status(symbol, r, said(json.tryParse(r.body())));
        JsonNode chart = json.parse(r.body(), symbol).path("chart");
        JsonNode error = chart.get("error");
        if (error != null && !error.isNull()) {
            String code = error.path("code").asText("");
            Kind kind = code.equals("Not Found") ? Kind.NOT_FOUND : code.equals("Bad Request") ? Kind.BAD_REQUEST : Kind.BAD_RESPONSE;
            String text = said(error);
            throw errors.of(kind, symbol, text != null ? text : error.toString());
        }
        JsonNode result = chart.path("result");
        if (!result.isArray() || result.isEmpty()) throw errors.of(Kind.BAD_RESPONSE, symbol, "no chart.result in the answer");
        List<Bar> bars = bars(result.get(0), symbol);
        return new Fetch(NAME, symbol, clock.instant(), Bars.checkedWithin(bars, from, to, errors, symbol));
    }

    private List<Bar> bars(JsonNode result, String symbol) {
        JsonNode meta = result.path("meta");
        String answered = meta.path("symbol").asText(null);
        if (answered != null && !answered.equalsIgnoreCase(symbol)) {
            throw errors.of(Kind.BAD_RESPONSE, symbol, "the answer is for symbol " + answered);
        }
        JsonNode timestamps = result.get("timestamp");
        JsonNode quote = result.path("indicators").path("quote").path(0);
        if (timestamps == null && !quote.has("close")) return List.of(); // Yahoo's answer for a range without sessions
        if (timestamps == null || !timestamps.isArray()) throw errors.of(Kind.BAD_RESPONSE, symbol, "no 'timestamp' array");
        ZoneId zone = zone(meta, symbol);
        int n = timestamps.size();
        JsonNode close = column(quote, "close", n, symbol, true);
        JsonNode open = column(quote, "open", n, symbol, true);
        JsonNode high = column(quote, "high", n, symbol, true);
        JsonNode low = column(quote, "low", n, symbol, true);
        JsonNode volume = column(quote, "volume", n, symbol, true);
        JsonNode adj = column(result.path("indicators").path("adjclose").path(0), "adjclose", n, symbol, false);
        List<Bar> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            JsonNode t = timestamps.get(i);
            if (!t.canConvertToLong()) throw errors.of(Kind.BAD_RESPONSE, symbol, "timestamp[" + i + "] is not epoch seconds: " + t);
            LocalDate date = Instant.ofEpochSecond(t.asLong()).atZone(zone).toLocalDate();
            Double c = value(close, i, "close", date, symbol);
            if (c == null) continue;
            out.add(new Bar(date, value(open, i, "open", date, symbol), value(high, i, "high", date, symbol),
                    value(low, i, "low", date, symbol), c, value(adj, i, "adjclose", date, symbol),
                    value(volume, i, "volume", date, symbol)));
        }
        return out;
    }

    /** An indicator array as long as the timestamps; null for an optional one that is absent. */
    private JsonNode column(JsonNode parent, String name, int n, String symbol, boolean required) {
        JsonNode a = parent.get(name);
        if (a == null || a.isNull()) {
            if (required) throw errors.of(Kind.BAD_RESPONSE, symbol, "no '" + name + "' array");
            return null;
        }
        if (!a.isArray() || a.size() != n) {
            throw errors.of(Kind.BAD_RESPONSE, symbol, "'" + name + "' has " + a.size() + " values for " + n + " timestamps");
        }
        return a;
    }

    private Double value(JsonNode column, int i, String name, LocalDate date, String symbol) {
        if (column == null) return null;
        JsonNode v = column.get(i);
        if (v.isNull()) return null;
        if (!v.isNumber()) throw errors.of(Kind.BAD_RESPONSE, symbol, name + " on " + date + " is not a number: " + v);
        return v.doubleValue();
    }

    private ZoneId zone(JsonNode meta, String symbol) {
        String name = meta.path("exchangeTimezoneName").asText(null);
        if (name == null) throw errors.of(Kind.BAD_RESPONSE, symbol, "no meta.exchangeTimezoneName to date the bars by");
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw errors.of(Kind.BAD_RESPONSE, symbol, "unknown time zone " + name);
        }
    }

    /** "Not Found: No data found, symbol may be delisted" from a chart error, or null. */
    private static String said(JsonNode body) {
        if (body == null) return null;
        JsonNode e = body.has("chart") ? body.path("chart").path("error") : body;
        if (!e.isObject()) return null;
        String code = e.path("code").asText(""), description = e.path("description").asText("");
        return code.isEmpty() ? (description.isEmpty() ? null : description) : code + ": " + description;
    }
}
