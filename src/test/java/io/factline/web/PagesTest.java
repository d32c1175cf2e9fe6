package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.AuditEvent;
import io.factline.drafts.DraftState;
import io.factline.drafts.NewDraft;
import io.factline.drafts.Samples;
import io.factline.validation.Validator;
import io.factline.web.TestDesk.Caller;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {

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
    void should_highlight_every_claim_of_the_draft_with_its_fact_and_list_the_footnotes() {
        long id = desk.draft();

        TestDesk.Reply page = desk.get(desk.editor, "/drafts/" + id);

        assertThat(page.status()).isEqualTo(200);
        int claims = Samples.commentary().validation().claims().size();
        assertThat(count(page.body(), "<span class=\"claim claim-ok\"")).isEqualTo(claims);
        assertThat(page.body()).doesNotContain("claim-bad");
        assertThat(page.body()).contains("<span class=\"tip-label\">[F14] SPY 1-day return</span><span class=\"tip-value\">+1.05%</span>");
        assertThat(page.body()).contains("<li id=\"fn-F14\">[F14] SPY 1-day return: +1.05%.");
        assertThat(page.body()).contains("id=\"verdict\">passes</span>");
        assertThat(page.body()).contains("data-src=\"/api/chart?date=2026-03-23&amp;symbols=SPY,%5EGSPC,IWM");
    }

    @Test
    void should_mark_a_failing_number_red_with_the_validators_message() {
        long id = desk.draft();
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", Samples.wrongNumber()));

        TestDesk.Reply page = desk.get(desk.editor, "/drafts/" + id);

        Matcher bad = Pattern.compile("<span class=\"claim claim-bad\"[^>]*>1\\.95%<span class=\"tip\"[^>]*>(.*?)</span></span>")
                .matcher(page.body());
        assertThat(bad.find()).isTrue();
        assertThat(bad.group(1)).contains("Fails: mismatch", "+1.05%", "[F14] SPY 1-day return");
        assertThat(page.body()).contains("id=\"verdict\">fails</span>");
        assertThat(page.body()).contains("<button type=\"button\" class=\"link check-select\">1.95%</button> "
                + "<span class=\"check-status\">mismatch</span>: ", ">replace 1.95% with 1.05%</button>");
    }

    @Test
    void should_render_script_in_a_draft_as_text_on_the_draft_and_public_pages() {
        String evil = "# Markets <script>alert('x')</script>\n\nSPY rose 1.05% [F14] on the day. <img src=x onerror=alert(x)> **bold**\n";
        var c = Samples.commentary();
        long id = desk.draft(new NewDraft(Samples.sheet(), "llm:<b>model</b>", c.attempts(), List.of("<script>note()</script>"),
                c.disclaimer(), evil, new Validator().validate(Samples.sheet(), evil, true)));
        publish(id);

        for (String path : List.of("/drafts/" + id, "/published/" + id)) {
            String html = desk.get(desk.editor, path).body();

            assertThat(html).as(path).contains("# Markets".substring(2) + " &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
            assertThat(html).as(path).contains("&lt;img src=x onerror=alert(x)&gt;");
            assertThat(html).as(path).doesNotContain("<script>alert", "<img src=x", "<script>note()");
            assertThat(html).as(path).contains("<strong>bold</strong>");
        }
        assertThat(desk.get(desk.editor, "/drafts/" + id).body()).contains("llm:&lt;b&gt;model&lt;/b&gt;").doesNotContain("<b>model</b>");
    }

    @Test
    void should_offer_no_override_on_the_draft_page_and_approve_nothing_when_a_form_sends_one() {
        long id = desk.draft();
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", Samples.wrongNumber()));
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/transitions", Map.of("action", "submit"));

        String draft = desk.get(desk.admin, "/drafts/" + id).body();
        TestDesk.Reply approve = desk.postForm(desk.admin, "/drafts/" + id + "/transitions", Map.of("action", "approve", "version", "2",
                "override", "Checked with the exchange: 1.95% is right"));

        assertThat(draft).contains("id=\"approve\"").doesNotContain("name=\"override\"", "Override reason");
        assertThat(approve.status()).isEqualTo(422);
        assertThat(desk.store.find(id).orElseThrow().state().wire()).isEqualTo("in_review");
    }

    @Test
    void should_keep_the_editors_text_and_say_why_when_a_form_save_conflicts() {
        long id = desk.draft();
        String text = Samples.commentary().narrative();
        desk.postJson(desk.adminToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", text + "\nAda's line.\n"));

        TestDesk.Reply page = desk.postForm(desk.editor, "/drafts/" + id + "/versions", Map.of("baseVersion", "1", "text", text + "\nErin's line.\n"));

        assertThat(page.status()).isEqualTo(409);
        assertThat(page.body()).contains("id=\"notice\"", "Not saved: version 1 is not the current version any more: ada saved version 2");
        assertThat(page.body()).contains("Erin&#39;s line.&#10;</textarea>");   // Mustache escapes line breaks too
        assertThat(page.body()).contains("name=\"baseVersion\" value=\"2\"");
        assertThat(desk.store.versions(id)).hasSize(2);
    }

    @Test
    void should_name_the_bad_field_and_keep_what_was_typed_when_the_fact_form_is_refused() {
        // given
        long id = desk.draft();
        Map<String, String> typed = new java.util.LinkedHashMap<>(Map.of("subject", "^TNX", "label", "10-year Treasury yield",
                "value", "four and a quarter", "unit", "pp", "asOf", "2026-03-20", "sourceTitle", "U.S. Treasury",
                "sourceUrl", "https://home.treasury.gov/"));

        // when
        TestDesk.Reply notANumber = desk.postForm(desk.editor, "/drafts/" + id + "/facts", typed);
        typed.put("value", "4.25");
        typed.put("sourceTitle", " ");
        TestDesk.Reply noTitle = desk.postForm(desk.editor, "/drafts/" + id + "/facts", typed);

        // then
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("Fact not added: Value: &#39;four and a quarter&#39; is not a number, like 4.25",
                "id=\"fact-value\" required inputmode=\"decimal\" value=\"four and a quarter\" aria-invalid=\"true\"",
                "id=\"fact-subject\" required maxlength=\"32\" placeholder=\"^TNX\" value=\"^TNX\">",
                "value=\"10-year Treasury yield\"", "value=\"2026-03-20\"", "value=\"https://home.treasury.gov/\"",
                "<option selected>pp</option>");
        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body()).contains("Fact not added: Source title is required",
                "id=\"fact-source-title\" required maxlength=\"300\" value=\" \" aria-invalid=\"true\"", "value=\"4.25\"");
        assertThat(desk.store.editorFacts(id)).isEmpty();
    }

    @Test
    void should_say_approval_is_refused_on_the_page_when_the_version_fails() {
        long id = desk.draft();
        desk.postJson(desk.editorToken, "/api/drafts/" + id + "/versions", Map.of("baseVersion", 1, "text", Samples.wrongNumber()));
        desk.postForm(desk.editor, "/drafts/" + id + "/transitions", Map.of("action", "submit", "version", "2"));

        TestDesk.Reply page = desk.postForm(desk.editor, "/drafts/" + id + "/transitions", Map.of("action", "approve", "version", "2"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("cannot approve: version 2 fails validation");
        assertThat(page.body()).contains("id=\"draft-state\">in review</span>");
    }

    @Test
    void should_list_drafts_with_id_date_headline_writer_verdict_status_and_last_change() {
        long id = desk.draft();

        String html = desk.get(desk.editor, "/drafts").body();

        assertThat(html).contains("<a href=\"/drafts/" + id + "\" class=\"draft-link\">#" + id + "</a></td><td data-label=\"Date\">2026-03-23</td>"
                + "<td data-label=\"Headline\" class=\"headline\">Stocks rally on March 23, 2026: small caps lead</td>"
                + "<td data-label=\"Writer\">template</td>"
                + "<td data-label=\"Verdict\"><span class=\"verdict verdict-pass\">pass</span></td>"
                + "<td data-label=\"Status\"><span class=\"state state-draft\">draft</span></td>"
                + "<td data-label=\"Version\">1</td><td data-label=\"Last change\">2026-03-24 08:00 UTC by erin</td>");
    }

    @Test
    void should_show_published_commentary_to_anyone_and_hide_drafts_that_are_not_published() {
        long published = desk.draft();
        publish(published);
        long unpublished = desk.draft();

        TestDesk.Reply home = desk.get(Caller.ANONYMOUS, "/");
        TestDesk.Reply page = desk.get(Caller.ANONYMOUS, "/published/" + published);
        TestDesk.Reply hidden = desk.get(Caller.ANONYMOUS, "/published/" + unpublished);
        TestDesk.Reply feed = desk.get(Caller.ANONYMOUS, "/api/published?limit=100");

        assertThat(home.body()).contains("<a href=\"/commentary/2026-03-23\">Commentary for 2026-03-23</a>");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("SPY rose <span class=\"claim claim-ok\"", "Factline commentary is generated");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).contains("no published commentary " + unpublished);
        assertThat(feed.json()).anySatisfy(p -> {
            assertThat(p.get("id").asLong()).isEqualTo(published);
            assertThat(p.get("url").asText()).isEqualTo("/commentary/2026-03-23");
            assertThat(p.get("permalink").asText()).isEqualTo("/published/" + published);
            assertThat(p.get("verdict").asText()).isEqualTo("pass");
            assertThat(p.get("html").asText()).contains("<h1>");
            assertThat(p.get("facts")).isNotEmpty();
        });
        assertThat(feed.json()).noneSatisfy(p -> assertThat(p.get("id").asLong()).isEqualTo(unpublished));
        DraftApiTest.assertBad(desk.get(Caller.ANONYMOUS, "/api/published?limit=0"), "limit");
        DraftApiTest.assertBad(desk.get(Caller.ANONYMOUS, "/api/published?limit=1000"), "limit");
    }

    @Test
    void should_let_an_admin_add_users_and_name_the_field_when_the_form_is_wrong() {
        TestDesk.Reply added = desk.postForm(desk.admin, "/admin/users", Map.of("username", "newbie", "password", TestDesk.PASSWORD,
                "role", "editor"));
        TestDesk.Reply weak = desk.postForm(desk.admin, "/admin/users", Map.of("username", "weak", "password", "short", "role", "editor"));
        TestDesk.Reply taken = desk.postForm(desk.admin, "/admin/users", Map.of("username", "erin", "password", TestDesk.PASSWORD,
                "role", "editor"));

        assertThat(added.status()).isEqualTo(303);
        assertThat(desk.get(desk.admin, "/admin/users").body()).contains("<td>newbie</td><td>editor</td><td>yes</td>");
        assertThat(desk.signIn("newbie").name()).isEqualTo("newbie");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.body()).contains("at least 12 characters");
        assertThat(taken.status()).isEqualTo(409);
    }

    @Test
    void should_show_a_new_api_token_once_and_let_it_call_the_api_until_revoked() {
        TestDesk.Reply created = desk.postForm(desk.editor, "/account/tokens", Map.of("name", "newsroom bot"));
        TestDesk.Reply shown = desk.follow(desk.editor, created);
        String token = Pattern.compile("<code id=\"issued-token\">([^<]+)</code>").matcher(shown.body()).results()
                .map(m -> m.group(1)).findFirst().orElseThrow();
        Caller bot = new Caller("bot", null, null, token);

        assertThat(created.status()).isEqualTo(303);
        assertThat(created.header("Location")).contains("/account/tokens");
        assertThat(created.body()).doesNotContain(token);
        assertThat(desk.get(desk.editor, "/account/tokens").body()).contains("newsroom bot").doesNotContain(token);
        assertThat(desk.get(bot, "/api/drafts").status()).isEqualTo(200);
        long tokenId = Long.parseLong(Pattern.compile("/account/tokens/(\\d+)/revoke").matcher(desk.get(desk.editor, "/account/tokens").body())
                .results().map(m -> m.group(1)).findFirst().orElseThrow());
        assertThat(desk.postForm(desk.editor, "/account/tokens/" + tokenId + "/revoke", Map.of()).status()).isEqualTo(303);
        assertThat(desk.get(bot, "/api/drafts").status()).isEqualTo(401);
        assertThat(desk.postForm(desk.admin, "/account/tokens/" + tokenId + "/revoke", Map.of()).status()).isEqualTo(404);
        TestDesk.Reply unnamed = desk.postForm(desk.editor, "/account/tokens", Map.of("name", " "));
        assertThat(unnamed.status()).isEqualTo(400);
        assertThat(unnamed.body()).contains("a token needs a name");
    }

    private void publish(long id) {
        DraftState[] path = {DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED, DraftState.PUBLISHED};
        for (int i = 1; i < path.length; i++) {
            desk.store.transition(id, path[i - 1], new AuditEvent(TestDesk.NOW, "erin", "step", path[i - 1], path[i], 1, null, null));
        }
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }
}
