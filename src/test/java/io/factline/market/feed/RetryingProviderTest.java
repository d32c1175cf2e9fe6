package io.factline.market.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.factline.market.feed.Wire.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.factline.market.feed.AlphaVantageProvider.OutputSize;
import io.factline.market.feed.ProviderError.Kind;
import io.factline.testing.FakeTime;
import io.factline.testing.Recorded;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retry and spacing policy, through the real providers against WireMock; waits are recorded, never slept. */
class RetryingProviderTest {

    static final String TIINGO = "/tiingo/daily/AAPL/prices", AV = "/query";
    static final LocalDate FROM = LocalDate.parse("2023-01-01"), TO = LocalDate.parse("2023-06-06");
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    @RegisterExtension
    static WireMockExtension wm = Wire.server();

    private final FakeTime time = new FakeTime("2026-11-24T01:30:00Z");

    private PriceProvider tiingo(int maxTries) {
        return new RetryingProvider(new TiingoProvider(Wire.base(wm), "tiingo-test-token", Wire.HTTP, time.clock()), maxTries, BACKOFF,
                new RateLimiter(Duration.ZERO, time.clock(), time), time);
    }

    /** Alpha Vantage's free-tier spacing: 5 calls a minute. */
    private PriceProvider alphaVantage() {
        return new RetryingProvider(new AlphaVantageProvider(Wire.base(wm), "AVTESTKEY0001", OutputSize.COMPACT, Wire.HTTP, time.clock()), 3,
                BACKOFF, new RateLimiter(Duration.ofSeconds(12), time.clock(), time), time);
    }

