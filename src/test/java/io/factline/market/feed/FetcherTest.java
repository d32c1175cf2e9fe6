package io.factline.market.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.factline.market.feed.AlphaVantageProvider.OutputSize;
import io.factline.market.feed.ProviderError.Kind;
import io.factline.testing.FakeTime;
import io.factline.testing.Recorded;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FetcherTest {

    static final LocalDate FROM = LocalDate.parse("2020-01-01"), TO = LocalDate.parse("2023-06-06");

    @RegisterExtension
    static WireMockExtension wm = Wire.server();

    private final FakeTime time = new FakeTime("2026-11-24T01:30:00Z");

    @Test
    void should_report_a_failed_symbol_with_its_error_and_keep_the_others_in_order() {
        wm.stubFor(get(urlPathEqualTo("/tiingo/daily/AAPL/prices")).willReturn(okJson(Recorded.body(Recorded.TIINGO_AAPL, "/response/body"))));
        wm.stubFor(get(urlPathEqualTo("/tiingo/daily/ZZZZ/prices")).willReturn(aResponse().withStatus(404)
                .withBody(Recorded.body(Recorded.TIINGO_ERRORS, "/ticker_not_found_404"))));
        wm.stubFor(get(urlPathEqualTo("/tiingo/daily/IWM/prices")).willReturn(okJson("[]")));
        List<String> told = new ArrayList<>();

        FetchResult r = new Fetcher(new TiingoProvider(Wire.base(wm), "tiingo-test-token", Wire.HTTP, time.clock()))
                .fetch(List.of("AAPL", "ZZZZ", "IWM"), FROM, TO, (symbol, fetched, failed) ->
                        told.add(symbol + (failed == null ? " fetched" : " failed")));

        assertThat(r.fetched()).extracting(Fetch::symbol).containsExactly("AAPL", "IWM");
        assertThat(r.fetched().get(0).bars()).hasSize(3);
        assertThat(r.failed()).containsOnlyKeys("ZZZZ");
        assertThat(r.failed().get("ZZZZ").kind()).isEqualTo(Kind.NOT_FOUND);
        assertThat(r.allSucceeded()).isFalse();
        assertThat(told).containsExactly("AAPL fetched", "ZZZZ failed", "IWM fetched");
    }

    @Test
    void should_report_the_rest_as_failed_without_calling_when_the_quota_is_used_up() {
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(okJson(Recorded.body(Recorded.AV_ERRORS, "/information_daily_limit"))));

        FetchResult r = new Fetcher(new AlphaVantageProvider(Wire.base(wm), "AVTESTKEY0001", OutputSize.COMPACT, Wire.HTTP, time.clock()))
                .fetch(List.of("SPY", "IWM", "QQQ"), FROM, TO);

        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/query")))).hasSize(1);
        assertThat(r.fetched()).isEmpty();
        assertThat(r.failed()).containsOnlyKeys("SPY", "IWM", "QQQ");
        assertThat(r.failed().values()).extracting(ProviderError::kind).containsOnly(Kind.QUOTA);
        assertThat(r.failed().get("IWM").getMessage()).startsWith("alphavantage IWM: quota used up: not tried: SPY was refused with "
                + "We have detected your API key as");
    }

    @Test
    void should_fetch_a_symbol_asked_for_twice_once() {
        wm.stubFor(get(urlPathEqualTo("/tiingo/daily/AAPL/prices")).willReturn(okJson(Recorded.body(Recorded.TIINGO_AAPL, "/response/body"))));

        FetchResult r = new Fetcher(new TiingoProvider(Wire.base(wm), "tiingo-test-token", Wire.HTTP, time.clock()))
                .fetch(List.of("AAPL", "AAPL"), FROM, TO);

        assertThat(r.fetched()).hasSize(1);
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/tiingo/daily/AAPL/prices")))).hasSize(1);
    }
}
