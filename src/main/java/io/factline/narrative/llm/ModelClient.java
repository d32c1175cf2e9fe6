package io.factline.narrative.llm;

import dev.failsafe.Execution;
import dev.failsafe.RetryPolicy;
import io.factline.time.Sleeper;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.factline.narrative.llm.FailureClassifier.Diagnosis;
import io.factline.narrative.llm.ModelFailure.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The one door to the model for the writers: one prompt in, the reply's text out, or a
 * {@link ModelFailure}. Every request has temperature 0 and {@code max_tokens} from the settings.
 *
 * <p>Retry policy. At most {@code 1 + FACTLINE_MODEL_MAX_RETRIES} requests per call; every wait goes
 * through the {@link Sleeper} and is capped at {@code FACTLINE_MODEL_MAX_WAIT_SECONDS}.
 * <pre>
 * what happened                              retried?  wait before a retry                 then
 * 429 rate_limit_exceeded                    yes       retry-after-ms, Retry-After, else   RATE_LIMITED
 *                                                      backoff 1 s, 2 s, 4 s …
 * 429 "Request too large" (can never fit)    no        –                                   RATE_LIMITED
 * 429 insufficient_quota / credit_balance…   no        –                                   QUOTA
 * 401, 403                                   no        –                                   AUTH
 * 408                                        yes       as for 429                          TIMEOUT
 * 409, 500, 502, 503, 504, other 5xx         yes       as for 429                          SERVER
 * other 4xx (400, 404, 422 …)                no        –                                   REJECTED
 * request timeout (no reply in time)         yes       backoff                             TIMEOUT
 * connection refused / reset / cut off       yes       backoff                             CONNECTION
 * body is not Chat Completions JSON          no        –                                   BAD_RESPONSE
 * finish_reason "length"                     no        –                                   TRUNCATED
 * finish_reason "content_filter"             no        –                                   REFUSED
 * empty or null content                      no        –                                   EMPTY
 * </pre>
 * A truncated reply is never returned, not even in part: its text is incomplete. The same prompt at
 * temperature 0 would be cut again, so it is not retried either; the caller decides (shorter prompt,
 * more tokens, or the template writer). An interrupt during a wait ends the retries.
 *
 * <p>The policy is a Failsafe {@link RetryPolicy} (retry what the {@link FailureClassifier} calls retryable, at most
 * {@code FACTLINE_MODEL_MAX_RETRIES} times, waiting as above); each request runs as a standalone {@link Execution},
 * which leaves the waiting to the injected {@link Sleeper}. The SDK's own retries are off: it would retry every 429,
 * {@code insufficient_quota} included.
 */
public final class ModelClient {

    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final int MAX_DETAIL = 300;

    private final ChatModel model;
    private final ModelSettings settings;
    private final Sleeper sleeper;
    private final FailureClassifier classifier;
    private final RetryPolicy<ChatResponse> policy;

