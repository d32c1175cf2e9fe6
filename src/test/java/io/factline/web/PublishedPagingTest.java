package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.Samples;
import io.factline.web.TestDesk.Caller;
import io.factline.web.TestDesk.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Issue 14, finding 14: the home page and the feed show a page of the published commentary, not all of it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedPagingTest {

    static final int PUBLISHED = PublishedPages.HOME_PAGE + 5;

    TestDesk desk;
    final List<Long> ids = new ArrayList<>();

    @BeforeAll
    void start() {
        desk = TestDesk.start();
        for (int i = 0; i < PUBLISHED; i++) {
            long id = desk.draft(Samples.newDraft(Samples.DATE.minusWeeks(PUBLISHED - i)));   // one live commentary per date
            String path = "/api/drafts/" + id + "/transitions";
            desk.postJson(desk.editorToken, path, Map.of("action", "submit"));
            desk.postJson(desk.adminToken, path, Map.of("action", "approve", "version", 1));
            assertThat(desk.postJson(desk.editorToken, path, Map.of("action", "publish")).status()).isEqualTo(200);
            ids.add(0, id);   // most recently published first
        }
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    @Test
    void should_list_one_page_on_the_home_page_with_a_link_to_the_next() {
        Reply first = desk.get(Caller.ANONYMOUS, "/");
        Reply second = desk.get(Caller.ANONYMOUS, "/?page=2");
        Reply beyond = desk.get(Caller.ANONYMOUS, "/?page=9");

        // the archive's entries (the front page's lead also links to the latest commentary, with other text)
        assertThat(count(first.body(), "\">Commentary for ")).isEqualTo(PublishedPages.HOME_PAGE);
        assertThat(first.body()).contains("href=\"/commentary/" + date(0) + "\"", "<a href=\"/?page=2\" rel=\"next\"")
                .doesNotContain("href=\"/commentary/" + date(PublishedPages.HOME_PAGE) + "\"", "rel=\"prev\"");
        assertThat(count(second.body(), "\">Commentary for ")).isEqualTo(5);
        assertThat(second.body()).contains("href=\"/commentary/" + date(PUBLISHED - 1) + "\"", "<a href=\"/?page=1\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
        assertThat(beyond.status()).isEqualTo(200);
        assertThat(beyond.body()).contains("No commentary on this page").doesNotContain("Nothing has been published yet");
    }

    @Test
    void should_page_the_feed_with_a_link_header_to_the_next_page() {
        Reply first = desk.get(Caller.ANONYMOUS, "/api/published?limit=10");
        Reply third = desk.get(Caller.ANONYMOUS, "/api/published?limit=10&page=3");

        assertThat(first.json()).hasSize(10);
        assertThat(first.json().get(0).get("id").asLong()).isEqualTo(ids.get(0));
        assertThat(first.header("Link")).contains("</api/published?page=2&limit=10>; rel=\"next\"");
        assertThat(third.json()).hasSize(5);
        assertThat(third.json().get(4).get("id").asLong()).isEqualTo(ids.get(PUBLISHED - 1));
        assertThat(third.header("Link")).isEmpty();
        assertThat(desk.get(Caller.ANONYMOUS, "/api/published").json()).hasSize(20);
        for (String bad : List.of("0", "-1", "x", "100001", "99999999999")) {
            Reply r = desk.get(Caller.ANONYMOUS, "/api/published?page=" + bad);
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("field").asText()).isEqualTo("page");
        }
    }

    /** The market date of the i-th most recently published commentary. */
    private String date(int i) {
        return desk.store.find(ids.get(i)).orElseThrow().asOf().toString();
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
