package io.factline.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.factline.Main;
import io.factline.testing.FakeTime;
import io.factline.testing.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sync against WireMock playing Yahoo's recorded chart body, then facts read from the store. */
class SyncCommandTest {

    final WireMockServer yahoo = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    final FakeTime time = new FakeTime("2026-02-23T23:00:00Z");
    @TempDir
    Path data;
    Map<String, String> env;
    String body;

    @BeforeEach
    void start() throws IOException {
        yahoo.start();
        body = Files.readString(Path.of("src/test/resources/wire/yahoo/yahoo_chart_v8_SPY_2026-02_payload.json"));
        yahoo.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(okJson(body)));
        Files.writeString(data.resolve("instruments.csv"), "symbol,name,kind,sector,benchmark\nSPY,SPDR S&P 500 ETF Trust,etf,,\n");
        env = Map.of("YAHOO_BASE_URL", yahoo.baseUrl(),
                "FACTLINE_DB_URL", "jdbc:h2:mem:sync" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
    }

    @AfterEach
    void stop() {
        yahoo.stop();
    }

    @Test
    void should_store_fetched_bars_and_cite_provider_and_retrieval_time_in_facts() throws IOException {
        Run sync = run("sync", "--provider", "yahoo", "--data", data.toString(), "--from", "2026-02-13", "--to", "2026-02-20");

        assertThat(sync.exit()).as(sync.err()).isZero();
        assertThat(sync.out()).contains("SPY: 5 new, 0 revised, 0 unchanged (fetched 2026-02-13 to 2026-02-20)")
                .contains("synced 1 of 1 symbols from yahoo");

        Run facts = run("facts", "--store", "--data", data.toString(), "--date", "2026-02-20");

        assertThat(facts.exit()).as(facts.err()).isZero();
        JsonNode sheet = new ObjectMapper().readTree(facts.out());
        assertThat(sheet.get("sources").get(0).get("title").asText())
                .startsWith("daily bars of SPY from yahoo").contains("retrieved 2026-02-23T23:00:00Z").endsWith("none revised");
        assertThat(sheet.get("sources").get(0).get("location").asText()).isEqualTo("yahoo:SPY");
        assertThat(sheet.get("facts").get(0).get("value").asDouble()).isEqualTo(689.4299926757812);
    }

    @Test
    void should_fetch_only_the_refresh_window_when_run_again_and_keep_a_correction_as_a_revision() throws IOException {
        run("sync", "--provider", "yahoo", "--data", data.toString(), "--from", "2026-02-13", "--to", "2026-02-20");
        yahoo.resetRequests();
        yahoo.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(okJson(body.replace("689.4299926757812", "689.5"))));
        time.sleep(java.time.Duration.ofDays(1));

        Run again = run("sync", "--provider", "yahoo", "--data", data.toString(), "--from", "2026-02-13", "--to", "2026-02-20",
                "--refresh-days", "2");

        assertThat(again.out()).contains("SPY: 0 new, 1 revised, 2 unchanged (fetched 2026-02-18 to 2026-02-20)");
        yahoo.verify(1, getRequestedFor(urlPathEqualTo("/v8/finance/chart/SPY")));
        Run facts = run("facts", "--store", "--data", data.toString(), "--date", "2026-02-20");
        assertThat(facts.out()).contains("2026-02-20 revision 2").contains("\"value\" : 689.5");
    }

    @Test
    void should_exit_1_and_name_the_failed_symbol_when_the_provider_fails() {
        yahoo.stubFor(get(urlPathEqualTo("/v8/finance/chart/SPY")).willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .aResponse().withStatus(404).withBody("{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\","
                        + "\"description\":\"No data found, symbol may be delisted\"}}}")));

        Run sync = run("sync", "--provider", "yahoo", "--data", data.toString(), "--from", "2026-02-13", "--to", "2026-02-20");

        assertThat(sync.exit()).isEqualTo(1);
        assertThat(sync.out()).contains("SPY: failed: yahoo SPY:");
        assertThat(sync.err()).contains("1 symbol(s) failed");
    }

    @Test
    void should_say_to_run_sync_when_facts_ask_the_store_for_a_symbol_it_lacks() {
        Run facts = run("facts", "--store", "--data", data.toString());

        assertThat(facts.exit()).isEqualTo(2);
        assertThat(facts.out()).isEmpty();
        assertThat(facts.err()).contains("no stored bars for SPY").contains("run sync first");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(env, time.clock(), time, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
