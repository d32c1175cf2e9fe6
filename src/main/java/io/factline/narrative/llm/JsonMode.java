package io.factline.narrative.llm;

import java.util.Locale;

/**
 * How the writer asks the endpoint for structured output ({@code FACTLINE_MODEL_JSON}). OpenAI
 * supports all three; older Ollama and vLLM builds reject {@code json_schema} and need {@code object}
 * or {@code off}. Whatever the mode, the reply is parsed defensively: the mode only improves the odds.
 */
public enum JsonMode {
    /** {@code response_format: {type: json_schema, json_schema: {..., strict: true}}}. */
    SCHEMA,
    /** {@code response_format: {type: json_object}}; the prompt must mention JSON (an OpenAI rule). */
    OBJECT,
    /** No {@code response_format}: the prompt alone asks for JSON. */
    OFF;

    /** @throws IllegalArgumentException for anything but schema, object or off (any case) */
    public static JsonMode parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (JsonMode mode : values()) {
            if (mode.name().toLowerCase(Locale.ROOT).equals(wanted)) return mode;
        }
        throw new IllegalArgumentException("'" + text + "' is not one of schema, object, off");
    }
}
