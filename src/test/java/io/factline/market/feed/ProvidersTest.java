package io.factline.market.feed;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.factline.testing.FakeTime;
import io.factline.testing.Recorded;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProvidersTest {

    static final LocalDate FROM = LocalDate.parse("2020-03-01"), TO = LocalDate.parse("2020-03-31");

    @RegisterExtension
    static WireMockExtension wm = Wire.server();

    private final FakeTime time = new FakeTime("2026-11-24T01:30:00Z");

    private Providers providers(Map<String, String> env) {
        return new Providers(env, Wire.HTTP, time.clock(), time);
    }

    private Map<String, String> alphaVantage(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("ALPHAVANTAGE_API_KEY", "AVTESTKEY0001",
                "ALPHAVANTAGE_BASE_URL", wm.baseUrl()));
        for (int i = 0; i < more.length; i += 2) env.put(more[i], more[i + 1]);
        return env;
    }

    @Test
    void should_ask_for_the_full_history_and_space_calls_by_the_configured_rate_when_set_for_a_premium_key() {
        wm.stubFor(get(urlPathEqualTo("/query")).willReturn(okJson(Recorded.body(Recorded.AV_SPY, ""))));
        PriceProvider av = providers(alphaVantage("ALPHAVANTAGE_OUTPUTSIZE", "full", "ALPHAVANTAGE_CALLS_PER_MINUTE", "75"))
                .open("alphavantage");

        av.fetch("SPY", FROM, TO);
        av.fetch("SPY", FROM, TO);

        wm.verify(2, getRequestedFor(urlPathEqualTo("/query")).withQueryParam("outputsize", equalTo("full")));
        assertThat(time.waits()).containsExactly(Duration.ofMillis(800));
    }

    @Test
    void should_give_the_same_provider_for_the_same_name_so_callers_share_its_spacing() {
        Providers p = providers(alphaVantage());

        assertThat(p.open("alphavantage")).isSameAs(p.open("alphavantage"));
        assertThat(p.open("yahoo").name()).isEqualTo("yahoo");
    }

    @Test
    void should_name_the_setting_to_fix_when_a_setting_is_malformed() {
        assertThatThrownBy(() -> providers(alphaVantage("ALPHAVANTAGE_BASE_URL", "www.alphavantage.co")).open("alphavantage"))
                .isInstanceOf(Providers.SettingError.class).hasMessage("ALPHAVANTAGE_BASE_URL 'www.alphavantage.co' is not an http(s) URL");
        assertThatThrownBy(() -> providers(alphaVantage("ALPHAVANTAGE_OUTPUTSIZE", "huge")).open("alphavantage"))
                .hasMessage("ALPHAVANTAGE_OUTPUTSIZE 'huge' is not compact or full");
        assertThatThrownBy(() -> providers(alphaVantage("ALPHAVANTAGE_CALLS_PER_MINUTE", "0")).open("alphavantage"))
                .hasMessage("ALPHAVANTAGE_CALLS_PER_MINUTE '0' is not a positive whole number");
        assertThatThrownBy(() -> providers(Map.of("ALPHAVANTAGE_API_KEY", " ")).open("alphavantage"))
                .hasMessage("set ALPHAVANTAGE_API_KEY (your Alpha Vantage API key)");
    }
}
