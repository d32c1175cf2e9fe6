package io.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.TemplateWriter;
import io.factline.narrative.Templates;
import io.factline.sync.Markets;
import io.factline.testing.Run;
import io.factline.validation.Validator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: when a template sentence fails and is left out, the main job still succeeds and says on
 * stderr and in its JSON what was left out and why. The commentary command is wired as in Main, over
 * the test templates {@code narrative-failing/} (headline and summary each with an unsupported figure).
 */
class LeftOutSentenceCliTest {

    @Test
    void should_exit_0_and_name_each_left_out_sentence_on_stderr_when_a_template_sentence_fails() {
        // when
        Run run = run("commentary", "--date", "2026-03-23");

        // then
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# Market commentary for March 23, 2026\n").doesNotContain("12%");
        assertThat(run.err().lines().toList()).hasSize(2).allMatch(l -> l.startsWith("factline: 2026-03-23: left out of "));
        assertThat(run.err()).contains("left out of summary: \"The rebound has now lifted the index 12% off its spring low.\" "
                + "(\"12%\": ");
    }

    @Test
    void should_list_what_was_left_out_and_why_in_the_json() throws Exception {
        // when
        Run run = run("commentary", "--date", "2026-03-23", "--format", "json");

        // then
        JsonNode omitted = new ObjectMapper().readTree(run.out()).get("omitted");
        assertThat(omitted).hasSize(2);
        assertThat(omitted.get(1).get("section").asText()).isEqualTo("summary");
        assertThat(omitted.get(1).get("sentence").asText()).isEqualTo("The rebound has now lifted the index 12% off its spring low.");
        assertThat(omitted.get(1).get("findings").get(0).get("text").asText()).isEqualTo("12%");
        assertThat(omitted.get(1).get("findings").get(0).get("message").asText()).isNotBlank();
    }

    private static Run run(String... args) {
        TemplateWriter failing = new TemplateWriter(new Templates("narrative-failing"));
        CommentaryDesk desk = new CommentaryDesk(new Validator(), failing, 2);
        Markets markets = new Markets(new CsvMarketLoader(), () -> {
            throw new IllegalStateException("this test reads no database");
        });
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Cli.build(new PrintWriter(out, true), new PrintWriter(err, true),
                new CommentaryCommand(markets, new FactEngine(), desk, failing, Optional::empty)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