    /** {@code first} answers, in order, then the recorded prices for every later call. */
    private void answers(String path, ResponseDefinitionBuilder... first) {
        String state = STARTED;
        for (int i = 0; i < first.length; i++) {
            wm.stubFor(get(urlPathEqualTo(path)).inScenario("retry").whenScenarioStateIs(state)
                    .willReturn(first[i]).willSetStateTo("after " + (i + 1)));
            state = "after " + (i + 1);
        }
        String prices = path.equals(AV) ? Recorded.body(Recorded.AV_SPY, "") : Recorded.body(Recorded.TIINGO_AAPL, "/response/body");
        wm.stubFor(get(urlPathEqualTo(path)).inScenario("retry").whenScenarioStateIs(state).willReturn(okJson(prices)));
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status).withBody("{\"detail\": \"Error: status " + status + "\"}");
    }

    private int calls(String path) {
        return wm.findAll(getRequestedFor(urlPathEqualTo(path))).size();
    }

    @Test
    void should_wait_what_retry_after_asks_then_succeed_when_rate_limited_once() {
        answers(TIINGO, aResponse().withStatus(429).withHeader("Retry-After", "7")
                .withBody(Recorded.body(Recorded.TIINGO_ERRORS, "/hourly_limit_429")));

        Fetch f = tiingo(3).fetch("AAPL", FROM, TO);

        assertThat(f.bars()).hasSize(3);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(7));
        assertThat(calls(TIINGO)).isEqualTo(2);
    }

    @Test
    void should_wait_a_minute_then_succeed_when_alpha_vantage_answers_its_per_minute_note() {
        answers(AV, okJson(Recorded.body(Recorded.AV_ERRORS, "/note_legacy_rate_limit")));

        Fetch f = alphaVantage().fetch("SPY", FROM, TO);

        assertThat(f.bars()).isEmpty(); // the recorded series is from 2020, outside this range: the call succeeded
        assertThat(time.waits()).containsExactly(Duration.ofMinutes(1));
    }

    @Test
    void should_still_keep_the_spacing_when_the_provider_asks_for_a_shorter_wait() {
        answers(AV, okJson(Recorded.body(Recorded.AV_ERRORS, "/information_burst_limit")));

        alphaVantage().fetch("SPY", FROM, TO);

        // 1 s as the burst message asks, then 11 s more to keep 12 s between the two calls' starts
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(11));
    }

    @Test
    void should_back_off_exponentially_when_rate_limited_without_retry_after() {
        answers(TIINGO, aResponse().withStatus(429).withBody("Edge: Too Many Requests"),
                aResponse().withStatus(429).withBody("Edge: Too Many Requests"));

        tiingo(3).fetch("AAPL", FROM, TO);

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void should_retry_a_server_error_then_succeed() {
        answers(TIINGO, status(500));

        assertThat(tiingo(3).fetch("AAPL", FROM, TO).bars()).hasSize(3);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void should_retry_a_network_failure_then_succeed() {
        answers(TIINGO, aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertThat(tiingo(3).fetch("AAPL", FROM, TO).bars()).hasSize(3);
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(calls(TIINGO)).isEqualTo(2);
    }

    @Test
    void should_give_up_as_network_error_when_every_connection_is_reset() {
        // the JDK client itself retries a GET whose connection closes before any answer, so the number
        // of requests is its business; ours is the number of tries and waits
        wm.stubFor(get(urlPathEqualTo(TIINGO)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ProviderError e = error(() -> tiingo(3).fetch("AAPL", FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).startsWith("tiingo AAPL: network error: ").endsWith("(gave up after 3 tries)");
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void should_give_up_with_the_last_error_after_max_tries() {
        answers(TIINGO, status(500), status(502), status(503));

        ProviderError e = error(() -> tiingo(3).fetch("AAPL", FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        assertThat(e.getMessage()).isEqualTo("tiingo AAPL: server error: HTTP 503: Error: status 503 (gave up after 3 tries)");
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(calls(TIINGO)).isEqualTo(3);
    }

    @Test
    void should_not_retry_when_the_provider_asks_for_a_longer_wait_than_the_cap() {
        answers(TIINGO, aResponse().withStatus(429).withHeader("Retry-After", "3600"));

        ProviderError e = error(() -> tiingo(3).fetch("AAPL", FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).endsWith("(asked to wait 3600 s, longer than the 60 s we wait)");
        assertThat(time.waits()).isEmpty();
        assertThat(calls(TIINGO)).isEqualTo(1);
    }

    @Test
    void should_not_retry_auth_not_found_or_bad_request() {
        for (int s : new int[] {401, 403, 404, 400}) {
            wm.resetAll();
            answers(TIINGO, status(s));

            ProviderError e = error(() -> tiingo(3).fetch("AAPL", FROM, TO));

            assertThat(e.kind()).isIn(Kind.AUTH, Kind.NOT_FOUND, Kind.BAD_REQUEST);
            assertThat(calls(TIINGO)).as("calls after HTTP %d", s).isEqualTo(1);
        }
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void should_not_retry_when_the_daily_quota_is_used_up() {
        answers(AV, okJson(Recorded.body(Recorded.AV_ERRORS, "/information_daily_limit")));

        assertThat(error(() -> alphaVantage().fetch("SPY", FROM, TO)).kind()).isEqualTo(Kind.QUOTA);
        assertThat(calls(AV)).isEqualTo(1);
        assertThat(time.waits()).isEmpty();
    }

    @Test
    void should_not_retry_a_bad_response() {
        answers(TIINGO, aResponse().withStatus(200).withBody("[{\"date\": \"2023-01-03T00:00:00.000Z\""));

        assertThat(error(() -> tiingo(3).fetch("AAPL", FROM, TO)).kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(calls(TIINGO)).isEqualTo(1);
    }

    @Test
    void should_space_consecutive_calls_by_the_providers_minimum_interval() {
        wm.stubFor(get(urlPathEqualTo(AV)).willReturn(okJson(Recorded.body(Recorded.AV_SPY, ""))));
        PriceProvider av = alphaVantage();

        av.fetch("SPY", FROM, TO);
        av.fetch("SPY", FROM, TO);
        av.fetch("SPY", FROM, TO);

        assertThat(time.waits()).containsExactly(Duration.ofSeconds(12), Duration.ofSeconds(12));
    }

    @Test
    void should_grow_the_backoff_delay_exponentially_up_to_the_cap() {
        assertThat(BACKOFF.delay(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(BACKOFF.delay(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(BACKOFF.delay(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(BACKOFF.delay(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(BACKOFF.delay(40)).isEqualTo(Duration.ofSeconds(60));
    }
}
