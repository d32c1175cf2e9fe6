package io.factline.narrative.llm;

import io.github.cdimascio.dotenv.Dotenv;
import io.github.cdimascio.dotenv.DotenvEntry;
import io.github.cdimascio.dotenv.DotenvException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the model: any OpenAI-compatible Chat Completions endpoint (OpenAI, Azure OpenAI,
 * Ollama, vLLM). Temperature is not a setting: it is always 0, so the same facts give the same draft
 * as far as the endpoint allows.
 *
 * @param apiKey         secret; never printed ({@link #toString()} redacts it)
 * @param baseUrl        endpoint root without a trailing slash, e.g. {@code https://api.openai.com/v1}
 * @param customBaseUrl  true when OPENAI_BASE_URL was given (a keyless local endpoint counts as configured)
 * @param timeout        per request, connect to last byte
 * @param maxTokens      cap on the reply's length, sent as {@code max_tokens}
 * @param maxRetries     retries after the first request, for the failures that are worth retrying
 * @param maxWait        cap on any single wait between attempts, including a server's Retry-After
 */
public record ModelSettings(Optional<String> apiKey, String baseUrl, boolean customBaseUrl, String model,
                            Duration timeout, int maxTokens, int maxRetries, Duration maxWait, JsonMode jsonMode) {

    public static final String API_KEY = "OPENAI_API_KEY";
    public static final String BASE_URL = "OPENAI_BASE_URL";
    public static final String MODEL = "FACTLINE_MODEL";
    public static final String TIMEOUT_SECONDS = "FACTLINE_MODEL_TIMEOUT_SECONDS";
    public static final String MAX_TOKENS = "FACTLINE_MODEL_MAX_TOKENS";
    public static final String MAX_RETRIES = "FACTLINE_MODEL_MAX_RETRIES";
    public static final String MAX_WAIT_SECONDS = "FACTLINE_MODEL_MAX_WAIT_SECONDS";
    public static final String JSON = "FACTLINE_MODEL_JSON";

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    public ModelSettings {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(jsonMode, "jsonMode");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be > 0");
        if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be >= 1");
        if (maxRetries < 0) throw new IllegalArgumentException("maxRetries must be >= 0");
        if (maxWait.isNegative()) throw new IllegalArgumentException("maxWait must be >= 0");
        apiKey = apiKey.filter(key -> !key.isBlank());
    }

    /**
     * Reads the settings from environment variables; blank values count as unset.
     *
     * @throws ModelConfigError naming the variable when a value cannot be used
     */
    public static ModelSettings fromEnvironment(Map<String, String> env) {
        Optional<String> baseUrl = value(env, BASE_URL);
        return new ModelSettings(
                value(env, API_KEY),
                baseUrl.map(ModelSettings::checkedBaseUrl).orElse(DEFAULT_BASE_URL),
                baseUrl.isPresent(),
                value(env, MODEL).orElse(DEFAULT_MODEL),
                Duration.ofSeconds(number(env, TIMEOUT_SECONDS, 60, 1)),
                number(env, MAX_TOKENS, 2000, 1),
                number(env, MAX_RETRIES, 3, 0),
                Duration.ofSeconds(number(env, MAX_WAIT_SECONDS, 30, 0)),
                value(env, JSON).map(ModelSettings::jsonMode).orElse(JsonMode.SCHEMA));
    }

    /**
     * The variables of {@code workingDir/.env} (if the file exists) overlaid by {@code environment}:
     * the real environment wins, so a deployment can override a developer's file.
     *
     * @throws ModelConfigError when the file exists but cannot be read
     */
    public static Map<String, String> withDotEnv(Path workingDir, Map<String, String> environment) {
        Map<String, String> merged = new HashMap<>();
        Path dir = workingDir.toAbsolutePath();
        if (Files.isRegularFile(dir.resolve(".env"))) {
            try {
                Dotenv file = Dotenv.configure().directory(dir.toString()).load();
                for (DotenvEntry entry : file.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE)) {
                    merged.put(entry.getKey(), entry.getValue());
                }
            } catch (DotenvException e) {
                // The library's message may quote the offending line, which could hold the key.
                throw new ModelConfigError(dir.resolve(".env").toString(), "cannot be read as KEY=value lines");
            }
        }
        merged.putAll(environment);
        return merged;
    }

    /** True when a key or a base URL is set: {@code --drafter auto} then uses the model. */
    public boolean configured() {
        return apiKey.isPresent() || customBaseUrl;
    }

    /** The base URL without any user:password part, for messages. */
    public String endpointForDisplay() {
        URI uri = URI.create(baseUrl);
        if (uri.getRawUserInfo() == null) return baseUrl;
        return baseUrl.replace(uri.getRawUserInfo() + "@", "");
    }

    @Override
    public String toString() {
        return "ModelSettings[apiKey=" + (apiKey.isPresent() ? "(set, redacted)" : "(none)")
                + ", baseUrl=" + endpointForDisplay() + ", customBaseUrl=" + customBaseUrl + ", model=" + model
                + ", timeout=" + timeout.toSeconds() + "s, maxTokens=" + maxTokens + ", maxRetries=" + maxRetries
                + ", maxWait=" + maxWait.toSeconds() + "s, jsonMode=" + jsonMode + "]";
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int number(Map<String, String> env, String name, int fallback, int min) {
        Optional<String> text = value(env, name);
        if (text.isEmpty()) return fallback;
        int n;
        try {
            n = Integer.parseInt(text.get());
        } catch (NumberFormatException e) {
            throw new ModelConfigError(name, "'" + text.get() + "' is not a whole number");
        }
        if (n < min) throw new ModelConfigError(name, n + " is below the minimum of " + min);
        return n;
    }

    private static String checkedBaseUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new ModelConfigError(BASE_URL, "'" + text + "' is not a URL");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw new ModelConfigError(BASE_URL, "'" + text + "' is not an http(s) URL, e.g. " + DEFAULT_BASE_URL);
        }
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    private static JsonMode jsonMode(String text) {
        try {
            return JsonMode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ModelConfigError(JSON, e.getMessage());
        }
    }
}
