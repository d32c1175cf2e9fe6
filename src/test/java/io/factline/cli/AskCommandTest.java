package io.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.Main;
import io.factline.narrative.llm.OpenAiStub;
import io.factline.narrative.llm.WireSamples;
import io.factline.testing.Run;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ask command in-process, as from the shell. */
class AskCommandTest {

    @Test
    void should_print_the_validated_answer_with_footnotes_when_asked_offline() {
        Run run = run(Map.of(), "ask", "How did small caps do against large caps today?", "--date", "2026-03-23");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("On March 23, 2026, IWM surged 2.16% [F1] on the day and SPY rose 1.05% [F2].")
                .contains("Facts:\n[F1] IWM 1-day return (2026-03-23): +2.16%.")
                .contains("Sources:\nS1: ");
    }

    @Test
    void should_exit_zero_with_an_honest_answer_when_the_question_asks_for_a_forecast() {
        Run run = run(Map.of(), "ask", "Will SPY rise tomorrow?");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Factline does not forecast prices").doesNotContain("Facts:");
    }

    @Test
    void should_carry_facts_validation_writer_and_attempts_in_json() throws IOException {
        Run run = run(Map.of(), "ask", "What is IWM's beta?", "--format", "json", "--date", "2026-03-23");

        JsonNode a = new ObjectMapper().readTree(run.out());
        assertThat(a.get("writer").asText()).isEqualTo("offline");
        assertThat(a.get("validation").get("verdict").asText()).isEqualTo("pass");
        assertThat(a.get("facts").get(0).get("id").asText()).isEqualTo("F1");
        assertThat(a.get("date").asText()).isEqualTo("2026-03-23");
        assertThat(a.get("attempts")).hasSize(1);
    }

    @Test
    void should_exit_two_for_an_empty_or_over_long_question() {
        Run empty = run(Map.of(), "ask", "  ");
        Run tooLong = run(Map.of(), "ask", "x".repeat(501));

        assertThat(empty.exit()).isEqualTo(Cli.USER_ERROR);
        assertThat(empty.err()).isEqualTo("factline: the question is empty\n");
        assertThat(tooLong.exit()).isEqualTo(Cli.USER_ERROR);
        assertThat(tooLong.err()).contains("the limit is 500");
        assertThat(tooLong.out()).isEmpty();
    }

    @Test
    void should_exit_two_when_llm_is_asked_for_without_a_model() {
        Run run = run(Map.of(), "ask", "How did SPY do?", "--drafter", "llm");

        assertThat(run.exit()).isEqualTo(Cli.USER_ERROR);
        assertThat(run.err()).contains("--drafter llm needs a model");
    }

    @Test
    void should_answer_through_the_model_when_a_base_url_is_configured() {
        OpenAiStub stub = new OpenAiStub();
        stub.start();
        try {
            stub.always(OpenAiStub.ok(WireSamples.reply("IWM has a 252-day beta against SPY of 1.05 [F1].")));

            Run run = run(stub.environment(), "ask", "What is IWM's beta?", "--date", "2026-03-23");

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("IWM has a 252-day beta against SPY of 1.05 [F1].");
            assertThat(stub.requests()).hasSize(1);
        } finally {
            stub.stop();
        }
    }

    private static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(env, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
