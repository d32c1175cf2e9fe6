package io.factline.narrative.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelSettingsTest {

    @Test
    void should_use_defaults_when_nothing_is_set() {
        ModelSettings settings = ModelSettings.fromEnvironment(Map.of());

        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.baseUrl()).isEqualTo("https://api.openai.com/v1");
        assertThat(settings.model()).isEqualTo("gpt-4o-mini");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.maxTokens()).isEqualTo(2000);
        assertThat(settings.maxRetries()).isEqualTo(3);
        assertThat(settings.maxWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.jsonMode()).isEqualTo(JsonMode.SCHEMA);
        assertThat(settings.configured()).isFalse();
    }

    @Test
    void should_read_every_variable_when_all_are_set() {
        ModelSettings settings = ModelSettings.fromEnvironment(Map.of(
                "OPENAI_API_KEY", " sk-test-123 ",
                "OPENAI_BASE_URL", "http://localhost:11434/v1/",
                "FACTLINE_MODEL", "llama3.1:8b",
                "FACTLINE_MODEL_TIMEOUT_SECONDS", "5",
                "FACTLINE_MODEL_MAX_TOKENS", "800",
                "FACTLINE_MODEL_MAX_RETRIES", "0",
                "FACTLINE_MODEL_MAX_WAIT_SECONDS", "0",
                "FACTLINE_MODEL_JSON", "Object"));

        assertThat(settings.apiKey()).contains("sk-test-123");
        assertThat(settings.baseUrl()).isEqualTo("http://localhost:11434/v1");
        assertThat(settings.model()).isEqualTo("llama3.1:8b");
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.maxTokens()).isEqualTo(800);
        assertThat(settings.maxRetries()).isZero();
        assertThat(settings.maxWait()).isZero();
        assertThat(settings.jsonMode()).isEqualTo(JsonMode.OBJECT);
    }

    @Test
    void should_treat_blank_values_as_unset_when_a_dotenv_line_is_empty() {
        ModelSettings settings = ModelSettings.fromEnvironment(Map.of(
                "OPENAI_API_KEY", "", "OPENAI_BASE_URL", "  ", "FACTLINE_MODEL_TIMEOUT_SECONDS", ""));

        assertThat(settings.apiKey()).isEmpty();
        assertThat(settings.customBaseUrl()).isFalse();
        assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.configured()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"sk-x,,true", ",http://localhost:11434/v1,true", "sk-x,http://vllm:8000/v1,true", ",,false"})
    void should_be_configured_when_a_key_or_a_base_url_is_set(String key, String baseUrl, boolean configured) {
        Map<String, String> env = new java.util.HashMap<>();
        if (key != null) env.put("OPENAI_API_KEY", key);
        if (baseUrl != null) env.put("OPENAI_BASE_URL", baseUrl);

        assertThat(ModelSettings.fromEnvironment(env).configured()).isEqualTo(configured);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FACTLINE_MODEL_TIMEOUT_SECONDS | soon | 'soon' is not a whole number",
            "FACTLINE_MODEL_TIMEOUT_SECONDS | 0    | 0 is below the minimum of 1",
            "FACTLINE_MODEL_MAX_TOKENS      | 1.5  | '1.5' is not a whole number",
            "FACTLINE_MODEL_MAX_RETRIES     | -1   | -1 is below the minimum of 0",
            "FACTLINE_MODEL_MAX_WAIT_SECONDS| 30s  | '30s' is not a whole number",
            "FACTLINE_MODEL_JSON            | yaml | 'yaml' is not one of schema, object, off",
            "OPENAI_BASE_URL                | localhost:11434 | is not an http(s) URL",
            "OPENAI_BASE_URL                | http://exa mple | is not a URL"})
    void should_name_the_variable_when_a_value_is_invalid(String variable, String value, String problem) {
        assertThatThrownBy(() -> ModelSettings.fromEnvironment(Map.of(variable, value)))
                .isInstanceOf(ModelConfigError.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(variable + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void should_redact_the_key_when_printed() {
        ModelSettings settings = ModelSettings.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-proj-SECRET42"));

        assertThat(settings.toString()).doesNotContain("SECRET42").doesNotContain("sk-proj").contains("redacted");
    }

    @Test
    void should_hide_credentials_in_the_base_url_when_displayed() {
        ModelSettings settings = ModelSettings.fromEnvironment(Map.of("OPENAI_BASE_URL", "https://bob:pw@proxy.example/v1"));

        assertThat(settings.endpointForDisplay()).isEqualTo("https://proxy.example/v1");
        assertThat(settings.toString()).doesNotContain("pw@");
    }

    @Test
    void should_let_the_real_environment_win_when_dotenv_sets_the_same_variable(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".env"), "OPENAI_API_KEY=sk-from-file\nFACTLINE_MODEL=from-file\n"
                + "# a comment\nFACTLINE_MODEL_JSON=off\n");

        Map<String, String> env = ModelSettings.withDotEnv(dir, Map.of("FACTLINE_MODEL", "from-env"));
        ModelSettings settings = ModelSettings.fromEnvironment(env);

        assertThat(settings.model()).isEqualTo("from-env");
        assertThat(settings.apiKey()).contains("sk-from-file");
        assertThat(settings.jsonMode()).isEqualTo(JsonMode.OFF);
    }

    @Test
    void should_use_the_environment_alone_when_there_is_no_dotenv(@TempDir Path dir) {
        Map<String, String> env = ModelSettings.withDotEnv(dir, Map.of("FACTLINE_MODEL", "m"));

        assertThat(env).containsExactly(Map.entry("FACTLINE_MODEL", "m"));
    }

    @Test
    void should_fail_without_quoting_the_line_when_dotenv_is_malformed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".env"), "OPENAI_API_KEY sk-proj-SECRET42\n");

        assertThatThrownBy(() -> ModelSettings.withDotEnv(dir, Map.of()))
                .isInstanceOf(ModelConfigError.class)
                .hasMessageContaining(".env: cannot be read")
                .hasMessageNotContaining("SECRET42");
    }

    @Test
    void should_reject_an_impossible_record_when_built_directly() {
        assertThatThrownBy(() -> new ModelSettings(Optional.empty(), "http://x", true, "m", Duration.ZERO, 1, 0,
                Duration.ZERO, JsonMode.OFF)).isInstanceOf(IllegalArgumentException.class);
    }
}
