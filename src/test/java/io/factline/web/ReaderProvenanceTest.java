package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 17, section 3: provenance shown to readers names the data set and provider, never a repository file path,
 * on every public surface (the JSON feed, the front page, a commentary's page by date and by id, the popovers in
 * them); the editors' desk keeps the full detail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderProvenanceTest {

    static final List<String> PATHS = List.of("fixtures/", ".csv", "prices/");

    TestDesk desk;
    long published;

    @BeforeAll
    void start() {
        desk = TestDesk.start();
        published = ReaderSamples.publish(desk, LocalDate.parse("2026-03-23"));
    }

    @AfterAll
    void stop() {
        if (desk != null) desk.close();
    }

    @Test
    void should_name_no_file_path_on_any_public_page_or_in_the_feed_when_a_commentary_is_published() {
        for (String path : List.of("/api/published", "/api/published?limit=100", "/", "/commentary/2026-03-23", "/published/" + published)) {
            TestDesk.Reply r = desk.get(TestDesk.Caller.ANONYMOUS, path);

            assertThat(r.status()).as(path).isEqualTo(200);
            for (String p : PATHS) assertThat(r.body()).as(path).doesNotContain(p);
        }
    }

    @Test
    void should_name_the_data_set_and_provider_of_each_source_in_the_feed() {
        var item = desk.get(TestDesk.Caller.ANONYMOUS, "/api/published").json().get(0);

        assertThat(item.get("sources")).isNotEmpty().allSatisfy(s -> assertThat(s.get("title").asText()).isNotBlank());
        assertThat(item.get("sources").toString()).contains("Daily bars of SPY");
    }
}
