package io.factline.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.factline.facts.Fact;
import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import io.factline.testing.FakeTime;
import io.factline.testing.Recorded;
import io.factline.testing.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The fetch command in-process, against WireMock standing in for the providers. */
class FetchCommandTest {

    static final String TOKEN = "tiingo-test-token-77";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(WireMockConfiguration.wireMockConfig().dynamicPort()).build();

    @TempDir
    Path tmp;

    private final FakeTime time = new FakeTime("2026-11-24T01:30:00Z");

    private Map<String, String> tiingoEnv() {
        return Map.of("TIINGO_API_KEY", TOKEN, "TIINGO_BASE_URL", wm.baseUrl());
    }

    private Run fetch(Map<String, String> env, String... args) {
        return Run.with(env, time.clock(), time, args);
    }

    /** A --data directory listing these instruments.csv rows (after the header). */
    private Path data(String rows) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("data"));
        Files.writeString(dir.resolve("instruments.csv"), "symbol,name,kind,sector,benchmark\n" + rows);
        return dir;
    }

    private void tiingo(String symbol, int status, String body) {
        wm.stubFor(get(urlPathEqualTo("/tiingo/daily/" + symbol + "/prices")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(body)));
    }

    private static String aaplPrices() {
        return Recorded.body(Recorded.TIINGO_AAPL, "/response/body");
    }

    @Test
    void should_write_a_data_directory_the_loader_reads_and_facts_are_computed_from() throws IOException {
        Path data = data("AAPL,Apple Inc.,stock,Information Technology,\n");
        Path out = tmp.resolve("out");
        tiingo("AAPL", 200, aaplPrices());

        Run run = fetch(tiingoEnv(), "fetch", "--provider", "tiingo", "--symbols", "AAPL", "--from", "2023-01-01",
                "--to", "2023-06-06", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("fetched tiingo AAPL: 3 bars, 2023-01-03 to 2023-02-10 (adjusted close)\n"
                + "wrote 1 of 1 symbols to " + out + "\n");
        assertThat(out.resolve("prices/AAPL.csv")).hasContent("""
                date,open,high,low,close,adj_close,volume
                2023-01-03,130.28,130.9,124.17,125.07,124.0508183255,112117471
                2023-01-04,126.89,128.6557,125.08,126.36,125.3303062574,89113633
                2023-02-10,149.46,151.3401,149.22,151.01,150.0075618737,57450708""");
        assertThat(out.resolve("instruments.csv")).hasContent("""
                symbol,name,kind,sector,benchmark
                AAPL,Apple Inc.,stock,Information Technology,AAPL""");
        assertThat(out.resolve("provenance.csv")).hasContent("""
                symbol,provider,retrieved_at,price
                AAPL,tiingo,2026-11-24T01:30:00Z,adj_close""");
        MarketData market = new CsvMarketLoader().load(out);
        FactSheet sheet = new FactEngine().sheet(market, LocalDate.parse("2023-02-10"));
        Fact close = sheet.find("AAPL", Metric.CLOSE, null).orElseThrow();
        assertThat(close.number()).isEqualTo(151.01);
        assertThat(market.seriesOf("AAPL").adjusted()).isTrue();
    }

    @Test
    void should_exit_1_and_not_write_the_failed_symbol_when_one_symbol_fails() throws IOException {
        Path data = data("AAPL,Apple Inc.,stock,,\nZZZZ,Nothing Corp,stock,,\n");
        Path out = tmp.resolve("out");
        tiingo("AAPL", 200, aaplPrices());
        tiingo("ZZZZ", 404, Recorded.body(Recorded.TIINGO_ERRORS, "/ticker_not_found_404"));

        Run run = fetch(tiingoEnv(), "fetch", "--provider", "tiingo", "--symbols", "AAPL,ZZZZ", "--from", "2023-01-01",
                "--to", "2023-06-06", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("fetched tiingo AAPL: 3 bars, 2023-01-03 to 2023-02-10 (adjusted close)\n"
                + "failed  tiingo ZZZZ: not found: HTTP 404: Error: Ticker 'ZZZZ' not found\n"
                + "wrote 1 of 2 symbols to " + out + "\n");
        assertThat(run.err()).isEqualTo("factline: not written: ZZZZ (not found)\n");
        assertThat(out.resolve("prices/ZZZZ.csv")).doesNotExist();
        assertThat(new CsvMarketLoader().load(out).instruments()).extracting(i -> i.symbol()).containsExactly("AAPL");
    }

    @Test
    void should_write_nothing_for_an_instrument_whose_benchmark_failed() throws IOException {
        Path data = data("SPY,SPDR S&P 500 ETF Trust,etf,,\nIWM,iShares Russell 2000 ETF,etf,,SPY\n");
        Path out = tmp.resolve("out");
        tiingo("SPY", 500, "{\"detail\": \"Error: internal\"}");
        tiingo("IWM", 200, aaplPrices());

        Run run = fetch(tiingoEnv(), "fetch", "--provider", "tiingo", "--symbols", "SPY,IWM", "--from", "2023-01-01",
                "--to", "2023-06-06", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("failed  tiingo SPY: server error: HTTP 500: Error: internal (gave up after 3 tries)\n")
                .contains("skipped IWM: fetched, but its benchmark SPY was not\n")
                .endsWith("wrote 0 of 2 symbols to " + out + "\n");
        assertThat(run.err()).isEqualTo("factline: not written: SPY (server error), IWM (its benchmark SPY was not fetched)\n");
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(out).doesNotExist();
    }

    @Test
    void should_report_a_symbol_without_bars_in_the_range_as_not_written() throws IOException {
        Path data = data("AAPL,Apple Inc.,stock,,\n");
        tiingo("AAPL", 200, "[]");

        Run run = fetch(tiingoEnv(), "fetch", "--provider", "tiingo", "--symbols", "AAPL", "--from", "2023-01-07",
                "--to", "2023-01-08", "--data", data.toString(), "--out", tmp.resolve("out").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).startsWith("failed  tiingo AAPL: no bars between 2023-01-07 and 2023-01-08\n");
        assertThat(run.err()).isEqualTo("factline: not written: AAPL (no bars)\n");
    }

    @Test
    void should_fetch_up_to_todays_new_york_date_by_default_and_write_yahoos_adjusted_close() {
        FakeTime evening = new FakeTime("2026-02-21T01:30:00Z"); // 20:30 on 2026-02-20 in New York
        wm.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(okJson(Recorded.body(Recorded.YAHOO_SPY, ""))));
        Path out = tmp.resolve("out");

        Run run = Run.with(Map.of("YAHOO_BASE_URL", wm.baseUrl()), evening.clock(), evening,
                "fetch", "--provider", "yahoo", "--symbols", "SPY", "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("fetched yahoo SPY: 5 bars, 2026-02-13 to 2026-02-20 (adjusted close)\n");
        long from = LocalDate.parse("2026-02-20").minusDays(400).minusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long to = LocalDate.parse("2026-02-22").atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        wm.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/SPY"))
                .withQueryParam("period1", equalTo(String.valueOf(from)))
                .withQueryParam("period2", equalTo(String.valueOf(to))));
        assertThat(new CsvMarketLoader().load(out).seriesOf("SPY").size()).isEqualTo(5);
    }

    @Test
    void should_space_alpha_vantage_calls_as_its_free_tier_requires() {
        for (String symbol : new String[] {"SPY", "IWM"}) {
            ObjectNode body = Recorded.tree(Recorded.AV_SPY, "");
            ((ObjectNode) body.path("Meta Data")).put("2. Symbol", symbol);
            wm.stubFor(get(urlPathEqualTo("/query")).withQueryParam("symbol", equalTo(symbol)).willReturn(okJson(body.toString())));
        }
        Path out = tmp.resolve("out");

        Run run = fetch(Map.of("ALPHAVANTAGE_API_KEY", "AVTESTKEY0001", "ALPHAVANTAGE_BASE_URL", wm.baseUrl()),
                "fetch", "--provider", "alphavantage", "--symbols", "SPY,IWM", "--from", "2020-03-01", "--to", "2020-03-31",
                "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("fetched alphavantage IWM: 3 bars, 2020-03-24 to 2020-03-26 (close, not adjusted)\n");
        assertThat(time.waits()).containsExactly(Duration.ofSeconds(12));
        assertThat(out.resolve("prices/SPY.csv")).content().startsWith("date,open,high,low,close,volume\n2020-03-24,234.42,244.1,233.8,243.15,233038623\n");
    }

    @Test
    void should_exit_2_and_name_the_variable_when_the_key_is_missing() {
        Run run = fetch(Map.of("TIINGO_BASE_URL", wm.baseUrl()), "fetch", "--provider", "tiingo", "--symbols", "SPY");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("factline: set TIINGO_API_KEY (your Tiingo API token)\n");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void should_exit_2_when_the_provider_is_unknown() {
        Run run = fetch(Map.of(), "fetch", "--provider", "bloomberg", "--symbols", "SPY");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("factline: unknown provider 'bloomberg'; providers: alphavantage, tiingo, yahoo\n");
    }

    @Test
    void should_exit_2_when_a_symbol_is_not_listed_in_the_instruments() {
        Run run = fetch(tiingoEnv(), "fetch", "--provider", "tiingo", "--symbols", "SPY,AAPL");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("factline: AAPL is not listed in fixtures/market/instruments.csv; "
                + "list it there or pass --data with an instruments.csv that does\n");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void should_exit_2_when_a_benchmark_is_not_among_the_symbols() {
        Run run = fetch(tiingoEnv(), "fetch", "--provider", "tiingo", "--symbols", "IWM");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("factline: the benchmark of IWM is SPY; add it to --symbols "
                + "(a data directory holds every benchmark it names)\n");
    }

    @Test
    void should_exit_2_when_the_range_is_backwards() {
        Run run = fetch(tiingoEnv(), "fetch", "--provider", "tiingo", "--symbols", "SPY", "--from", "2026-03-02", "--to", "2026-03-01");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("factline: --from 2026-03-02 is after --to 2026-03-01\n");
    }

    @Test
    void should_list_fetch_among_the_commands() {
        assertThat(Run.of("--help").out()).contains("fetch");
    }
}
