package io.factline.market.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.factline.market.feed.Wire.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.factline.market.feed.AlphaVantageProvider.OutputSize;
import io.factline.market.feed.ProviderError.Kind;
import io.factline.testing.FakeTime;
import io.factline.testing.Recorded;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlphaVantageProviderTest {

    static final String KEY = "AV7KEYSECRET0042";
    static final Instant NOW = Instant.parse("2026-11-24T01:30:00Z");
    static final LocalDate FROM = LocalDate.parse("2020-03-01"), TO = LocalDate.parse("2020-03-31");

    @RegisterExtension
    static WireMockExtension wm = Wire.server();

    private final FakeTime time = new FakeTime(NOW);
    private final AlphaVantageProvider provider =
            new AlphaVantageProvider(Wire.base(wm), KEY, OutputSize.COMPACT, Wire.HTTP, time.clock());

    private void answer(String body) {
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(okJson(body)));
    }

    private ProviderError failure() {
        ProviderError e = error(() -> provider.fetch("SPY", FROM, TO));
        assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("\n");
        assertThat(e.provider()).isEqualTo("alphavantage");
        assertThat(e.symbol()).isEqualTo("SPY");
        return e;
    }

    @Test
    void should_map_every_daily_entry_to_a_raw_bar_oldest_first_when_the_answer_has_a_time_series() {
        answer(Recorded.body(Recorded.AV_SPY, ""));

        Fetch f = provider.fetch("SPY", FROM, TO);

        assertThat(f.provider()).isEqualTo("alphavantage");
        assertThat(f.symbol()).isEqualTo("SPY");
        assertThat(f.retrievedAt()).isEqualTo(NOW);
        assertThat(f.bars()).containsExactly(
                new Bar(LocalDate.parse("2020-03-24"), 234.42, 244.10, 233.80, 243.15, null, 233038623.0),
                new Bar(LocalDate.parse("2020-03-25"), 244.87, 256.35, 239.75, 246.79, null, 297989659.0),
                new Bar(LocalDate.parse("2020-03-26"), 249.52, 262.80, 249.05, 261.20, null, 245530812.0));
    }

    @Test
    void should_keep_only_the_bars_inside_the_range_when_the_answer_holds_more() {
        answer(Recorded.body(Recorded.AV_SPY, ""));

        Fetch f = provider.fetch("SPY", LocalDate.parse("2020-03-25"), LocalDate.parse("2020-03-25"));

        assertThat(f.bars()).extracting(Bar::date).containsExactly(LocalDate.parse("2020-03-25"));
    }

    @Test
    void should_ask_for_the_daily_series_with_the_key_as_query_parameter() {
        answer(Recorded.body(Recorded.AV_SPY, ""));

        provider.fetch("SPY", FROM, TO);

        wm.verify(getRequestedFor(urlPathEqualTo("/query"))
                .withQueryParam("function", equalTo("TIME_SERIES_DAILY"))
                .withQueryParam("symbol", equalTo("SPY"))
                .withQueryParam("outputsize", equalTo("compact"))
                .withQueryParam("datatype", equalTo("json"))
                .withQueryParam("apikey", equalTo(KEY)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/note_legacy_rate_limit, RATE_LIMITED, 60",
            "/information_burst_limit, RATE_LIMITED, 1",
            "/information_daily_limit, QUOTA, ",
            "/information_premium_outputsize_full, BAD_REQUEST, ",
            "/error_message_invalid_call, NOT_FOUND, "})
    void should_classify_each_recorded_http_200_notice_by_its_text(String at, Kind kind, Long retryAfterSeconds) {
        String body = Recorded.body(Recorded.AV_ERRORS, at);
        String text = Recorded.json(Recorded.AV_ERRORS).at(at).elements().next().asText();
        answer(body);

        ProviderError e = failure();

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.retryAfter()).isEqualTo(java.util.Optional.ofNullable(retryAfterSeconds).map(Duration::ofSeconds));
        assertThat(e.getMessage()).isEqualTo("alphavantage SPY: " + kind.phrase() + ": " + text);
    }

    @Test
    void should_report_a_refused_key_as_auth_when_alpha_vantage_says_the_apikey_is_invalid() {
        answer(Recorded.body(Recorded.AV_BAD_KEY, "/error_message_invalid_apikey"));

        ProviderError e = failure();

        assertThat(e.kind()).isEqualTo(Kind.AUTH);
        assertThat(e.getMessage()).startsWith("alphavantage SPY: not authorised: the parameter apikey is invalid or missing.");
    }

    @Test
    void should_mask_the_key_when_alpha_vantage_echoes_it_in_the_daily_limit_message() {
        answer(Recorded.body(Recorded.AV_ERRORS, "/information_daily_limit").replace("XXXXXXXXXXXXXXXX", KEY));

        ProviderError e = failure();

        assertThat(e.kind()).isEqualTo(Kind.QUOTA);
        assertThat(e.getMessage()).contains("We have detected your API key as *** and our standard API rate limit is 25 requests per day.");
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"401, AUTH", "403, AUTH", "404, NOT_FOUND", "400, BAD_REQUEST", "500, SERVER", "503, SERVER"})
    void should_map_an_error_status_to_its_kind(int status, Kind kind) {
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(aResponse().withStatus(status).withBody("nope")));

        ProviderError e = failure();

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).isEqualTo("alphavantage SPY: " + kind.phrase() + ": HTTP " + status + ": nope");
    }

    @Test
    void should_report_rate_limited_with_the_wait_asked_for_when_the_status_is_429_with_retry_after() {
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

        ProviderError e = failure();

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void should_report_a_bad_response_when_the_body_is_not_json() {
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(aResponse().withStatus(200).withBody("<html><body>Service Unavailable</body></html>")));

        ProviderError e = failure();

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).startsWith("alphavantage SPY: unusable response: not valid JSON");
    }

    @Test
    void should_report_a_bad_response_and_no_bars_when_the_json_is_cut_short() {
        String body = Recorded.body(Recorded.AV_SPY, "");
        answer(body.substring(0, body.length() * 2 / 3));

        assertThat(failure().kind()).isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void should_reject_the_whole_answer_when_one_entry_lacks_a_field() {
        ObjectNode body = Recorded.tree(Recorded.AV_SPY, "");
        ((ObjectNode) body.path("Time Series (Daily)").path("2020-03-25")).remove("5. volume");
        answer(body.toString());

        ProviderError e = failure();

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).isEqualTo("alphavantage SPY: unusable response: Time Series (Daily) 2020-03-25: no '5. volume'");
    }

    @Test
    void should_report_a_bad_response_when_the_answer_is_for_another_symbol() {
        answer(Recorded.body(Recorded.AV_SPY, ""));

        ProviderError e = error(() -> provider.fetch("IWM", FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).isEqualTo("alphavantage IWM: unusable response: the answer is for symbol SPY");
    }

    @Test
    void should_report_a_network_error_when_the_connection_is_reset() {
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failure().kind()).isEqualTo(Kind.NETWORK);
    }

    @Test
    void should_report_a_network_error_when_the_answer_takes_longer_than_the_timeout() {
        AlphaVantageProvider impatient = new AlphaVantageProvider(Wire.base(wm), KEY, OutputSize.COMPACT,
                new HttpGet(Duration.ofSeconds(2), Duration.ofMillis(100)), time.clock());
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(okJson(Recorded.body(Recorded.AV_SPY, "")).withFixedDelay(1_000)));

        ProviderError e = error(() -> impatient.fetch("SPY", FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).startsWith("alphavantage SPY: network error: timed out waiting for localhost:" + wm.getPort());
    }

    @Test
    void should_refuse_a_compact_answer_that_starts_after_the_range_when_it_is_full_to_the_brim() {
        answer(compactBody(LocalDate.parse("2026-06-01"), 100));

        ProviderError e = error(() -> provider.fetch("SPY", LocalDate.parse("2026-01-02"), LocalDate.parse("2026-11-20")));

        assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(e.getMessage()).isEqualTo("alphavantage SPY: bad request: the range starts 2026-01-02 but outputsize=compact "
                + "gives only the latest 100 sessions, from 2026-06-01; earlier bars need outputsize=full (a premium feature)");
    }

    @Test
    void should_return_a_compact_answer_when_it_covers_the_start_of_the_range() {
        answer(compactBody(LocalDate.parse("2026-06-01"), 100));

        Fetch f = provider.fetch("SPY", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-11-20"));

        assertThat(f.bars()).hasSize(100);
    }

    @Test
    void should_refuse_a_backwards_range_without_calling() {
        ProviderError e = error(() -> provider.fetch("SPY", TO, FROM));

        assertThat(e.kind()).isEqualTo(Kind.BAD_REQUEST);
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    /** {@code sessions} daily entries from {@code first} on, weekdays only, in the recorded body's shape. */
    private static String compactBody(LocalDate first, int sessions) {
        ObjectNode body = Recorded.tree(Recorded.AV_SPY, "");
        ObjectNode series = body.putObject("Time Series (Daily)");
        LocalDate d = first;
        for (int i = 0; i < sessions; d = d.plusDays(1)) {
            if (List.of(6, 7).contains(d.getDayOfWeek().getValue())) continue;
            series.putObject(d.toString()).put("1. open", "100.0").put("2. high", "101.0").put("3. low", "99.0")
                    .put("4. close", "100.5").put("5. volume", "1000");
            i++;
        }
        return body.toString();
    }
}
