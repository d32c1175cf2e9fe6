package io.factline.narrative.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.factline.narrative.llm.OpenAiStub.error;
import static io.factline.narrative.llm.OpenAiStub.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.factline.narrative.llm.ModelFailure.Kind;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures worth retrying, and those that must not be retried, over real HTTP. No real sleeping. */
class ModelClientRetryTest {

    private static final OpenAiStub stub = new OpenAiStub();
    private static final String ANSWER = "{\"headline\":\"Up [F1]\"}";

    @BeforeAll
    static void start() {
        stub.start();
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @BeforeEach
    void reset() {
        stub.reset();
    }

    @Test
    void should_wait_retry_after_and_retry_when_rate_limited() {
        stub.firstThen(error(rateLimited()).withHeader("Retry-After", "2"), ok(WireSamples.reply(ANSWER)));

        String text = stub.client().complete("system", "user", null);

        assertThat(text).isEqualTo(ANSWER);
        assertThat(stub.requests()).hasSize(2);
        assertThat(stub.waits()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void should_prefer_retry_after_ms_when_both_headers_are_sent() {
        stub.firstThen(error(rateLimited()).withHeader("retry-after-ms", "1500").withHeader("Retry-After", "2"),
                ok(WireSamples.reply(ANSWER)));

        stub.client().complete("system", "user", null);

        assertThat(stub.waits()).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void should_cap_the_wait_when_retry_after_exceeds_the_maximum() {
        stub.firstThen(error(rateLimited()).withHeader("Retry-After", "120"), ok(WireSamples.reply(ANSWER)));
        Map<String, String> env = stub.environment();
        env.put(ModelSettings.MAX_WAIT_SECONDS, "30");

        stub.client(env).complete("system", "user", null);

        assertThat(stub.waits()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void should_back_off_and_give_up_rate_limited_when_the_limit_persists() {
        stub.always(error(rateLimited()));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED))
                .hasMessageStartingWith("model endpoint " + stub.baseUrl() + ": rate_limit_exceeded: Rate limit reached")
                .hasMessageEndingWith("(gave up after 4 attempts)");
        assertThat(stub.requests()).hasSize(4);
        assertThat(stub.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void should_not_retry_when_the_request_is_too_large_for_the_limit() {
        stub.always(error(WireSamples.error("errors.json", "429_request_too_large_live_capture")));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED))
                .hasMessageContaining("Request too large");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void should_fail_with_quota_after_one_request_when_the_quota_is_exhausted() {
        stub.always(error(WireSamples.error("errors.json", "429_insufficient_quota")).withHeader("Retry-After", "1"));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.QUOTA))
                .hasMessage("model endpoint " + stub.baseUrl() + ": insufficient_quota: You exceeded your current"
                        + " quota, please check your plan and billing details.");
        assertThat(stub.requests()).hasSize(1);
        assertThat(stub.waits()).isEmpty();
    }

    @Test
    void should_fail_with_quota_after_one_request_when_credits_are_exhausted() {
        stub.always(error(WireSamples.error("errors.json", "429_credit_balance_exhausted")));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.QUOTA))
                .hasMessageContaining("credit_balance_exhausted: You have no credits remaining.");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void should_fail_with_auth_after_one_request_and_hide_the_key_when_it_is_rejected() {
        stub.always(error(WireSamples.error("derived_errors.json", "401_invalid_api_key")));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.AUTH))
                .hasMessageContaining("invalid_api_key: Incorrect API key provided: [redacted].")
                .hasMessageNotContaining(OpenAiStub.KEY);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void should_fail_with_auth_when_access_is_forbidden() {
        stub.always(OpenAiStub.json(403, "{\"error\":{\"message\":\"Project does not have access to model\","
                + "\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"model_not_found\"}}"));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.AUTH));
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void should_retry_and_succeed_when_the_server_fails_once() {
        stub.firstThen(error(WireSamples.error("errors.json", "500_server_error")), ok(WireSamples.reply(ANSWER)));

        String text = stub.client().complete("system", "user", null);

        assertThat(text).isEqualTo(ANSWER);
        assertThat(stub.requests()).hasSize(2);
        assertThat(stub.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void should_report_the_reply_problem_when_a_retry_brings_an_unusable_reply() {
        stub.firstThen(error(WireSamples.error("errors.json", "500_server_error")),
                ok(WireSamples.reply(WireSamples.truncatedContent(), "length")));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.TRUNCATED))
                .hasMessageNotContaining("gave up");
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void should_fail_with_server_after_all_retries_when_the_server_stays_overloaded() {
        stub.always(error(WireSamples.error("derived_errors.json", "503_overloaded")));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.SERVER))
                .hasMessage("model endpoint " + stub.baseUrl() + ": server_is_overloaded: Model temporarily overloaded."
                        + " (gave up after 4 attempts)");
        assertThat(stub.requests()).hasSize(1 + 3);
        assertThat(stub.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void should_name_the_status_when_a_gateway_fails_without_a_json_body() {
        stub.always(aResponse().withStatus(502).withHeader("Content-Type", "text/html").withBody("<html>Bad Gateway</html>"));
        Map<String, String> env = stub.environment();
        env.put(ModelSettings.MAX_RETRIES, "0");

        assertThatThrownBy(() -> stub.client(env).complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.SERVER))
                .hasMessage("model endpoint " + stub.baseUrl() + ": HTTP 502");
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void should_fail_with_timeout_after_retrying_when_the_reply_is_too_slow() {
        // The only fixed delay in the suite: longer than the 1 s timeout, so the client gives up.
        stub.always(ok(WireSamples.reply(ANSWER)).withFixedDelay(3000));
        Map<String, String> env = stub.environment();
        env.put(ModelSettings.TIMEOUT_SECONDS, "1");
        env.put(ModelSettings.MAX_RETRIES, "1");

        assertThatThrownBy(() -> stub.client(env).complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.TIMEOUT))
                .hasMessage("model endpoint " + stub.baseUrl() + ": no complete reply within 1 s (gave up after 2 attempts)");
        assertThat(stub.requests()).hasSize(2);
        assertThat(stub.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void should_fail_with_connection_after_retrying_when_the_peer_resets() {
        stub.always(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        assertThatThrownBy(() -> stub.client().complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.CONNECTION))
                .hasMessageContaining("connection failed (SocketException: Connection reset)");
        assertThat(stub.requests()).hasSize(4);
    }

    @Test
    void should_retry_and_succeed_when_the_connection_drops_once() {
        stub.firstThen(aResponse().withFault(Fault.EMPTY_RESPONSE), ok(WireSamples.reply(ANSWER)));

        assertThat(stub.client().complete("system", "user", null)).isEqualTo(ANSWER);
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void should_fail_with_connection_when_nothing_listens() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> env = stub.environment();
        env.put(ModelSettings.BASE_URL, "http://127.0.0.1:" + closedPort + "/v1");

        assertThatThrownBy(() -> stub.client(env).complete("system", "user", null))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.CONNECTION))
                .hasMessageStartingWith("model endpoint http://127.0.0.1:" + closedPort + "/v1: connection failed")
                .hasMessageEndingWith("(gave up after 4 attempts)");
        assertThat(stub.waits()).hasSize(3);
    }

    @Test
    void should_stop_retrying_when_interrupted_during_a_wait() {
        stub.always(error(rateLimited()));
        ModelSettings settings = ModelSettings.fromEnvironment(stub.environment());
        ModelClient client = new ModelClient(new OpenAiChatModelFactory().create(settings), settings,
                wait -> Thread.currentThread().interrupt());
        try {
            assertThatThrownBy(() -> client.complete("system", "user", null))
                    .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(Kind.RATE_LIMITED))
                    .hasMessageContaining("interrupted while waiting to retry");
            assertThat(stub.requests()).hasSize(1);
        } finally {
            Thread.interrupted();
        }
    }

    private static WireSamples.Error rateLimited() {
        return WireSamples.error("errors.json", "429_rate_limit_exceeded_tokens");
    }
}
