package io.factline.market.feed;

import io.factline.time.Sleeper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the named provider from settings (environment variables), wrapped in its retry and spacing
 * policy. One instance per name, so everything fetching from a provider shares its spacing.
 *
 * <p>Settings: {@code ALPHAVANTAGE_API_KEY}, {@code TIINGO_API_KEY} (required for those providers);
 * {@code ALPHAVANTAGE_BASE_URL}, {@code TIINGO_BASE_URL}, {@code YAHOO_BASE_URL} (default: the real
 * hosts); {@code ALPHAVANTAGE_OUTPUTSIZE} ({@code compact}, the free tier's only choice, or
 * {@code full}); {@code ALPHAVANTAGE_CALLS_PER_MINUTE} (default 5, the free tier's documented rate).
 */
public final class Providers {

    public static final List<String> NAMES = List.of(AlphaVantageProvider.NAME, TiingoProvider.NAME, YahooProvider.NAME);

    /** Three tries, 2 s then 4 s apart; a provider asking for more than a minute is not waited for. */
    static final int MAX_TRIES = 3;
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(1));
    /** Alpha Vantage's free tier: 5 calls a minute (and 25 a day, which spacing cannot help). */
    static final int ALPHAVANTAGE_CALLS_PER_MINUTE = 5;
    /** Tiingo's free limits are per hour (50) and day, not per second: no spacing needed for a handful. */
    static final Duration TIINGO_SPACING = Duration.ZERO;
    /** Yahoo publishes no limit and answers bursts with 429; one call a second is polite. */
    static final Duration YAHOO_SPACING = Duration.ofSeconds(1);

    private final Map<String, String> env;
    private final HttpGet http;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, PriceProvider> opened = new HashMap<>();

    public Providers(Map<String, String> env, HttpGet http, Clock clock, Sleeper sleeper) {
        this.env = env;
        this.http = http;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** @throws SettingError for an unknown name or a missing or malformed setting */
    public synchronized PriceProvider open(String name) {
        PriceProvider p = opened.get(name);
        if (p == null) {
            p = build(name);
            opened.put(name, p);
        }
        return p;
    }

    private PriceProvider build(String name) {
        switch (name) {
            case AlphaVantageProvider.NAME: {
                int perMinute = positiveInt("ALPHAVANTAGE_CALLS_PER_MINUTE", ALPHAVANTAGE_CALLS_PER_MINUTE);
                PriceProvider p = new AlphaVantageProvider(url("ALPHAVANTAGE_BASE_URL", AlphaVantageProvider.DEFAULT_BASE_URL),
                        key("ALPHAVANTAGE_API_KEY", "your Alpha Vantage API key"), outputSize(), http, clock);
                return retrying(p, Duration.ofMinutes(1).dividedBy(perMinute));
            }
            case TiingoProvider.NAME:
                return retrying(new TiingoProvider(url("TIINGO_BASE_URL", TiingoProvider.DEFAULT_BASE_URL),
                        key("TIINGO_API_KEY", "your Tiingo API token"), http, clock), TIINGO_SPACING);
            case YahooProvider.NAME:
                return retrying(new YahooProvider(url("YAHOO_BASE_URL", YahooProvider.DEFAULT_BASE_URL), http, clock), YAHOO_SPACING);
            default:
                throw new SettingError("unknown provider '" + name + "'; providers: " + String.join(", ", NAMES));
        }
    }

    private PriceProvider retrying(PriceProvider p, Duration spacing) {
        return new RetryingProvider(p, MAX_TRIES, BACKOFF, new RateLimiter(spacing, clock, sleeper), sleeper);
    }

    private String key(String variable, String what) {
        String v = env.get(variable);
        if (v == null || v.isBlank()) throw new SettingError("set " + variable + " (" + what + ")");
        return v.trim();
    }

    private URI url(String variable, URI fallback) {
        String v = env.get(variable);
        if (v == null || v.isBlank()) return fallback;
        try {
            URI u = new URI(v.trim());
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) return u;
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new SettingError(variable + " '" + v + "' is not an http(s) URL");
    }

    private AlphaVantageProvider.OutputSize outputSize() {
        String v = env.getOrDefault("ALPHAVANTAGE_OUTPUTSIZE", "compact").trim().toLowerCase(Locale.ROOT);
        if (v.isEmpty() || v.equals("compact")) return AlphaVantageProvider.OutputSize.COMPACT;
        if (v.equals("full")) return AlphaVantageProvider.OutputSize.FULL;
        throw new SettingError("ALPHAVANTAGE_OUTPUTSIZE '" + v + "' is not compact or full");
    }

    private int positiveInt(String variable, int fallback) {
        String v = env.get(variable);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.trim());
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingError(variable + " '" + v + "' is not a positive whole number");
    }

    /** A provider cannot be used as configured; the message says which setting to fix. */
    public static final class SettingError extends RuntimeException {
        public SettingError(String message) {
            super(message, null, false, false);
        }
    }
}
