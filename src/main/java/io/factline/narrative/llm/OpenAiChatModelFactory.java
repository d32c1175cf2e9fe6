package io.factline.narrative.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openaiofficial.OpenAiOfficialChatModel;

/**
 * Builds the LangChain4j {@link ChatModel} over the official OpenAI Java SDK for any OpenAI-compatible
 * endpoint. Sampling and output options (temperature 0, max tokens, response format) are set per
 * request by {@link ModelClient}, so a fake model in tests sees them too.
 */
public final class OpenAiChatModelFactory {

    /**
     * Local servers (Ollama, vLLM) ignore the key, but the SDK refuses to build without one ("At least
     * one credential source must be specified"); without a key the module would also fall back to
     * reading OPENAI_API_KEY from the process environment itself.
     */
    static final String PLACEHOLDER_KEY = "no-key-configured";

    public ChatModel create(ModelSettings settings) {
        return OpenAiOfficialChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey().orElse(PLACEHOLDER_KEY))
                .modelName(settings.model())
                .timeout(settings.timeout())
                // The SDK would retry every 429, insufficient_quota included, with its own waits;
                // ModelClient owns the retry policy, so the SDK makes exactly one request per call.
                .maxRetries(0)
                // With strict json_schema OpenAI guarantees the reply matches the schema.
                .strictJsonSchema(true)
                .build();
    }
}
