package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.drafts.Samples;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftApiTest {

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
    void should_create_a_validated_draft_with_its_sheet_and_attempts_when_an_editor_posts_a_date() {
        var reply = desk.postJson(desk.editorToken, "/api/commentary", Map.of("date", "2026-03-23", "drafter", "template"));

        assertThat(reply.status()).isEqualTo(201);
        JsonNode d = reply.json();
        assertThat(reply.header("Location")).contains("/api/drafts/" + d.get("id").asLong());
        assertThat(d.get("asOf").asText()).isEqualTo("2026-03-23");
        assertThat(d.get("state").asText()).isEqualTo("draft");
        assertThat(d.get("writer").asText()).isEqualTo("template");
        assertThat(d.get("version").asInt()).isEqualTo(1);
        assertThat(d.get("validation").get("verdict").asText()).isEqualTo("pass");
        assertThat(d.get("text").asText()).contains("SPY rose 1.05% [F14]");
        assertThat(d.get("attempts").get(0).get("outcome").asText()).isEqualTo("passed");
        assertThat(d.get("facts")).anySatisfy(f -> assertThat(f.get("id").asText()).isEqualTo("F14"));
        assertThat(d.get("events").get(0).get("action").asText()).isEqualTo("create");
        assertThat(d.get("events").get(0).get("actor").asText()).isEqualTo("erin");
    }

    @Test
    void should_answer_400_naming_the_field_when_the_commentary_request_is_unusable() {
        assertBad(desk.postJson(desk.editorToken, "/api/commentary", Map.of("drafter", "template")), "date");
        assertBad(desk.postJson(desk.editorToken, "/api/commentary", Map.of("date", "2026-13-45")), "date");
        assertBad(desk.postJson(desk.editorToken, "/api/commentary", Map.of("date", 20260323)), "date");
        var noData = desk.postJson(desk.editorToken, "/api/commentary", Map.of("date", "2026-03-22"));
        assertBad(noData, "date");
        assertThat(noData.json().get("message").asText()).contains("nearest dates with data: 2026-03-20, 2026-03-23");
        assertBad(desk.postJson(desk.editorToken, "/api/commentary", Map.of("date", "2026-03-23", "drafter", "poet")), "drafter");
        var noModel = desk.postJson(desk.editorToken, "/api/commentary", Map.of("date", "2026-03-23", "drafter", "llm"));
        assertBad(noModel, "drafter");
        assertThat(noModel.json().get("message").asText()).contains("no model is configured");
        assertBad(desk.postJson(desk.editorToken, "/api/commentary", "{\"date\": \"2026-03-23\""), "body");
        assertBad(desk.postJson(desk.editorToken, "/api/commentary", "[1, 2]"), "body");
        assertBad(desk.postJson(desk.editorToken, "/api/commentary", ""), "body");
    }

    @Test
    void should_answer_400_on_a_body_over_one_megabyte_with_or_without_a_content_length() {
        String big = "{\"date\": \"2026-03-23\", \"pad\": \"" + "x".repeat(Bodies.MAX_BYTES) + "\"}";

        var declared = desk.postJson(desk.editorToken, "/api/commentary", big);
        var chunked = desk.send(desk.request(desk.editorToken, "/api/commentary").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));

        assertBad(declared, "body");
        assertBad(chunked, "body");
        assertThat(declared.json().get("message").asText()).contains("over 1 MB");
    }

    @Test
    void should_list_drafts_with_verdict_and_state_and_filter_by_a_known_state_only() {
        long id = desk.draft();
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/transitions", Map.of("action", "submit"));

        var all = desk.get(desk.editorToken, "/api/drafts");
        var inReview = desk.get(desk.editorToken, "/api/drafts?state=in_review");
        var bad = desk.get(desk.editorToken, "/api/drafts?state=pending");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json()).anySatisfy(d -> {
            assertThat(d.get("id").asLong()).isEqualTo(id);
            assertThat(d.get("verdict").asText()).isEqualTo("pass");
            assertThat(d.get("state").asText()).isEqualTo("in_review");
            assertThat(d.get("updatedBy").asText()).isEqualTo("erin");
        });
        assertThat(inReview.json()).allSatisfy(d -> assertThat(d.get("state").asText()).isEqualTo("in_review"));
        assertBad(bad, "state");
    }

    @Test
    void should_read_a_draft_and_an_older_version_and_answer_404_for_unknown_ids_and_versions() {
        long id = desk.draft();
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", Samples.wrongNumber()));

        var current = desk.get(desk.editorToken, "/api/drafts/" + id);
        var first = desk.get(desk.editorToken, "/api/drafts/" + id + "?version=1");

        assertThat(current.json().get("version").asInt()).isEqualTo(2);
        assertThat(current.json().get("validation").get("verdict").asText()).isEqualTo("fail");
        assertThat(first.json().get("version").asInt()).isEqualTo(1);
        assertThat(first.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(first.json().get("text").asText()).isEqualTo(Samples.commentary().narrative());
        assertThat(desk.get(desk.editorToken, "/api/drafts/999999").status()).isEqualTo(404);
        assertThat(desk.get(desk.editorToken, "/api/drafts/" + id + "?version=9").status()).isEqualTo(404);
        assertBad(desk.get(desk.editorToken, "/api/drafts/abc"), "id");
        assertBad(desk.get(desk.editorToken, "/api/drafts/" + id + "?version=zero"), "version");
    }

    @Test
    void should_save_an_edit_as_a_new_validated_version_and_keep_the_old_one() {
        long id = desk.draft();

        var saved = desk.postJson(desk.editor, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1,
                "text", Samples.wrongNumber().replace("\n", "\r\n")));

        assertThat(saved.status()).isEqualTo(201);
        JsonNode v2 = saved.json();
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("text").asText()).doesNotContain("\r").isEqualTo(Samples.wrongNumber());
        assertThat(v2.get("validation").get("verdict").asText()).isEqualTo("fail");
        assertThat(v2.get("validation").get("claims")).anySatisfy(c -> {
            assertThat(c.get("text").asText()).isEqualTo("1.95%");
            assertThat(c.get("status").asText()).isEqualTo("mismatch");
        });
        assertThat(v2.get("versions")).hasSize(2);
        assertThat(desk.store.version(id, 1).orElseThrow().body()).isEqualTo(Samples.commentary().narrative());
    }

    @Test
    void should_answer_409_with_the_current_version_when_saving_on_a_stale_base() {
        long id = desk.draft();
        String text = Samples.commentary().narrative();
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", text + "\nMine.\n"));

        var stale = desk.postJson(desk.adminToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", text + "\nTheirs.\n"));

        assertThat(stale.status()).isEqualTo(409);
        JsonNode body = stale.json();
        assertThat(body.get("error").asText()).isEqualTo("stale_version");
        assertThat(body.get("currentVersion").asInt()).isEqualTo(2);
        assertThat(body.get("current").get("author").asText()).isEqualTo("erin");
        assertThat(body.get("current").get("text").asText()).endsWith("Mine.\n");
        assertThat(desk.store.versions(id)).hasSize(2);
    }

    @Test
    void should_let_one_of_two_concurrent_saves_win_and_answer_409_with_the_winner_to_the_other() throws Exception {
        long id = desk.draft();
        String text = Samples.commentary().narrative();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<TestDesk.Reply>> replies = new ArrayList<>();
            for (TestDesk.Caller who : List.of(desk.editorToken, desk.adminToken)) {
                replies.add(pool.submit(() -> {
                    together.await();
                    return desk.postJson(who, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", text + "\n" + who + "\n"));
                }));
            }
            List<TestDesk.Reply> done = new ArrayList<>();
            for (var f : replies) done.add(f.get());

            assertThat(done).extracting(TestDesk.Reply::status).containsExactlyInAnyOrder(201, 409);
            TestDesk.Reply won = done.stream().filter(r -> r.status() == 201).findFirst().orElseThrow();
            TestDesk.Reply lost = done.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
            assertThat(lost.json().get("currentVersion").asInt()).isEqualTo(2);
            assertThat(lost.json().get("current").get("text").asText()).isEqualTo(won.json().get("text").asText());
            assertThat(desk.store.versions(id)).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_answer_400_naming_the_field_and_its_type_when_a_body_field_is_ill_typed() {
        // given
        long id = desk.draft();
        String drafts = "/api/drafts/" + id;

        // when
        var fractionalBase = desk.postJson(desk.editorToken, drafts + "/versions", Map.of("baseVersion", 1.5, "text", "x"));
        var numericText = desk.postJson(desk.editorToken, drafts + "/versions", Map.of("baseVersion", 1, "text", 5));
        var quotedVersion = desk.postJson(desk.editorToken, drafts + "/transitions", Map.of("action", "submit", "version", "1"));
        var hugeVersion = desk.postJson(desk.editorToken, drafts + "/restore", "{\"version\": 99999999999, \"baseVersion\": 1}");
        var nestedTitle = desk.postJson(desk.editorToken, drafts + "/facts", Map.of("subject", "^TNX", "label", "10-year yield",
                "value", 4.25, "unit", "percent", "asOf", "2026-03-23", "source", Map.of("title", 3, "url", "https://x.test/")));
        var quotedFlag = desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x", "date", "2026-03-23",
                "requireCitations", "yes"));

        // then
        assertBadSaying(fractionalBase, "baseVersion", "baseVersion must be a whole number");
        assertBadSaying(numericText, "text", "text must be a string");
        assertBadSaying(quotedVersion, "version", "version must be a whole number");
        assertBadSaying(hugeVersion, "version", "version must be a whole number");
        assertBadSaying(nestedTitle, "source.title", "source.title must be a string");
        assertBadSaying(quotedFlag, "requireCitations", "requireCitations must be true or false");
        assertThat(desk.store.versions(id)).hasSize(1);
    }

    private static void assertBadSaying(TestDesk.Reply reply, String field, String message) {
        assertBad(reply, field);
        assertThat(reply.json().get("message").asText()).isEqualTo(message);
    }

    @Test
    void should_answer_400_naming_the_field_when_a_save_lacks_base_version_or_text() {
        long id = desk.draft();

        assertBad(desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("text", "x")), "baseVersion");
        assertBad(desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", "one", "text", "x")), "baseVersion");
        assertBad(desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1)), "text");
        assertBad(desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", " \n ")), "text");
        assertThat(desk.postJson(desk.editorToken, "/api/drafts/424242/versions", Map.of("baseVersion", 1, "text", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void should_walk_draft_to_published_and_record_every_step_in_the_audit_trail() {
        long id = desk.draft();
        String path = "/api/drafts/" + id + "/transitions";

        var submitted = desk.postJson(desk.editorToken, path, Map.of("action", "submit", "version", 1));
        var approved = desk.postJson(desk.adminToken, path, Map.of("action", "approve", "version", 1, "note", "reads well"));
        var published = desk.postJson(desk.editorToken, path, Map.of("action", "publish"));

        assertThat(submitted.json().get("state").asText()).isEqualTo("in_review");
        assertThat(approved.json().get("state").asText()).isEqualTo("approved");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("state").asText()).isEqualTo("published");
        assertThat(published.json().get("publishedVersion").asInt()).isEqualTo(1);
        JsonNode events = published.json().get("events");
        assertThat(events).extracting(e -> e.get("action").asText() + ":" + e.get("actor").asText() + ":"
                        + e.get("from").asText() + "->" + e.get("to").asText())
                .containsExactly("create:erin:null->draft", "submit:erin:draft->in_review", "approve:ada:in_review->approved",
                        "publish:erin:approved->published");
        assertThat(events.get(2).get("note").asText()).isEqualTo("reads well");
        assertThat(published.json().get("override").isNull()).isTrue();
    }

    @Test
    void should_refuse_approval_with_422_and_the_report_when_the_current_version_fails_validation() {
        long id = failingDraftInReview();

        var refused = desk.postJson(desk.adminToken, "/api/drafts/" + id + "/transitions", Map.of("action", "approve"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("error").asText()).isEqualTo("approval_refused");
        assertThat(refused.json().get("validation").get("verdict").asText()).isEqualTo("fail");
        assertThat(refused.json().get("message").asText()).contains("version 2 fails validation");
        assertThat(desk.store.find(id).orElseThrow().state().wire()).isEqualTo("in_review");
    }

    @Test
    void should_refuse_an_override_with_400_naming_it_and_approve_nothing_when_a_failing_version_comes_with_a_reason() {
        long id = failingDraftInReview();
        String reason = "The provider corrected SPY's close after our load; 1.95% is the corrected figure.";

        var overridden = desk.postJson(desk.adminToken, "/api/drafts/" + id + "/transitions", Map.of("action", "approve", "override", reason));

        assertBad(overridden, "override");
        assertThat(overridden.json().get("message").asText()).contains("no longer possible", "/facts");
        assertThat(desk.store.find(id).orElseThrow().state().wire()).isEqualTo("in_review");
        assertThat(desk.store.events(id)).noneSatisfy(e -> assertThat(e.action()).isEqualTo("approve"));
    }

    @Test
    void should_require_a_note_to_reject_and_name_unknown_actions() {
        long id = desk.draft();
        String path = "/api/drafts/" + id + "/transitions";

        assertBad(desk.postJson(desk.editorToken, path, Map.of("action", "reject")), "note");
        assertBad(desk.postJson(desk.editorToken, path, Map.of("action", "reject", "note", "   ")), "note");
        assertBad(desk.postJson(desk.editorToken, path, Map.of("action", "delete")), "action");
        assertBad(desk.postJson(desk.editorToken, path, Map.of()), "action");
        assertBad(desk.postJson(desk.editorToken, path, Map.of("action", "submit", "version", "2")), "version");
        var rejected = desk.postJson(desk.editorToken, path, Map.of("action", "reject", "note", "wrong angle for the day"));
        assertThat(rejected.json().get("state").asText()).isEqualTo("rejected");
        assertThat(rejected.json().get("events").get(1).get("note").asText()).isEqualTo("wrong angle for the day");
    }

    @Test
    void should_answer_409_for_a_transition_the_state_does_not_allow_or_a_stale_version_and_404_for_an_unknown_draft() {
        long id = desk.draft();
        String path = "/api/drafts/" + id + "/transitions";
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", Samples.commentary().narrative()));

        var publishDraft = desk.postJson(desk.editorToken, path, Map.of("action", "publish"));
        var approveDraft = desk.postJson(desk.editorToken, path, Map.of("action", "approve"));
        var staleSubmit = desk.postJson(desk.editorToken, path, Map.of("action", "submit", "version", 1));

        assertThat(publishDraft.status()).isEqualTo(409);
        assertThat(publishDraft.json().get("error").asText()).isEqualTo("not_allowed");
        assertThat(publishDraft.json().get("state").asText()).isEqualTo("draft");
        assertThat(approveDraft.status()).isEqualTo(409);
        assertThat(staleSubmit.status()).isEqualTo(409);
        assertThat(staleSubmit.json().get("currentVersion").asInt()).isEqualTo(2);
        assertThat(desk.postJson(desk.editorToken, "/api/drafts/777777/transitions", Map.of("action", "submit")).status()).isEqualTo(404);
    }

    @Test
    void should_answer_409_when_editing_a_published_draft() {
        long id = desk.draft();
        String path = "/api/drafts/" + id + "/transitions";
        for (String action : List.of("submit", "approve", "publish")) {
            assertThat(desk.postJson(desk.adminToken, path, Map.of("action", action)).status()).as(action).isEqualTo(200);
        }

        var edit = desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", "changed"));

        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.json().get("message").asText()).contains("published cannot be edited");
    }

    private long failingDraftInReview() {
        long id = desk.draft();
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", Samples.wrongNumber()));
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/transitions", Map.of("action", "submit"));
        return id;
    }

    static void assertBad(TestDesk.Reply reply, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        JsonNode body = reply.json();
        assertThat(body.get("error").asText()).isEqualTo("bad_request");
        assertThat(body.get("field").asText()).as(body.toString()).isEqualTo(field);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
