package io.factline.narrative.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Response bodies built from the recorded OpenAI samples in {@code src/test/resources/wire/openai}. */
public final class WireSamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The recorded 200 reply with its content replaced; finish_reason stays "stop". */
    public static String reply(String content) {
        return reply(content, "stop");
    }

    /** The recorded 200 reply with content (JSON null when {@code content} is null) and finish_reason replaced. */
    public static String reply(String content, String finishReason) {
        ObjectNode body = recordedReply();
        ObjectNode choice = (ObjectNode) body.path("choices").get(0);
        ((ObjectNode) choice.path("message")).put("content", content);
        choice.put("finish_reason", finishReason);
        return body.toString();
    }

    /** The recorded reply with {@code content: null} and a refusal, as structured outputs send one. */
    public static String refusal(String refusal) {
        ObjectNode body = recordedReply();
        ObjectNode message = (ObjectNode) body.path("choices").get(0).path("message");
        message.putNull("content");
        message.put("refusal", refusal);
        return body.toString();
    }

    /** The recorded tool-call reply asking for one call of {@code name} with these JSON {@code arguments}. */
    public static String toolCall(String id, String name, String arguments) {
        ObjectNode body = (ObjectNode) read(text("chat_completion_tool_calls.json")).path("response_body").deepCopy();
        ObjectNode call = (ObjectNode) body.path("choices").get(0).path("message").path("tool_calls").get(0);
        call.put("id", id);
        ((ObjectNode) call.path("function")).put("name", name).put("arguments", arguments);
        return body.toString();
    }

    /** The recorded reply with {@code choices: []}. */
    public static String noChoices() {
        ObjectNode body = recordedReply();
        body.putArray("choices");
        return body.toString();
    }

    /** The text the recorded stream with finish_reason "length" delivered before it was cut. */
    public static String truncatedContent() {
        String stream = text("chat_completion_stream_finish_length.txt");
        StringBuilder content = new StringBuilder();
        for (String line : stream.split("\n")) {
            if (!line.startsWith("data: {")) continue;
            JsonNode delta = read(line.substring("data: ".length())).path("choices").path(0).path("delta");
            if (delta.path("content").isTextual()) content.append(delta.path("content").asText());
        }
        return content.toString();
    }

    /** An error sample: {@code file} is errors.json or derived_errors.json, {@code name} its entry. */
    public static Error error(String file, String name) {
        JsonNode entry = read(text(file)).path(name);
        if (entry.isMissingNode()) throw new IllegalArgumentException("no sample " + name + " in " + file);
        return new Error(entry.path("status").asInt(), entry.path("body").toString());
    }

    public record Error(int status, String body) {
    }

    private static ObjectNode recordedReply() {
        return (ObjectNode) read(text("chat_completion_nonstream.json")).path("response_body").deepCopy();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String file) {
        try (InputStream in = WireSamples.class.getResourceAsStream("/wire/openai/" + file)) {
            if (in == null) throw new IllegalStateException("missing test resource wire/openai/" + file);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WireSamples() {
    }
}
