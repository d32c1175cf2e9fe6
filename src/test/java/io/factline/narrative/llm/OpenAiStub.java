package io.factline.narrative.llm;

import io.factline.time.Sleeper;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A WireMock server on a free port playing an OpenAI-compatible endpoint at {@code /v1}, and the real
 * client stack pointed at it: {@link OpenAiChatModelFactory}'s ChatModel inside a {@link ModelClient}
 * with a recording {@link Sleeper}.
 */
public final class OpenAiStub {

    public static final String PATH = "/v1/chat/completions";
    public static final String KEY = "sk-test-wire-secret";

    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final List<Duration> waits = new ArrayList<>();

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop();
    }

    public void reset() {
        server.resetAll();
        waits.clear();
    }

    public String baseUrl() {
        return server.baseUrl() + "/v1";
    }

    /** The settings the tests start from: a key, this server, short timeout, 3 retries. */
    public Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put(ModelSettings.API_KEY, KEY);
        env.put(ModelSettings.BASE_URL, baseUrl());
        env.put(ModelSettings.TIMEOUT_SECONDS, "5");
        return env;
    }

    public ModelClient client() {
        return client(environment());
    }

    public ModelClient client(Map<String, String> env) {
        ModelSettings settings = ModelSettings.fromEnvironment(env);
        return new ModelClient(new OpenAiChatModelFactory().create(settings), settings, waits::add);
    }

    /** Every request gets this response. */
    public void always(ResponseDefinitionBuilder response) {
        server.stubFor(post(urlEqualTo(PATH)).willReturn(response));
    }

    /** The first request gets {@code first}, every later one {@code then} (a WireMock scenario). */
    public void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        server.stubFor(post(urlEqualTo(PATH)).inScenario("first fails").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(first).willSetStateTo("answered once"));
        server.stubFor(post(urlEqualTo(PATH)).inScenario("first fails").whenScenarioStateIs("answered once")
                .willReturn(then));
    }

    /** The n-th request gets the n-th response; requests after the last get the last again. */
    public void inOrder(ResponseDefinitionBuilder... responses) {
        for (int i = 0; i < responses.length; i++) {
            String state = i == 0 ? Scenario.STARTED : "after " + i;
            var stub = post(urlEqualTo(PATH)).inScenario("in order").whenScenarioStateIs(state).willReturn(responses[i]);
            if (i + 1 < responses.length) stub = stub.willSetStateTo("after " + (i + 1));
            server.stubFor(stub);
        }
    }

    public static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static ResponseDefinitionBuilder ok(String body) {
        return json(200, body);
    }

    public static ResponseDefinitionBuilder error(WireSamples.Error sample) {
        return json(sample.status(), sample.body());
    }

    /** Waits the client asked the Sleeper for, in order. */
    public List<Duration> waits() {
        return waits;
    }

    public List<LoggedRequest> requests() {
        return server.findAll(postRequestedFor(urlEqualTo(PATH)));
    }

    public JsonNode onlyRequestBody() {
        List<LoggedRequest> requests = requests();
        if (requests.size() != 1) throw new AssertionError("expected one request, got " + requests.size());
        try {
            return new ObjectMapper().readTree(requests.get(0).getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