    public ModelClient(ChatModel model, ModelSettings settings, Sleeper sleeper) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.classifier = new FailureClassifier(settings.timeout());
        this.policy = RetryPolicy.<ChatResponse>builder()
                .handleIf((ChatResponse reply, Throwable thrown) -> thrown != null && !(thrown instanceof ModelFailure)
                        && classifier.classify(thrown).retryable())
                .withMaxRetries(settings.maxRetries())
                .withDelayFn(context -> waitBefore(context.getAttemptCount(), classifier.classify(context.getLastException())))
                .build();
    }

    /**
     * @param systemMessage  may be null or blank: then only the user message is sent
     * @param schemaOrNull   the reply's JSON schema, sent as FACTLINE_MODEL_JSON says (schema: as
     *                       {@code json_schema}, object: as {@code json_object}, off: not at all);
     *                       null asks for plain text
     * @return the reply's text, never blank
     * @throws ModelFailure when no usable reply came; see the class comment for the retry policy
     */
    public String complete(String systemMessage, String userMessage, JsonSchema schemaOrNull) {
        return textOf(send(request(systemMessage, userMessage, schemaOrNull)));
    }

    /**
     * One turn of a conversation the caller runs itself (an AI service with tools): the request's
     * messages, tools and response format are kept; temperature 0 and {@code max_tokens} are set here.
     * The same retry policy applies. A reply that asks for tool calls may have no text.
     *
     * @throws ModelFailure as {@link #complete}; TRUNCATED, REFUSED and EMPTY apply to this reply
     */
    public ChatResponse chat(ChatRequest request) {
        ChatRequestParameters parameters = ChatRequestParameters.builder()
                .overrideWith(request.parameters())
                .temperature(0.0)
                .maxOutputTokens(settings.maxTokens())
                .build();
        ChatResponse response = send(ChatRequest.builder().messages(request.messages()).parameters(parameters).build());
        if (response.aiMessage() != null && response.aiMessage().hasToolExecutionRequests()
                && response.finishReason() != FinishReason.LENGTH) {
            return response;
        }
        textOf(response);                  // throws for a cut, withheld or empty reply
        return response;
    }

    /** Sends with the retry policy of the class comment; the reply is not inspected here. */
    private ChatResponse send(ChatRequest request) {
        Execution<ChatResponse> execution = Execution.of(policy);
        while (true) {
            try {
                return model.chat(request);
            } catch (ModelFailure failure) {
                throw failure;
            } catch (RuntimeException thrown) {
                execution.recordException(thrown);
                Diagnosis diagnosis = classifier.classify(thrown);
                int attempt = execution.getAttemptCount();
                String tries = attempt > 1 ? " (gave up after " + attempt + " attempts)" : "";
                if (execution.isComplete()) throw failure(diagnosis.kind(), diagnosis.detail(), tries, thrown);
                try {
                    sleeper.sleep(execution.getDelay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();   // kept set for the caller; no more retries
                }
                if (Thread.currentThread().isInterrupted()) {
                    throw failure(diagnosis.kind(), diagnosis.detail(), "; interrupted while waiting to retry", thrown);
                }
            }
            // A reply that arrived but cannot be used is final (see textOf): retrying the same prompt
            // at temperature 0 would most likely bring the same reply.
        }
    }

    /** The model name the requests carry (FACTLINE_MODEL). */
    public String modelName() {
        return settings.model();
    }

    private ChatRequest request(String systemMessage, String userMessage, JsonSchema schema) {
        if (userMessage == null || userMessage.isBlank()) throw new IllegalArgumentException("userMessage is blank");
        List<ChatMessage> messages = new ArrayList<>();
        if (systemMessage != null && !systemMessage.isBlank()) messages.add(SystemMessage.from(systemMessage));
        messages.add(UserMessage.from(userMessage));
        DefaultChatRequestParameters.Builder<?> parameters = ChatRequestParameters.builder()
                .temperature(0.0)
                .maxOutputTokens(settings.maxTokens());
        if (schema != null && settings.jsonMode() == JsonMode.SCHEMA) {
            parameters.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
        } else if (schema != null && settings.jsonMode() == JsonMode.OBJECT) {
            parameters.responseFormat(ResponseFormat.JSON);
        }
        return ChatRequest.builder().messages(messages).parameters(parameters.build()).build();
    }

    private String textOf(ChatResponse response) {
        FinishReason finish = response.finishReason();
        if (finish == FinishReason.LENGTH) {
            throw failure(Kind.TRUNCATED, "the reply was cut off at the token limit (" + ModelSettings.MAX_TOKENS
                    + "=" + settings.maxTokens() + "); its text is incomplete and was discarded", "", null);
        }
        if (finish == FinishReason.CONTENT_FILTER) {
            throw failure(Kind.REFUSED, "the endpoint withheld the reply (finish_reason content_filter)", "", null);
        }
        String text = response.aiMessage() == null ? null : response.aiMessage().text();
        if (text == null || text.isBlank()) {
            throw failure(Kind.EMPTY, "the reply has no text (finish_reason "
                    + (finish == null ? "missing" : finish.name().toLowerCase(Locale.ROOT)) + ")", "", null);
        }
        return text;
    }

    /** Before retry number {@code attempt}: the server's wait if it gave one, else 1 s, 2 s, 4 s …; capped. */
    private Duration waitBefore(int attempt, Diagnosis diagnosis) {
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration wait = diagnosis.serverWait().orElse(backoff);
        return wait.compareTo(settings.maxWait()) > 0 ? settings.maxWait() : wait;
    }

    /** @param suffix how the attempts ended, appended after the (possibly shortened) detail */
    private ModelFailure failure(Kind kind, String detail, String suffix, Throwable cause) {
        // Some endpoints echo the credential in their error text; it must never reach a terminal or
        // log. Redact before shortening, so a cut cannot leave a recognisable piece of the key.
        String line = detail;
        if (settings.apiKey().isPresent()) line = line.replace(settings.apiKey().get(), "[redacted]");
        line = line.replaceAll("\\s+", " ").strip();
        if (line.length() > MAX_DETAIL) line = line.substring(0, MAX_DETAIL) + "…";
        return new ModelFailure(kind, "model endpoint " + settings.endpointForDisplay() + ": " + line + suffix, cause);
    }
}
