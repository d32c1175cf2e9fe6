package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.drafts.Samples;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** POST /api/drafts/{id}/check: the report the desk's editor shows, with quick fixes and the preview. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskApiTest {

    TestDesk desk;

    @BeforeAll
    void start() {
        desk = TestDesk.start();
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    @Test
    void should_answer_the_report_with_the_quick_fix_and_the_escaped_preview_when_a_figure_is_wrong() {
        long id = desk.draft();
        String text = "# Small caps lead <b>again</b>\n\nSPY rose 1.95% [F14] on the day. Small caps did the heavy lifting: IWM surged 2.16% on the day.";

        TestDesk.Reply r = desk.postJson(desk.editor, "/api/drafts/" + id + "/check", Map.of("text", text));

        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.get("verdict").asText()).isEqualTo("fail");
        JsonNode fixes = body.get("fixes");
        assertThat(fixes).hasSize(2);
        assertThat(fixes.get(0).get("label").asText()).isEqualTo("replace 1.95% with 1.05%");
        assertThat(text.substring(fixes.get(0).get("start").asInt(), fixes.get(0).get("end").asInt())).isEqualTo("1.95%");
        assertThat(fixes.get(0).get("replacement").asText()).isEqualTo("1.05%");
        assertThat(fixes.get(1).get("label").asText()).isEqualTo("cite [F25]");
        assertThat(fixes.get(1).get("start").asInt()).isEqualTo(fixes.get(1).get("end").asInt());
        String html = body.get("previewHtml").asText();
        assertThat(html).contains("<h2>Small caps lead &lt;b&gt;again&lt;/b&gt;</h2>", "claim-bad").doesNotContain("<h1>", "<b>again");
    }

    @Test
    void should_not_save_anything_when_checking() {
        long id = desk.draft();

        desk.postJson(desk.editor, "/api/drafts/" + id + "/check", Map.of("text", Samples.wrongNumber()));

        assertThat(desk.get(desk.editor, "/api/drafts/" + id).json().get("currentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void should_answer_400_naming_text_and_404_for_an_unknown_draft() {
        long id = desk.draft();

        TestDesk.Reply missing = desk.postJson(desk.editor, "/api/drafts/" + id + "/check", Map.of("words", "x"));
        TestDesk.Reply unknown = desk.postJson(desk.editor, "/api/drafts/999999/check", Map.of("text", "SPY rose 1.05% [F14]."));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("text");
        assertThat(unknown.status()).isEqualTo(404);
    }
}
