package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactSheet;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelSettings;
import io.factline.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The repair loop with a fake model: what is served, what is retried, and what is never shown. */
public class CommentaryDeskTest {

    static final FactSheet SHEET = TemplateWriterTest.bundled("2026-03-23");
    public static final String GOOD = resource("llm-draft-good-2026-03-23.json");
    public static final String LYING = resource("llm-draft-lying-2026-03-23.json");

    final TemplateWriter template = new TemplateWriter(new Templates("narrative"));
    final CommentaryDesk desk = new CommentaryDesk(new Validator(), template, 2);

    @Test
    void should_serve_the_models_draft_when_it_passes_validation() {
        FakeChatModel model = new FakeChatModel(GOOD);

        Commentary c = desk.write(SHEET, writer(model));

        assertThat(c.writer()).isEqualTo("llm:gpt-4o-mini");
        assertThat(c.narrative()).startsWith("# Small caps lead the rebound: IWM jumped 2.16% [F25]");
        assertThat(c.validation().passed()).isTrue();
        assertThat(c.attempts()).extracting(Attempt::outcome).containsExactly("passed");
        assertThat(c.facts()).extracting(f -> f.id()).startsWith("F25", "F14", "F15");
    }

    @Test
    void should_send_the_findings_back_and_serve_the_repair_when_the_first_draft_has_wrong_numbers() {
        FakeChatModel model = new FakeChatModel(LYING, GOOD);

        Commentary c = desk.write(SHEET, writer(model));

        assertThat(c.writer()).isEqualTo("llm:gpt-4o-mini");
        assertThat(c.attempts()).extracting(Attempt::outcome).containsExactly("rejected", "passed");
        assertThat(c.attempts().get(0).findings()).extracting(Finding::message).containsExactly(
                "says 2.61% with \"jumped\" (+2.61), but fact F25 (IWM 1-day return) is +2.16%",
                "says 1.50% with \"rose\" (+1.5), but fact F14 (SPY 1-day return) is +1.05%",
                "says 16.5x, but fact F34 (IWM P/E ratio) is 18.08");
        String repairPrompt = model.userMessages().get(1);
        // the failing sentence goes back marked as failing, with its finding; the passing ones plain
        assertThat(repairPrompt).contains("was rejected")
                .contains(">> Small caps lead the rebound: IWM jumped 2.61% [F25]\n      finding: \"2.61%\": says 2.61%")
                .contains("\n   Stocks rallied on Monday.\n");
        assertThat(c.narrative()).doesNotContain("2.61%").doesNotContain("16.5x");
    }

    @Test
    void should_fall_back_to_the_template_when_the_model_keeps_lying() {
        FakeChatModel model = new FakeChatModel(LYING);

        Commentary c = desk.write(SHEET, writer(model));

        assertThat(c.writer()).isEqualTo("template");
        assertThat(c.attempts()).extracting(Attempt::writer, Attempt::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple("llm:gpt-4o-mini", "rejected"),
                org.assertj.core.groups.Tuple.tuple("llm:gpt-4o-mini", "rejected"),
                org.assertj.core.groups.Tuple.tuple("llm:gpt-4o-mini", "rejected"),
                org.assertj.core.groups.Tuple.tuple("template", "passed"));
        assertThat(c.narrative()).isEqualTo(Narrative.of(template.draft(SHEET)))
                .doesNotContain("2.61%");
    }

    @Test
    void should_reject_a_draft_whose_risk_bullet_cites_no_fact() {
        String uncited = GOOD.replace("\"SPY is down 4.84% [F15] over the past 30 sessions.\"",
                "\"Markets can fall as well as rise.\"");
        FakeChatModel model = new FakeChatModel(uncited, GOOD);

        Commentary c = desk.write(SHEET, writer(model));

        assertThat(c.attempts().get(0).findings()).extracting(Finding::message).containsExactly("risk bullet 1 cites no fact");
        assertThat(c.attempts()).extracting(Attempt::outcome).containsExactly("rejected", "passed");
    }

    @Test
    void should_serve_the_template_directly_when_no_model_is_configured() {
        Commentary c = desk.write(SHEET, template);

        assertThat(c.writer()).isEqualTo("template");
        assertThat(c.attempts()).hasSize(1);
        assertThat(c.dataNotes()).contains("^RUT: no bar on 2026-03-23; last bar 2026-02-23 (20 sessions behind ^GSPC).");
    }

    private static Writer writer(FakeChatModel model) {
        ModelSettings settings = ModelSettings.fromEnvironment(Map.of("OPENAI_API_KEY", "sk-test"));
        return new LlmWriter(new ModelClient(model, settings, d -> { }), new PromptBuilder(new Templates("prompts")));
    }

    static String resource(String name) {
        try (InputStream in = CommentaryDeskTest.class.getResourceAsStream("/narrative/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
