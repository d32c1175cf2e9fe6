package io.factline.market.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.factline.market.feed.Wire.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.factline.market.feed.ProviderError.Kind;
import io.factline.testing.FakeTime;
import io.factline.testing.Recorded;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TiingoProviderTest {

    static final String TOKEN = "tiingo-token-5f3a9c";
    static final String PATH = "/tiingo/daily/AAPL/prices";
    static final LocalDate FROM = LocalDate.parse("2023-01-01"), TO = LocalDate.parse("2023-06-06");

    @RegisterExtension
    static WireMockExtension wm = Wire.server();

    private final FakeTime time = new FakeTime("2026-11-24T01:30:00Z");
    private final TiingoProvider provider = new TiingoProvider(Wire.base(wm), TOKEN, Wire.HTTP, time.clock());

    private void answer(String path, int status, String body) {
        wm.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private ProviderError failure(String symbol) {
        ProviderError e = error(() -> provider.fetch(symbol, FROM, TO));
        assertThat(e.getMessage()).doesNotContain(TOKEN).doesNotContain("\n");
        return e;
    }

    @Test
    void should_keep_the_raw_close_and_the_adjusted_close_apart_when_mapping_the_recorded_prices() {
        answer(PATH, 200, Recorded.body(Recorded.TIINGO_AAPL, "/response/body"));

        Fetch f = provider.fetch("AAPL", FROM, TO);

        assertThat(f.provider()).isEqualTo("tiingo");
        assertThat(f.retrievedAt()).isEqualTo(Instant.parse("2026-11-24T01:30:00Z"));
        assertThat(f.bars()).containsExactly(
                new Bar(LocalDate.parse("2023-01-03"), 130.28, 130.9, 124.17, 125.07, 124.0508183255, 112117471.0),
                new Bar(LocalDate.parse("2023-01-04"), 126.89, 128.6557, 125.08, 126.36, 125.3303062574, 89113633.0),
                new Bar(LocalDate.parse("2023-02-10"), 149.46, 151.3401, 149.22, 151.01, 150.0075618737, 57450708.0));
    }

    @Test
    void should_keep_only_the_bars_inside_the_range_even_when_the_answer_holds_more() {
        answer(PATH, 200, Recorded.body(Recorded.TIINGO_AAPL, "/response/body"));

        Fetch f = provider.fetch("AAPL", LocalDate.parse("2023-01-04"), LocalDate.parse("2023-01-31"));

        assertThat(f.bars()).extracting(Bar::date).containsExactly(LocalDate.parse("2023-01-04"));
    }

    @Test
    void should_send_the_range_as_query_parameters_and_the_token_only_in_the_authorization_header() {
        answer(PATH, 200, Recorded.body(Recorded.TIINGO_AAPL, "/response/body"));

        provider.fetch("AAPL", FROM, TO);

        wm.verify(getRequestedFor(urlPathEqualTo(PATH))
                .withQueryParam("startDate", equalTo("2023-01-01"))
                .withQueryParam("endDate", equalTo("2023-06-06"))
                .withQueryParam("token", absent())
                .withHeader("Authorization", equalTo("Token " + TOKEN)));
    }

    @Test
    void should_return_no_bars_when_tiingo_has_none_in_the_range() {
        answer(PATH, 200, "[]");

        assertThat(provider.fetch("AAPL", LocalDate.parse("2023-01-07"), LocalDate.parse("2023-01-08")).bars()).isEmpty();
    }

    @Test
    void should_report_not_found_with_tiingos_words_when_the_ticker_is_unknown() {
        answer("/tiingo/daily/ZZZZ/prices", 404, Recorded.body(Recorded.TIINGO_ERRORS, "/ticker_not_found_404"));

        ProviderError e = failure("ZZZZ");

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("tiingo ZZZZ: not found: HTTP 404: Error: Ticker 'ZZZZ' not found");
    }

    @Test
    void should_report_rate_limited_when_the_hourly_allocation_is_used_up() {
        answer(PATH, 429, Recorded.body(Recorded.TIINGO_ERRORS, "/hourly_limit_429"));

        ProviderError e = failure("AAPL");

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.retryAfter()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("tiingo AAPL: rate limited: HTTP 429: Error: You have run over your hourly request "
                + "allocation. Please upgrade at https://api.tiingo.com/pricing to have your limits increased.");
    }

    @Test
    void should_report_quota_when_the_monthly_symbol_allocation_is_used_up() {
        // the text is from the provenance of tiingo_error_bodies.json ("monthly_symbols"), in Tiingo's error shape
        answer(PATH, 429, "{\"detail\": \"Error: You have exceeded your monthly unique symbol request allocation\"}");

        assertThat(failure("AAPL").kind()).isEqualTo(Kind.QUOTA);
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"401, AUTH", "403, AUTH", "400, BAD_REQUEST", "500, SERVER", "502, SERVER"})
    void should_map_an_error_status_to_its_kind(int status, Kind kind) {
        answer(PATH, status, "{\"detail\": \"something went wrong\"}");

        ProviderError e = failure("AAPL");

        assertThat(e.kind()).isEqualTo(kind);
        assertThat(e.getMessage()).isEqualTo("tiingo AAPL: " + kind.phrase() + ": HTTP " + status + ": something went wrong");
    }

    @Test
    void should_report_a_bad_response_when_the_body_is_garbage() {
        answer(PATH, 200, "\u0000\u0017garbage");

        assertThat(failure("AAPL").kind()).isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void should_report_a_bad_response_when_the_json_is_cut_short() {
        String body = Recorded.body(Recorded.TIINGO_AAPL, "/response/body");
        answer(PATH, 200, body.substring(0, body.length() - 40));

        assertThat(failure("AAPL").kind()).isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void should_reject_the_whole_answer_when_a_row_has_no_close() {
        ArrayNode rows = (ArrayNode) Recorded.json(Recorded.TIINGO_AAPL).at("/response/body").deepCopy();
        ((ObjectNode) rows.get(1)).remove("close");
        answer(PATH, 200, rows.toString());

        ProviderError e = failure("AAPL");

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).isEqualTo("tiingo AAPL: unusable response: price 1 (2023-01-04): no 'close'");
    }

    @Test
    void should_report_a_network_error_when_the_connection_is_reset() {
        wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(failure("AAPL").kind()).isEqualTo(Kind.NETWORK);
    }

    @Test
    void should_report_a_network_error_when_nothing_listens_at_the_base_url() {
        TiingoProvider nowhere = new TiingoProvider(java.net.URI.create("http://localhost:9"), TOKEN, Wire.HTTP, time.clock());

        ProviderError e = error(() -> nowhere.fetch("AAPL", FROM, TO));

        assertThat(e.kind()).isEqualTo(Kind.NETWORK);
        assertThat(e.getMessage()).startsWith("tiingo AAPL: network error: ").doesNotContain(TOKEN);
    }
}
