package io.factline.chat;

import io.factline.narrative.PromptBuilder;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How the chat reaches a model, when one is configured.
 *
 * @param settings     the model settings, for the values an answer must never reveal (key, endpoint)
 * @param maxRepairs   repair prompts after a rejected answer before the offline answer is used
 * @param maxToolCalls tool calls the model may make for one draft
 * @param budget       time one answer may take with the model (by {@code clock}); then the offline answer
 */
public record ModelPath(ModelClient client, PromptBuilder prompts, ModelSettings settings, int maxRepairs,
                        int maxToolCalls, Duration budget, Clock clock) {

    /**
     * The model settings a chat answer uses: a reader is waiting, so one request may take at most the
     * answer's budget, is retried at most once, and waits at most 5 s for a retry.
     */
    public static ModelSettings forChat(ModelSettings s, Duration budget) {
        Duration timeout = s.timeout().compareTo(budget) > 0 ? budget : s.timeout();
        Duration wait = s.maxWait().compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : s.maxWait();
        return new ModelSettings(s.apiKey(), s.baseUrl(), s.customBaseUrl(), s.model(), timeout, s.maxTokens(),
                Math.min(s.maxRetries(), 1), wait, s.jsonMode());
    }

    /** What must never appear in an answer: the key, the base URL and its host. */
    List<String> secrets() {
        List<String> out = new ArrayList<>();
        settings.apiKey().ifPresent(out::add);
        out.add(settings.baseUrl());
        out.add(settings.endpointForDisplay());
        try {
            String host = URI.create(settings.baseUrl()).getHost();
            if (host != null && !host.equals("api.openai.com")) out.add(host);   // a public host name is no secret
        } catch (IllegalArgumentException e) {
            // the settings checked the URL already; nothing more to add
        }
        return out;
    }
}
