package io.factline.narrative.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.factline.narrative.llm.OpenAiStub.error;
import static io.factline.narrative.llm.OpenAiStub.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.http.Fault;
import io.factline.narrative.llm.ModelFailure.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Replies that arrive but cannot be used: none of them is retried and none of their text escapes. */
class ModelClientReplyTest {

    private static final OpenAiStub stub = new OpenAiStub();

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

    @ParameterizedTest
    @ValueSource(strings = {"this is not json", "<html><body>Welcome to nginx!</body></html>"})
    void should_fail_with_bad_response_after_one_request_when_the_body_is_not_json(String body) {
        stub.always(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body));

        assertFailure(Kind.BAD_RESPONSE, "the reply is not readable Chat Completions JSON");
    }

    @Test
    void should_fail_with_bad_response_when_the_json_body_is_cut_off() {
        String recorded = WireSamples.reply("{\"headline\":\"Up [F1]\"}");
        stub.always(ok(recorded.substring(0, recorded.length() / 2)));

        assertFailure(Kind.BAD_RESPONSE, "the reply is not readable Chat Completions JSON");
    }

    @Test
    void should_fail_with_bad_response_when_the_chunked_body_is_malformed() {
        stub.always(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

        assertFailure(Kind.BAD_RESPONSE, "the reply is not readable Chat Completions JSON");
    }

    @Test
    void should_fail_with_bad_response_when_the_reply_has_no_choices() {
        stub.always(ok(WireSamples.noChoices()));

        assertFailure(Kind.BAD_RESPONSE, "the reply could not be read");
    }

    @Test
    void should_fail_with_truncated_and_discard_the_text_when_finish_reason_is_length() {
        String partial = WireSamples.truncatedContent();
        assertThat(partial).isEqualTo("{\"");
        stub.always(ok(WireSamples.reply(partial, "length")));

        ModelFailure failure = assertFailure(Kind.TRUNCATED,
                "the reply was cut off at the token limit (FACTLINE_MODEL_MAX_TOKENS=2000); its text is incomplete");
        assertThat(failure.getMessage()).doesNotContain(partial);
    }

    @Test
    void should_fail_with_truncated_when_a_full_looking_reply_still_hit_the_limit() {
        stub.always(ok(WireSamples.reply("{\"headline\":\"Up [F1]\",\"summary\":\"The S&P 500 rose 0.4% [F1]\"}", "length")));

        assertFailure(Kind.TRUNCATED, "cut off at the token limit");
    }

    @Test
    void should_fail_with_empty_when_the_content_is_an_empty_string() {
        stub.always(ok(WireSamples.reply("")));

        assertFailure(Kind.EMPTY, "the reply has no text (finish_reason stop)");
    }

    @Test
    void should_fail_with_empty_when_the_content_is_null() {
        stub.always(ok(WireSamples.reply(null)));

        assertFailure(Kind.EMPTY, "the reply has no text");
    }

    @Test
    void should_fail_with_empty_when_the_content_is_only_whitespace() {
        stub.always(ok(WireSamples.reply(" \n\t ")));

        assertFailure(Kind.EMPTY, "the reply has no text");
    }

    @Test
    void should_fail_with_empty_when_a_structured_output_refusal_arrives() {
        // langchain4j-open-ai-official 1.11.0-beta19 drops message.refusal and turns null content into "",
        // so a refusal is indistinguishable from empty content at the ChatModel level.
        stub.always(ok(WireSamples.refusal("I'm sorry, I can't help with that request.")));

        assertFailure(Kind.EMPTY, "the reply has no text");
    }

    @Test
    void should_fail_with_refused_when_the_content_filter_withholds_the_reply() {
        stub.always(ok(WireSamples.reply(null, "content_filter")));

        assertFailure(Kind.REFUSED, "the endpoint withheld the reply (finish_reason content_filter)");
    }

    @Test
    void should_fail_with_rejected_after_one_request_when_the_model_does_not_exist() {
        stub.always(error(WireSamples.error("derived_errors.json", "404_model_not_found")));

        assertFailure(Kind.REJECTED, "model_not_found: The model `gpt-4o-mini` does not exist");
    }

    @Test
    void should_fail_with_rejected_when_the_endpoint_refuses_the_response_format() {
        stub.always(OpenAiStub.json(400, "{\"error\":{\"message\":\"Invalid parameter: 'response_format' of type"
                + " 'json_schema' is not supported with this model.\",\"type\":\"invalid_request_error\","
                + "\"param\":\"response_format\",\"code\":null}}"));

        assertFailure(Kind.REJECTED, "HTTP 400: Invalid parameter: 'response_format'");
    }

    private static ModelFailure assertFailure(Kind kind, String messagePart) {
        Throwable thrown = catchThrowable(() -> stub.client().complete("system", "user", new DraftJson().schema()));
        assertThat(thrown).isInstanceOf(ModelFailure.class).hasMessageContaining(messagePart)
                .hasMessageStartingWith("model endpoint " + stub.baseUrl() + ": ")
                .hasMessageNotContaining("\n");
        ModelFailure failure = (ModelFailure) thrown;
        assertThat(failure.kind()).isEqualTo(kind);
        assertThat(stub.requests()).as("requests (none of these is retried)").hasSize(1);
        assertThat(stub.waits()).isEmpty();
        return failure;
    }
}
