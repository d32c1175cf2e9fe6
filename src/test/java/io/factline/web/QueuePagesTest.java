package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.NewDraft;
import io.factline.drafts.Samples;
import io.factline.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The review queue at /drafts over HTTP, on a desk of its own: drafts of three market dates, one failing,
 * one in review; filters, sort, pages, bad parameters, the new-draft form's writers and its warning.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuePagesTest {

    TestDesk desk;
    long passing23;
    long failing23;
    long inReview20;
    long of19;

    @BeforeAll
    void start() {
        desk = TestDesk.start();
        passing23 = desk.draft();
        var c = Samples.commentary();
        String wrong = Samples.wrongNumber();
        failing23 = desk.draft(new NewDraft(Samples.sheet(), c.writer(), c.attempts(), c.dataNotes(), c.disclaimer(), wrong,
                new Validator().validate(Samples.sheet(), wrong, true)));
        inReview20 = created("2026-03-20");
        assertThat(desk.postJson(desk.editor, "/api/drafts/" + inReview20 + "/transitions", Map.of("action", "submit")).status()).isEqualTo(200);
        of19 = created("2026-03-19");
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    private long created(String date) {
        TestDesk.Reply r = desk.postJson(desk.editor, "/api/commentary", Map.of("date", date, "drafter", "template"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** The draft ids of a queue page, in the order shown. */
    private List<Long> ids(String query) {
        TestDesk.Reply r = desk.get(desk.editor, "/drafts" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Matcher m = Pattern.compile("class=\"draft-link\">#(\\d+)</a>").matcher(r.body());
        List<Long> out = new ArrayList<>();
        while (m.find()) out.add(Long.parseLong(m.group(1)));
        return out;
    }

    @Test
    void should_list_every_draft_newest_market_date_first_when_no_filter_is_given() {
        assertThat(ids("")).containsExactly(failing23, passing23, inReview20, of19);
    }

    @Test
    void should_show_only_matching_drafts_when_filtered_by_state_verdict_writer_or_date_range() {
        assertThat(ids("?state=in_review")).containsExactly(inReview20);
        assertThat(ids("?verdict=fail")).containsExactly(failing23);
        assertThat(ids("?from=2026-03-19&to=2026-03-20")).containsExactly(inReview20, of19);
        assertThat(ids("?from=2026-03-21")).containsExactly(failing23, passing23);
        assertThat(ids("?writer=template&state=draft&verdict=pass")).containsExactly(passing23, of19);
        assertThat(ids("?writer=llm")).isEmpty();
        assertThat(desk.get(desk.editor, "/drafts?writer=llm").body()).contains("No draft matches these filters.");
    }

    @Test
    void should_order_by_the_chosen_sort_with_the_newest_id_first_on_ties() {
        assertThat(ids("?sort=date_oldest")).containsExactly(of19, inReview20, failing23, passing23);
        assertThat(ids("?sort=state")).containsExactly(of19, failing23, passing23, inReview20);
    }

    @Test
    void should_link_the_next_and_previous_pages_keeping_the_filters_when_there_are_more_than_twenty() {
        try (TestDesk many = TestDesk.start()) {
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 23; i++) made.add(many.draft());
            String first = many.get(many.editor, "/drafts?verdict=pass").body();
            assertThat(first).contains("23 draft(s) match · page 1 of 2",
                    "<a href=\"/drafts?verdict&#61;pass&amp;sort&#61;date_newest&amp;page&#61;2\" rel=\"next\" id=\"next-page\">");   // Mustache escapes "="
            String second = many.get(many.editor, "/drafts?verdict=pass&sort=date_newest&page=2").body();
            assertThat(second).contains("page 2 of 2", "rel=\"prev\"").doesNotContain("rel=\"next\"");
            assertThat(Pattern.compile("class=\"draft-link\"").matcher(second).results().count()).isEqualTo(3);
            assertThat(second).contains("class=\"draft-link\">#" + made.get(0) + "</a>");
        }
    }

    @Test
    void should_answer_400_naming_the_parameter_when_a_filter_is_not_understood() {
        for (String[] bad : new String[][] {{"state=pending", "state"}, {"verdict=maybe", "verdict"}, {"from=23/03/2026", "from"},
                {"from=2026-03-23&to=2026-03-20", "to"}, {"sort=random", "sort"}, {"page=0", "page"}}) {
            TestDesk.Reply r = desk.get(desk.editor, "/drafts?" + bad[0]);
            assertThat(r.status()).as(bad[0]).isEqualTo(400);
            assertThat(r.body()).as(bad[0]).contains(bad[1]).doesNotContain("Exception").doesNotContain("at io.factline");
        }
    }

    @Test
    void should_offer_only_the_template_writer_and_warn_of_the_existing_draft_when_no_model_is_configured() {
        String html = desk.get(desk.editor, "/drafts").body();

        assertThat(html).contains("<option value=\"template\">the template writer</option>").doesNotContain("value=\"llm\"")
                .doesNotContain("value=\"auto\"");
        assertThat(html).contains("<input name=\"date\" id=\"new-date\" type=\"date\" required value=\"2026-10-05\">");
        assertThat(html).contains("data-dates-in-play=\"2026-03-19 2026-03-20 2026-03-23\"");
        assertThat(html).contains("id=\"date-warning\" class=\"notice warn\" role=\"status\" hidden>");
    }
}
