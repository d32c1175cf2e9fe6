package io.factline.narrative.llm;

import static io.factline.narrative.llm.OpenAiStub.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.narrative.Draft;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes over the wire, and the good reply coming back, through the real ChatModel. */
class ModelClientRequestTest {

    private static final OpenAiStub stub = new OpenAiStub();
    private static final String DRAFT = "{\"headline\":\"Stocks edge up [F1]\",\"summary\":\"The S&P 500 rose 0.4% [F1].\","
            + "\"marketMoves\":\"\",\"sectors\":\"\",\"valuation\":\"\",\"risk\":\"\",\"technicals\":\"\","
            + "\"risks\":[],\"opportunities\":[],\"keyFigures\":[\"S&P 500 +0.4% [F1]\"]}";

    private final DraftJson draftJson = new DraftJson();

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
    void should_return_the_reply_text_when_the_endpoint_answers() {
        stub.always(ok(WireSamples.reply(DRAFT)));

        String text = stub.client().complete("You write commentary.", "Facts: F1 S&P 500 +0.4%", draftJson.schema());

        assertThat(text).isEqualTo(DRAFT);
        assertThat(draftJson.parse(text).keyFigures()).containsExactly("S&P 500 +0.4% [F1]");
        assertThat(stub.requests()).hasSize(1);
        assertThat(stub.waits()).isEmpty();
    }

    @Test
    void should_send_model_temperature_zero_max_tokens_and_both_messages_when_asked() {
        stub.always(ok(WireSamples.reply(DRAFT)));
        Map<String, String> env = stub.environment();
        env.put(ModelSettings.MODEL, "gpt-4o-2024-08-06");
        env.put(ModelSettings.MAX_TOKENS, "1234");

        stub.client(env).complete("You write commentary.", "Facts: F1 S&P 500 +0.4%", draftJson.schema());

        JsonNode body = stub.onlyRequestBody();
        assertThat(body.path("model").asText()).isEqualTo("gpt-4o-2024-08-06");
        assertThat(body.path("temperature").isNumber()).isTrue();
        assertThat(body.path("temperature").asDouble()).isZero();
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1234);
        assertThat(body.path("stream").asBoolean(false)).isFalse();
        assertThat(body.path("messages")).hasSize(2);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asText()).isEqualTo("You write commentary.");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(1).path("content").asText()).isEqualTo("Facts: F1 S&P 500 +0.4%");
        assertThat(stub.requests().get(0).getHeader("Authorization")).isEqualTo("Bearer " + OpenAiStub.KEY);
    }

    @Test
    void should_ask_for_a_strict_json_schema_when_the_mode_is_schema() {
        stub.always(ok(WireSamples.reply(DRAFT)));

        stub.client().complete("system", "user", draftJson.schema());

        JsonNode format = stub.onlyRequestBody().path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_schema");
        JsonNode jsonSchema = format.path("json_schema");
        assertThat(jsonSchema.path("name").asText()).isEqualTo("commentary_draft");
        assertThat(jsonSchema.path("strict").asBoolean()).isTrue();
        assertThat(jsonSchema.path("schema").path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(jsonSchema.path("schema").path("required")).hasSize(10);
        assertThat(jsonSchema.path("schema").path("properties").path("risks").path("type").asText()).isEqualTo("array");
    }

    @Test
    void should_ask_for_a_json_object_when_the_mode_is_object() {
        stub.always(ok(WireSamples.reply(DRAFT)));
        Map<String, String> env = stub.environment();
        env.put(ModelSettings.JSON, "object");

        stub.client(env).complete("Reply in JSON.", "user", draftJson.schema());

        JsonNode format = stub.onlyRequestBody().path("response_format");
        assertThat(format.path("type").asText()).isEqualTo("json_object");
        assertThat(format.has("json_schema")).isFalse();
    }

    @Test
    void should_send_no_response_format_when_the_mode_is_off() {
        stub.always(ok(WireSamples.reply(DRAFT)));
        Map<String, String> env = stub.environment();
        env.put(ModelSettings.JSON, "off");

        stub.client(env).complete("system", "user", draftJson.schema());

        assertThat(stub.onlyRequestBody().has("response_format")).isFalse();
    }

    @Test
    void should_send_no_response_format_when_no_schema_is_given() {
        stub.always(ok(WireSamples.reply("Plain answer.")));

        String text = stub.client().complete(null, "What moved today?", null);

        assertThat(text).isEqualTo("Plain answer.");
        JsonNode body = stub.onlyRequestBody();
        assertThat(body.has("response_format")).isFalse();
        assertThat(body.path("messages")).hasSize(1);
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("user");
    }

    @Test
    void should_send_a_placeholder_key_when_only_a_base_url_is_configured() {
        stub.always(ok(WireSamples.reply(DRAFT)));
        Map<String, String> env = stub.environment();
        env.remove(ModelSettings.API_KEY);

        String text = stub.client(env).complete("system", "user", draftJson.schema());

        assertThat(text).isEqualTo(DRAFT);
        assertThat(stub.requests().get(0).getHeader("Authorization"))
                .isEqualTo("Bearer " + OpenAiChatModelFactory.PLACEHOLDER_KEY);
    }

    @Test
    void should_report_the_configured_model_name_when_asked() {
        Map<String, String> env = stub.environment();
        env.put(ModelSettings.MODEL, "llama3.1:8b");

        assertThat(stub.client(env).modelName()).isEqualTo("llama3.1:8b");
    }

    @Test
    void should_parse_a_draft_when_the_reply_comes_back_fenced() {
        stub.always(ok(WireSamples.reply("```json\n" + DRAFT + "\n```")));

        Draft draft = draftJson.parse(stub.client().complete("system", "user", draftJson.schema()));

        assertThat(draft.headline()).isEqualTo("Stocks edge up [F1]");
    }
}
