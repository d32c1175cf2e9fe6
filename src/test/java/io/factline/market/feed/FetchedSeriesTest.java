package io.factline.market.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.factline.facts.Fact;
import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Source;
import io.factline.market.DataError;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import io.factline.market.SeriesOrigin;
import io.factline.market.feed.AlphaVantageProvider.OutputSize;
import io.factline.testing.FakeTime;
import io.factline.testing.Recorded;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fetched bars as the metrics core's input, fetched for real from WireMock at a fixed time. */
class FetchedSeriesTest {

    static final String RETRIEVED = "2026-11-24T01:30:00Z";

    @RegisterExtension
    static WireMockExtension wm = Wire.server();

    private final FakeTime time = new FakeTime(RETRIEVED);

    private Fetch tiingo() {
        wm.stubFor(get(urlPathEqualTo("/tiingo/daily/AAPL/prices")).willReturn(okJson(Recorded.body(Recorded.TIINGO_AAPL, "/response/body"))));
        return new TiingoProvider(Wire.base(wm), "tiingo-test-token", Wire.HTTP, time.clock())
                .fetch("AAPL", LocalDate.parse("2023-01-01"), LocalDate.parse("2023-06-06"));
    }

    private Fetch yahoo(ObjectNode body) {
        wm.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(okJson(body.toString())));
        return new YahooProvider(Wire.base(wm), Wire.HTTP, time.clock())
                .fetch("SPY", LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-20"));
    }

    @Test
    void should_price_by_the_adjusted_close_and_cite_provider_and_time_when_every_bar_has_one() {
        PriceSeries s = FetchedSeries.of(tiingo());

        assertThat(s.symbol()).isEqualTo("AAPL");
        assertThat(s.adjusted()).isTrue();
        assertThat(s.close()).containsExactly(125.07, 126.36, 151.01);
        assertThat(s.price()).containsExactly(124.0508183255, 125.3303062574, 150.0075618737);
        assertThat(s.volume()).containsExactly(112117471.0, 89113633.0, 57450708.0);
        assertThat(s.origin()).isEqualTo(new SeriesOrigin(
                "daily bars of AAPL from tiingo (adjusted close), retrieved 2026-11-24T01:30:00Z", "tiingo:AAPL"));
    }

    @Test
    void should_price_by_the_close_and_say_so_when_the_provider_gives_no_adjusted_close() {
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(okJson(Recorded.body(Recorded.AV_SPY, ""))));
        Fetch f = new AlphaVantageProvider(Wire.base(wm), "AVTESTKEY0001", OutputSize.COMPACT, Wire.HTTP, time.clock())
                .fetch("SPY", LocalDate.parse("2020-03-01"), LocalDate.parse("2020-03-31"));

        PriceSeries s = FetchedSeries.of(f);

        assertThat(s.adjusted()).isFalse();
        assertThat(s.price()).containsExactly(s.close());
        assertThat(s.origin().title()).isEqualTo("daily bars of SPY from alphavantage (close, not adjusted), retrieved 2026-11-24T01:30:00Z");
    }

    @Test
    void should_price_every_bar_by_the_close_when_one_bar_lacks_an_adjusted_close() {
        ObjectNode body = Recorded.tree(Recorded.YAHOO_SPY, "");
        ((ArrayNode) body.at("/chart/result/0/indicators/adjclose/0/adjclose")).set(2, NullNode.getInstance());

        PriceSeries s = FetchedSeries.of(yahoo(body));

        assertThat(s.adjusted()).isFalse();
        assertThat(s.price()).containsExactly(s.close());
    }

    @Test
    void should_mark_a_missing_volume_as_absent() {
        ObjectNode body = Recorded.tree(Recorded.YAHOO_SPY, "");
        ((ArrayNode) body.at("/chart/result/0/indicators/quote/0/volume")).set(1, NullNode.getInstance());

        PriceSeries s = FetchedSeries.of(yahoo(body));

        assertThat(s.hasVolume(0)).isTrue();
        assertThat(s.hasVolume(1)).isFalse();
    }

    @Test
    void should_make_the_facts_computed_from_fetched_bars_cite_the_provider_and_retrieval_time() {
        Instrument aapl = new Instrument("AAPL", "Apple Inc.", Kind.STOCK, null, "AAPL");
        MarketData data = new MarketData(List.of(aapl), Map.of("AAPL", FetchedSeries.of(tiingo())), List.of(), null);

        FactSheet sheet = new FactEngine().sheet(data, LocalDate.parse("2023-02-10"));

        Fact close = sheet.find("AAPL", Metric.CLOSE, null).orElseThrow();
        Source cited = sheet.source(close.sources().get(0)).orElseThrow();
        assertThat(close.number()).isEqualTo(151.01);
        assertThat(cited.title()).isEqualTo("daily bars of AAPL from tiingo (adjusted close), retrieved " + Instant.parse(RETRIEVED));
        assertThat(cited.location()).isEqualTo("tiingo:AAPL");
    }

    @Test
    void should_refuse_a_fetch_without_bars() {
        Fetch empty = new Fetch("tiingo", "AAPL", Instant.parse(RETRIEVED), List.of());

        assertThatThrownBy(() -> FetchedSeries.of(empty)).isInstanceOf(DataError.class)
                .hasMessage("tiingo:AAPL: no bars fetched for AAPL");
    }
}
