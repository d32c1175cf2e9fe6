package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.web.TestDesk.Caller;
import io.factline.web.TestDesk.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 14's HTTP findings: HEAD, static paths, hostile JSON; each answered without a 500. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpHardeningTest {

    TestDesk desk;

    @BeforeAll
    void start() {
        desk = TestDesk.start();
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    private Reply head(Caller c, String path) {
        return desk.send(desk.request(c, path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    @Test
    void should_answer_head_as_get_without_a_body() {
        long id = desk.draft();
        for (String path : List.of("/health", "/", "/api/published", "/static/desk.css", "/login", "/docs")) {
            Reply get = desk.get(Caller.ANONYMOUS, path);
            Reply head = head(Caller.ANONYMOUS, path);

            assertThat(head.status()).as(path).isEqualTo(get.status()).isLessThan(400);
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.header("Content-Type")).as(path).isEqualTo(get.header("Content-Type"));
        }
        assertThat(head(desk.editor, "/drafts/" + id).status()).isEqualTo(200);
        assertThat(head(Caller.ANONYMOUS, "/api/drafts").status()).isEqualTo(401);
        assertThat(head(Caller.ANONYMOUS, "/no/such/page").status()).isEqualTo(404);
    }

    @Test
    void should_answer_404_to_dot_dot_paths_under_static() {
        for (String path : List.of("/static/..", "/static/../", "/static/%2e%2e/", "/static/..%2fviews", "/static/../views/error.mustache",
                "/webjars/..", "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd")) {
            Reply r = desk.send(HttpRequest.newBuilder(URI.create(desk.base + path)).GET());

            assertThat(r.status()).as(path).isIn(400, 404);
        }
    }

    @Test
    void should_answer_400_naming_the_limit_to_deep_nesting_and_long_numbers_on_every_json_route() {
        long id = desk.draft();
        String deep = "{\"text\": " + "[".repeat(1_200) + "]".repeat(1_200) + "}";
        String deepInside = "{\"question\": \"x\", \"a\": " + "{\"a\": ".repeat(1_100) + "1" + "}".repeat(1_100) + "}";
        String longNumber = "{\"baseVersion\": " + "9".repeat(1_500) + ", \"text\": \"x\"}";
        String longFraction = "{\"question\": \"x\", \"n\": 0." + "1".repeat(1_500) + "}";
        for (String path : List.of("/api/commentary", "/api/drafts/" + id + "/versions", "/api/drafts/" + id + "/transitions",
                "/api/validate", "/api/ask")) {
            for (String body : List.of(deep, deepInside, longNumber, longFraction)) {
                Reply r = desk.postJson(desk.editorToken, path, body);

                assertThat(r.status()).as(path + " " + body.substring(0, 20)).isEqualTo(400);
                assertThat(r.json().get("field").asText()).isEqualTo("body");
                assertThat(r.json().get("message").asText()).containsAnyOf("nested deeper than", "number longer than");
            }
        }
        Reply anonymous = desk.postJson(Caller.ANONYMOUS, "/api/ask", deep);
        assertThat(anonymous.status()).isEqualTo(400);
    }
}
