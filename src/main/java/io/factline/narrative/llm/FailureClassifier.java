package io.factline.narrative.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.http.Headers;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIServiceException;
import io.factline.narrative.llm.ModelFailure.Kind;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what a failed call threw into a {@link Diagnosis}. LangChain4j's official OpenAI module does
 * not wrap the SDK's exceptions (checked against WireMock with langchain4j 1.19.0, module
 * 1.11.0-beta19, openai-java 4.101.0), so what arrives is:
 * <ul>
 *   <li>an {@link OpenAIServiceException} subclass for any HTTP error status, carrying the status,
 *       headers and the parsed {@code error} object (code, type, message);</li>
 *   <li>{@link OpenAIInvalidDataException} when a body cannot be read as Chat Completions JSON
 *       (garbage, cut-off JSON, a broken chunked encoding);</li>
 *   <li>{@code OpenAIIoException} wrapping the transport's {@link IOException}: an
 *       {@link InterruptedIOException} ("timeout") when the request timeout fires, otherwise
 *       connection refused, reset, or the stream ending early;</li>
 *   <li>anything else from the module's own conversion, e.g. an IndexOutOfBoundsException for a
 *       200 reply with {@code choices: []}.</li>
 * </ul>
 */
final class FailureClassifier {

    /** Error codes OpenAI uses for an exhausted balance; retrying cannot help. */
    private static final Set<String> QUOTA_CODES = Set.of("insufficient_quota", "credit_balance_exhausted");

    /**
     * @param detail     one line for the user, without the endpoint (ModelClient adds it)
     * @param retryable  whether another attempt could succeed
     * @param serverWait what the server asked us to wait (retry-after-ms or Retry-After), if anything
     */
    record Diagnosis(Kind kind, String detail, boolean retryable, Optional<Duration> serverWait) {

        static Diagnosis of(Kind kind, String detail, boolean retryable) {
            return new Diagnosis(kind, detail, retryable, Optional.empty());
        }
    }

    private final Duration timeout;

    /** @param timeout the configured request timeout, named in the message when it fires */
    FailureClassifier(Duration timeout) {
        this.timeout = timeout;
    }

    Diagnosis classify(Throwable thrown) {
        Optional<OpenAIServiceException> http = find(thrown, OpenAIServiceException.class);
        if (http.isPresent()) return fromStatus(http.get());
        if (find(thrown, OpenAIInvalidDataException.class).isPresent()) {
            return Diagnosis.of(Kind.BAD_RESPONSE, "the reply is not readable Chat Completions JSON ("
                    + firstLine(deepest(thrown)) + ")", false);
        }
        if (find(thrown, InterruptedIOException.class).isPresent()) {
            return Diagnosis.of(Kind.TIMEOUT, "no complete reply within " + timeout.toSeconds() + " s", true);
        }
        Optional<IOException> io = find(thrown, IOException.class);
        if (io.isPresent()) {
            return Diagnosis.of(Kind.CONNECTION, "connection failed (" + firstLine(io.get()) + ")", true);
        }
        return Diagnosis.of(Kind.BAD_RESPONSE, "the reply could not be read (" + firstLine(thrown) + ")", false);
    }

    private Diagnosis fromStatus(OpenAIServiceException e) {
        int status = e.statusCode();
        Optional<String> code = e.code().filter(c -> !c.isBlank());
        String detail = code.orElse("HTTP " + status) + message(e).map(m -> ": " + m).orElse("");
        Optional<Duration> wait = serverWait(e.headers());
        if (status == 401 || status == 403) return Diagnosis.of(Kind.AUTH, detail, false);
        if (status == 429) {
            boolean quota = code.filter(QUOTA_CODES::contains).isPresent()
                    || e.type().filter("insufficient_quota"::equals).isPresent();
            if (quota) return Diagnosis.of(Kind.QUOTA, detail, false);
            // "Request too large … Requested 250011" comes as rate_limit_exceeded, yet can never fit.
            boolean neverFits = message(e).filter(m -> m.startsWith("Request too large")).isPresent();
            return new Diagnosis(Kind.RATE_LIMITED, detail, !neverFits, wait);
        }
        if (status == 408) return new Diagnosis(Kind.TIMEOUT, detail, true, wait);
        if (status == 409 || status >= 500) return new Diagnosis(Kind.SERVER, detail, true, wait);
        return Diagnosis.of(Kind.REJECTED, detail, false);
    }

    /** The error object's message, or the SDK's "429: …" text without its status prefix. */
    private static Optional<String> message(OpenAIServiceException e) {
        try {
            JsonNode body = e.body().convert(JsonNode.class);
            if (body != null && body.path("message").isTextual() && !body.path("message").asText().isBlank()) {
                return Optional.of(body.path("message").asText());
            }
        } catch (RuntimeException notJson) {
            // fall through to the exception's own text
        }
        String text = String.valueOf(e.getMessage()).replaceFirst("^" + e.statusCode() + ":\\s*", "");
        return text.isBlank() || text.equals("Unknown") || text.equals("null") ? Optional.empty() : Optional.of(text);
    }

    /** retry-after-ms wins (finer grained, sent by OpenAI and Azure), then Retry-After in seconds. */
    private static Optional<Duration> serverWait(Headers headers) {
        Optional<Double> millis = number(headers.values("retry-after-ms"));
        if (millis.isPresent()) return Optional.of(Duration.ofMillis(Math.round(millis.get())));
        return number(headers.values("retry-after")).map(s -> Duration.ofMillis(Math.round(s * 1000)));
    }

    // An HTTP-date form of Retry-After is not used by OpenAI-compatible servers; it counts as absent.
    private static Optional<Double> number(List<String> values) {
        for (String value : values) {
            try {
                double n = Double.parseDouble(value.strip());
                if (n >= 0 && Double.isFinite(n)) return Optional.of(n);
            } catch (NumberFormatException ignored) {
                // not a number: try the next value, else absent
            }
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return Optional.of(type.cast(t));
            if (t.getCause() == t) break;
        }
        return Optional.empty();
    }

    private static Throwable deepest(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    private static String firstLine(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) message = message.substring(0, newline);
        return message.isEmpty() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + message;
    }
}
