package io.factline.market.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class YahooProviderTest {

    static final LocalDate FEB_13 = LocalDate.parse("2026-02-13"), FEB_20 = LocalDate.parse("2026-02-20");

    @RegisterExtension
    static WireMockExtension wm = Wire.server();

    private final FakeTime time = new FakeTime("2026-11-24T01:30:00Z");
    private final YahooProvider provider = new YahooProvider(Wire.base(wm), Wire.HTTP, time.clock());

    private void answer(String symbol, String body) {
        wm.stubFor(get(urlPathEqualTo("/v8/finance/chart/" + symbol)).willReturn(okJson(body)));
    }

    private static ObjectNode spy() {
        return Recorded.tree(Recorded.YAHOO_SPY, "");
    }

    private static ArrayNode quote(ObjectNode body, String column) {
        return (ArrayNode) body.at("/chart/result/0/indicators/quote/0/" + column);
    }

    @Test
    void should_date_each_bar_in_the_exchange_time_zone_and_take_adjclose_when_mapping_the_recorded_chart() {
        answer("AAPL", Recorded.body(Recorded.YAHOO_AAPL, "/bodyJson"));

        Fetch f = provider.fetch("AAPL", LocalDate.parse("2020-08-31"), LocalDate.parse("2020-11-06"));

        assertThat(f.provider()).isEqualTo("yahoo");
        assertThat(f.bars()).containsExactly(
                new Bar(LocalDate.parse("2020-08-31"), 127.58000183105469, 131.0, 126.0, 129.0399932861328, 125.82673645019531, 225702700.0),
                new Bar(LocalDate.parse("2020-09-01"), 132.75999450683594, 134.8000030517578, 130.52999877929688, 134.17999267578125, 130.83871459960938, 151948100.0),
                new Bar(LocalDate.parse("2020-09-02"), 137.58999633789062, 137.97999572753906, 127.0, 131.39999389648438, 128.12794494628906, 200119000.0),
                new Bar(LocalDate.parse("2020-11-05"), 117.94999694824219, 119.62000274658203, 116.87000274658203, 119.02999877929688, 116.06599426269531, 126387100.0),
                new Bar(LocalDate.parse("2020-11-06"), 118.31999969482422, 119.19999694824219, 116.12999725341797, 118.69000244140625, 115.93415069580078, 114457900.0));
    }

    @Test
    void should_read_the_live_recorded_answer_for_one_session() {
        answer("QQQ", Recorded.body(Recorded.YAHOO_QQQ, "/response/bodyJson"));

        Fetch f = provider.fetch("QQQ", LocalDate.parse("2020-01-01"), LocalDate.parse("2020-01-03"));

        assertThat(f.bars()).containsExactly(new Bar(LocalDate.parse("2020-01-02"), 214.39999389648438, 216.16000366210938,
                213.97999572753906, 216.16000366210938, 209.6380615234375, 30969400.0));
    }

    @Test
    void should_keep_only_the_bars_inside_the_range_when_the_answer_holds_more() {
        answer("SPY", spy().toString());

        Fetch f = provider.fetch("SPY", LocalDate.parse("2026-02-17"), LocalDate.parse("2026-02-19"));

        assertThat(f.bars()).extracting(Bar::date).extracting(Object::toString).containsExactly("2026-02-17", "2026-02-18", "2026-02-19");
    }

    @Test
    void should_ask_for_daily_bars_a_day_beyond_each_end_of_the_range_with_a_browser_like_user_agent() {
        answer("SPY", spy().toString());

        provider.fetch("SPY", FEB_13, FEB_20);

        wm.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/SPY"))
                .withQueryParam("period1", equalTo(String.valueOf(LocalDate.parse("2026-02-12").atStartOfDay(ZoneOffset.UTC).toEpochSecond())))
                .withQueryParam("period2", equalTo(String.valueOf(LocalDate.parse("2026-02-22").atStartOfDay(ZoneOffset.UTC).toEpochSecond())))
                .withQueryParam("interval", equalTo("1d"))
                .withHeader("User-Agent", containing("Mozilla/5.0")));
    }

    @Test
    void should_skip_a_session_whose_close_is_null_and_keep_other_nulls_as_absent_values() {
        ObjectNode body = spy();
        quote(body, "close").set(1, com.fasterxml.jackson.databind.node.NullNode.getInstance());
        quote(body, "volume").set(2, com.fasterxml.jackson.databind.node.NullNode.getInstance());
        quote(body, "open").set(3, com.fasterxml.jackson.databind.node.NullNode.getInstance());
        answer("SPY", body.toString());

        Fetch f = provider.fetch("SPY", FEB_13, FEB_20);

        assertThat(f.bars()).extracting(Bar::date).extracting(Object::toString)
                .containsExactly("2026-02-13", "2026-02-18", "2026-02-19", "2026-02-20");
        assertThat(f.bars().get(1).volume()).isNull();
        assertThat(f.bars().get(2).open()).isNull();
        assertThat(f.bars().get(2).close()).isEqualTo(684.47998046875);
    }

    @Test
    void should_give_no_adjusted_close_when_the_answer_has_no_adjclose_indicator() {
        ObjectNode body = spy();
        ((ObjectNode) body.at("/chart/result/0/indicators")).remove("adjclose");
        answer("SPY", body.toString());

        assertThat(provider.fetch("SPY", FEB_13, FEB_20).bars()).extracting(Bar::adjClose).containsOnlyNulls();
    }

    @Test
    void should_return_no_bars_when_yahoo_answers_a_range_without_sessions() {
        ObjectNode body = spy();
        ObjectNode result = (ObjectNode) body.at("/chart/result/0");
        result.remove("timestamp");
        result.putObject("indicators").putArray("quote").addObject();
        answer("SPY", body.toString());

        assertThat(provider.fetch("SPY", FEB_13, FEB_20).bars()).isEmpty();
    }

    @Test
    void should_report_not_found_with_yahoos_words_when_the_symbol_is_unknown() {
        String body = Recorded.body(Recorded.YAHOO_ERRORS, "/404_unknown_symbol/body");
        wm.stubFor(get(urlPathEqualTo("/v8/finance/chart/ZZZZ")).willReturn(aResponse().withStatus(404).withBody(body)));

        ProviderError e = error(() -> provider.fetch("ZZZZ", FEB_13, FEB_20));

        assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("yahoo ZZZZ: not found: HTTP 404: Not Found: No data found, symbol may be delisted");
    }

    @Test
    void should_report_rate_limited_when_the_edge_answers_429_in_plain_text() {
        String text = Recorded.json(Recorded.YAHOO_ERRORS).at("/429_rate_limited/body_text").asText();
        wm.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "text/plain").withBody(text)));

        ProviderError e = error(() -> provider.fetch("SPY", FEB_13, FEB_20));

        assertThat(e.kind()).isEqualTo(Kind.RATE_LIMITED);
        assertThat(e.getMessage()).isEqualTo("yahoo SPY: rate limited: HTTP 429: Edge: Too Many Requests");
    }

    @Test
    void should_report_not_found_when_an_http_200_answer_carries_a_chart_error() {
        answer("ZZZZ", "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\",\"description\":\"No data found, symbol may be delisted\"}}}");

        assertThat(error(() -> provider.fetch("ZZZZ", FEB_13, FEB_20)).kind()).isEqualTo(Kind.NOT_FOUND);
    }

    @Test
    void should_report_server_error_when_the_status_is_500() {
        wm.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(aResponse().withStatus(500)));

        ProviderError e = error(() -> provider.fetch("SPY", FEB_13, FEB_20));

        assertThat(e.kind()).isEqualTo(Kind.SERVER);
        assertThat(e.getMessage()).isEqualTo("yahoo SPY: server error: HTTP 500: (empty body)");
    }

    @Test
    void should_report_a_bad_response_when_the_body_is_garbage_or_cut_short() {
        answer("SPY", "}{ not json");
        assertThat(error(() -> provider.fetch("SPY", FEB_13, FEB_20)).kind()).isEqualTo(Kind.BAD_RESPONSE);

        String body = spy().toString();
        answer("SPY", body.substring(0, body.length() / 2));
        assertThat(error(() -> provider.fetch("SPY", FEB_13, FEB_20)).kind()).isEqualTo(Kind.BAD_RESPONSE);
    }

    @Test
    void should_reject_the_whole_answer_when_a_column_is_shorter_than_the_timestamps() {
        ObjectNode body = spy();
        quote(body, "high").remove(4);
        answer("SPY", body.toString());

        ProviderError e = error(() -> provider.fetch("SPY", FEB_13, FEB_20));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).isEqualTo("yahoo SPY: unusable response: 'high' has 4 values for 5 timestamps");
    }

    @Test
    void should_reject_the_answer_when_it_is_for_another_symbol() {
        answer("IWM", spy().toString());

        ProviderError e = error(() -> provider.fetch("IWM", FEB_13, FEB_20));

        assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
        assertThat(e.getMessage()).isEqualTo("yahoo IWM: unusable response: the answer is for symbol SPY");
    }

    @Test
    void should_report_a_network_error_when_the_connection_is_reset() {
        wm.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThat(error(() -> provider.fetch("SPY", FEB_13, FEB_20)).kind()).isEqualTo(Kind.NETWORK);
    }
}
