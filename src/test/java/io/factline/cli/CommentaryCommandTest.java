package io.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.Main;
import io.factline.narrative.llm.OpenAiStub;
import io.factline.narrative.llm.WireSamples;
import io.factline.testing.Golden;
import io.factline.testing.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CommentaryCommandTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-23", "2026-10-05"})
    void should_print_the_golden_template_commentary_when_no_model_is_configured(String date) throws IOException {
        Run run = run(Map.of(), "commentary", "--date", date);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        Golden.assertMatches("commentary/template-" + date + ".md", run.out());
    }

    @Test
    void should_carry_facts_validation_writer_and_attempts_in_json() throws IOException {
        Run run = run(Map.of(), "commentary", "--date", "2026-03-23", "--format", "json");

        JsonNode c = new ObjectMapper().readTree(run.out());
        assertThat(c.get("writer").asText()).isEqualTo("template");
        assertThat(c.get("validation").get("verdict").asText()).isEqualTo("pass");
        assertThat(c.get("attempts")).hasSize(1);
        assertThat(c.get("facts").get(0).get("formula").asText()).isNotEmpty();
        assertThat(c.get("narrative").asText()).startsWith("# Stocks rally on March 23, 2026");
    }

    @Test
    void should_render_a_standalone_html_page_with_footnote_links() {
        Run run = run(Map.of(), "commentary", "--date", "2026-03-23", "--format", "html");

        assertThat(run.out()).startsWith("<!doctype html>")
                .contains("<sup><a href=\"#F25\">F25</a></sup>")
                .contains("<li id=\"F25\">[F25] IWM 1-day return: +2.16%.");
    }

    @Test
    void should_use_the_model_when_a_base_url_is_configured() {
        OpenAiStub stub = new OpenAiStub();
        stub.start();
        try {
            stub.always(OpenAiStub.ok(WireSamples.reply(io.factline.narrative.CommentaryDeskTest.GOOD)));

            Run run = run(stub.environment(), "commentary", "--date", "2026-03-23");

            assertThat(run.exit()).isZero();
            assertThat(run.out()).startsWith("# Small caps lead the rebound: IWM jumped 2.16% [F25]")
                    .contains("*Written by llm:gpt-4o-mini after 1 attempt");
        } finally {
            stub.stop();
        }
    }

    @Test
    void should_fall_back_and_say_so_when_the_model_is_unreachable() {
        Run run = run(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:1/v1", "FACTLINE_MODEL_MAX_RETRIES", "0"),
                "commentary", "--date", "2026-03-23");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("*Written by template after 2 attempts");
        assertThat(run.err()).startsWith("factline: the model's drafts did not pass validation or the model failed");
    }

    @Test
    void should_exit_2_when_llm_is_asked_for_but_no_model_is_configured() {
        Run run = run(Map.of(), "commentary", "--drafter", "llm");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("factline: --drafter llm needs a model: set OPENAI_API_KEY or OPENAI_BASE_URL (see .env.example)\n");
    }

    @Test
    void should_exit_2_naming_the_variable_when_a_model_setting_is_invalid() {
        Run run = run(Map.of("OPENAI_API_KEY", "sk-x", "FACTLINE_MODEL_TIMEOUT_SECONDS", "soon"), "commentary");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("factline: FACTLINE_MODEL_TIMEOUT_SECONDS").doesNotContain("sk-x");
    }

    @Test
    void should_exit_2_and_print_nothing_when_the_date_has_no_data() {
        Run run = run(Map.of(), "commentary", "--date", "2026-03-21");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no data on 2026-03-21");
    }

    /** Runs with exactly this environment (no .env, no real keys), from the project root. */
    static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
