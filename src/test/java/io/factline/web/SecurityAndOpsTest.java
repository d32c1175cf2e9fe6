package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.web.TestDesk.Caller;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityAndOpsTest {

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
    void should_send_the_security_headers_on_pages_api_answers_errors_and_static_files() {
        long id = desk.draft();
        List<TestDesk.Reply> replies = List.of(
                desk.get(Caller.ANONYMOUS, "/"),
                desk.get(desk.editor, "/drafts/" + id),
                desk.get(desk.editorToken, "/api/drafts"),
                desk.get(Caller.ANONYMOUS, "/api/drafts"),
                desk.get(Caller.ANONYMOUS, "/no/such/page"),
                desk.get(Caller.ANONYMOUS, "/static/desk.css"),
                desk.get(Caller.ANONYMOUS, "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js"));

        for (TestDesk.Reply r : replies) {
            String csp = r.header("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(replies.get(1).header("Cache-Control")).contains("no-store");
        assertThat(replies.get(4).status()).isEqualTo(404);
        assertThat(replies.get(5).status()).isEqualTo(200);
        assertThat(replies.get(6).status()).isEqualTo(200);
        assertThat(replies.get(6).header("Content-Type").orElse("")).contains("javascript");
    }

    @Test
    void should_have_no_inline_script_or_style_in_any_page() {
        long id = desk.draft();
        for (String path : List.of("/", "/login", "/docs", "/drafts", "/drafts/" + id, "/account/tokens", "/admin/users")) {
            String html = desk.get(desk.admin, path).body();

            assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContain(" style=", "<style", "onclick=", "onload=");
        }
    }

    @Test
    void should_never_answer_500_to_malformed_or_mistyped_input() {
        long id = desk.draft();
        List<String> bodies = List.of("", "null", "[]", "{}", "\"text\"", "{\"date\":", "{\"date\": {}}", "{\"date\": []}",
                "{\"text\": null, \"date\": null}", "{\"baseVersion\": 1e400, \"text\": \"x\"}", "{\"baseVersion\": -1, \"text\": \"x\"}",
                "{\"baseVersion\": 99999999999, \"text\": \"x\"}", "{\"action\": 7}", "{\"action\": \"approve\", \"version\": \"x\"}",
                "{\"draftId\": -1, \"text\": \"x\"}", "{\"draftId\": 1.5, \"text\": \"x\"}", "{\"facts\": {\"asOf\": \"soon\"}, \"text\": \"x\"}",
                "{\"facts\": {\"asOf\": \"2026-03-23\", \"facts\": [{\"id\": \"F1\"}]}, \"text\": \"x\"}", "\u0000\u0001\u0002",
                "{\"text\": \"" + "9".repeat(5000) + "\", \"date\": \"2026-03-23\"}");
        List<String> paths = List.of("/api/commentary", "/api/drafts/" + id + "/versions", "/api/drafts/" + id + "/transitions",
                "/api/validate", "/api/drafts/x/versions", "/api/drafts/-4/transitions", "/api/ask");
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            for (String body : bodies) {
                TestDesk.Reply r = desk.postJson(desk.editorToken, path, body);
                if (r.status() >= 500) failures.add(path + " " + body.substring(0, Math.min(60, body.length())) + " -> " + r.status());
            }
        }
        for (String q : List.of("/api/facts?date=%00", "/api/facts?date=2026-02-30", "/api/chart?date=2026-03-23&symbols=%2C%2C",
                "/api/drafts/9999999999999999999999", "/api/drafts?state=", "/api/published?limit=-1", "/published/abc",
                "/drafts/0", "/api/chart?date=2026-03-23&symbols=" + "SPY,".repeat(30))) {
            TestDesk.Reply r = desk.get(desk.editorToken, q);
            if (r.status() >= 500) failures.add(q + " -> " + r.status());
        }
        TestDesk.Reply badForm = desk.send(desk.request(desk.editor, "/drafts/" + id + "/versions")
                .header("Content-Type", "application/x-www-form-urlencoded").header(Gate.CSRF_HEADER, desk.editor.csrf())
                .POST(HttpRequest.BodyPublishers.ofString("text=%E0%A4%A&baseVersion=1", StandardCharsets.UTF_8)));
        if (badForm.status() >= 500) failures.add("malformed form -> " + badForm.status());

        assertThat(failures).isEmpty();
        assertThat(badForm.status()).isEqualTo(400);
    }

    @Test
    void should_report_health_and_prometheus_metrics_by_route() {
        desk.get(desk.editorToken, "/api/drafts");

        TestDesk.Reply health = desk.get(Caller.ANONYMOUS, "/health");
        TestDesk.Reply metrics = desk.get(Caller.ANONYMOUS, "/metrics");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        assertThat(health.json().get("database").asText()).isEqualTo("ok");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body()).containsPattern("http_server_requests_seconds_count\\{[^}]*route=\"/api/drafts\"[^}]*status=\"200\"");
    }

    @Test
    void should_describe_every_api_route_in_openapi_and_on_the_docs_page() {
        JsonNode doc = desk.get(Caller.ANONYMOUS, "/openapi").json();
        String docs = desk.get(Caller.ANONYMOUS, "/docs").body();

        List<String> described = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            var p = it.next();
            p.getValue().fieldNames().forEachRemaining(m -> described.add(m.toUpperCase() + " " + p.getKey()));
        }
        List<String> api = desk.app.endpoints().stream()
                .filter(e -> e.path().startsWith("/api/") || e.path().equals("/health") || e.path().equals("/metrics"))
                .map(e -> e.method() + " " + e.path()).toList();
        assertThat(described).containsExactlyInAnyOrderElementsOf(api);
        assertThat(doc.get("info").get("title").asText()).isEqualTo("Factline editors' desk API");
        assertThat(doc.get("components").get("schemas").get("DraftDocument").get("properties").has("validation")).isTrue();
        assertThat(docs).contains("<code>/api/drafts/{id}/transitions</code>", "Submit, approve, request changes, reject, publish or reopen", "<code>/api/drafts/{id}/facts</code>", "<code>/api/drafts/{id}/diff</code>");
    }
}
