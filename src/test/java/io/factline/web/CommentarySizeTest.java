package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.drafts.VersionText;
import io.factline.web.TestDesk.Reply;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 14, finding 3: a version's text is capped, its stored report too, and a large text renders. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentarySizeTest {

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
    void should_refuse_a_version_over_the_limit_on_the_api_and_the_form_naming_the_limit() {
        long id = desk.draft();
        String tooLong = "a".repeat(VersionText.MAX_CHARS + 1);

        Reply api = desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", tooLong));
        Reply form = desk.postForm(desk.editor, "/drafts/" + id + "/versions", Map.of("baseVersion", "1", "text", tooLong));
        Reply validate = desk.postJson(desk.editorToken, "/api/validate", Map.of("date", "2026-03-23", "text", tooLong));
        Reply validateDraft = desk.postJson(desk.editorToken, "/api/validate", Map.of("draftId", id, "text", tooLong));

        for (Reply r : new Reply[] {api, validate, validateDraft}) {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("field").asText()).isEqualTo("text");
            assertThat(r.json().get("message").asText()).contains("50,000 characters");
        }
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.body()).contains("50,000 characters");
        assertThat(desk.get(desk.editorToken, "/api/drafts/" + id).json().get("currentVersion").asInt()).isEqualTo(1);
    }

    @Test
    void should_refuse_a_figure_of_more_digits_than_any_market_figure() {
        String text = "SPY rose " + "9".repeat(VersionText.MAX_FIGURE_DIGITS + 1) + "% [F14] and " + "1,".repeat(30) + "5 more.";

        Reply r = desk.postJson(desk.editorToken, "/api/validate", Map.of("date", "2026-03-23", "text", text));
        Reply fine = desk.postJson(desk.editorToken, "/api/validate", Map.of("date", "2026-03-23",
                "text", "SPY rose 1.05% [F14] on 1,234,567,890,123 shares. " + "1.2 ".repeat(1000)));

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("field").asText()).isEqualTo("text");
        assertThat(r.json().get("message").asText()).contains("over 40 digits");
        assertThat(fine.status()).isEqualTo(200);
    }

    @Test
    void should_publish_and_render_a_text_of_the_largest_size_of_bold_runs() {
        long id = desk.draft();
        String text = "**a** ".repeat(VersionText.MAX_CHARS / 6);
        String path = "/api/drafts/" + id + "/transitions";

        Reply saved = desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", text));
        desk.postJson(desk.editorToken, path, Map.of("action", "submit", "version", 2));
        desk.postJson(desk.adminToken, path, Map.of("action", "approve", "version", 2));
        Reply published = desk.postJson(desk.editorToken, path, Map.of("action", "publish"));
        Reply page = desk.get(TestDesk.Caller.ANONYMOUS, "/published/" + id);
        Reply draftPage = desk.get(desk.editor, "/drafts/" + id);

        assertThat(saved.status()).isLessThan(300);
        assertThat(published.json().get("state").asText()).isEqualTo("published");
        assertThat(page.status()).isEqualTo(200);
        assertThat(count(page.body(), "<strong>a</strong>")).isEqualTo(VersionText.MAX_CHARS / 6);
        assertThat(count(draftPage.body(), "<strong>a</strong>")).isEqualTo(VersionText.MAX_CHARS / 6);
    }

    @Test
    void should_store_a_bounded_report_with_a_note_saying_how_many_entries_were_left_out() {
        long id = desk.draft();
        String text = "SPY rose 1.05% [F14]. ".repeat(VersionText.MAX_CHARS / 23);

        Reply saved = desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", text));
        JsonNode stored = desk.get(desk.editorToken, "/api/drafts/" + id).json().get("validation");

        assertThat(saved.status()).isLessThan(300);
        assertThat(stored.get("claims").size() + stored.get("problems").size()).isLessThanOrEqualTo(VersionText.MAX_REPORT_ENTRIES + 1);
        JsonNode last = stored.get("problems").get(stored.get("problems").size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("report_truncated");
        assertThat(last.get("message").asText()).contains("not stored");
        assertThat(stored.get("verdict").asText()).isEqualTo("pass");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
