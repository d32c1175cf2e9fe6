package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public pages over HTTP on the real desk (real H2): the front page's lead, archive and chart table,
 * and a commentary page's reader numbering, footnotes with back-links, provenance in words, no file paths,
 * previous and next day, one h1, a skip link and a favicon.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderPagesTest {

    TestDesk desk;
    long march20;
    long march23;
    long march24;
    long march20Newer;

    @BeforeAll
    void start() {
        desk = TestDesk.start();
        march23 = ReaderSamples.publish(desk, LocalDate.parse("2026-03-23"));
        march20 = ReaderSamples.publish(desk, LocalDate.parse("2026-03-20"));
        march24 = ReaderSamples.publish(desk, LocalDate.parse("2026-03-24"));
        march20Newer = ReaderSamples.publish(desk, LocalDate.parse("2026-03-20"));   // supersedes march20
    }

    @AfterAll
    void stop() {
        if (desk != null) desk.close();
    }

    private String page(String path) {
        TestDesk.Reply r = desk.get(TestDesk.Caller.ANONYMOUS, path);
        assertThat(r.status()).as(path).isEqualTo(200);
        return r.body();
    }

    private static int count(String html, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void should_lead_the_front_page_with_the_latest_market_dates_headline_lede_key_figures_and_chart_when_several_are_published() {
        String home = page("/");

        assertThat(home).contains("<a href=\"/commentary/2026-03-24\" id=\"lead-date\">Tuesday 24 March 2026</a>");
        assertThat(count(home, "<h1")).isEqualTo(1);
        assertThat(home).containsPattern("<div class=\"narrative lead-text\" id=\"lead-text\"><h1>[^<]+");
        assertThat(home).contains("id=\"key-figures\"", "<table id=\"chart-table\"", "<tr data-date=\"2026-03-24\"><th scope=\"row\">2026-03-24</th>");
        assertThat(home).contains("href=\"/commentary/2026-03-24#fn-F");   // the lede's markers lead to the article's footnotes
        assertThat(home).contains("<a href=\"/commentary/2026-03-20\">Commentary for 2026-03-20</a>",
                "<a href=\"/commentary/2026-03-23\">Commentary for 2026-03-23</a>");
    }

    @Test
    void should_number_markers_and_footnotes_alike_with_back_links_and_words_for_provenance_when_a_commentary_is_shown() {
        String html = page("/commentary/2026-03-23");

        // SPY's 1-day return, F14, is the first fact the lede cites (the headline cites none): number 1
        assertThat(html).contains("<sup class=\"cite\">[<a href=\"#fn-F14\" id=\"cite-F14-1\" aria-label=\"source note 1\">1</a>]</sup>");
        assertThat(html).contains("<li id=\"fn-F14\" value=\"1\" data-fact=\"F14\">", "<span class=\"fn-number\">1.</span>",
                "<span class=\"fn-said\">Close 653.70 on 23 Mar against 646.90 on 20 Mar: +1.05%.</span>",
                "Source: Daily bars of SPY (SPDR S&amp;P 500 ETF Trust), from Factline&#39;s market data files.",
                "<summary>Show the calculation</summary><code class=\"fn-calculation\">(p[t] / p[t-1] - 1) * 100; p[t] &#61; 653.6959; p[t-1] &#61; 646.9034");
        assertThat(html).contains("href=\"#cite-F14-1\"", "href=\"#cite-F14-2\"");   // F14 is cited more than once: a back-link to each
        assertThat(html).doesNotContain("fixtures/market", ".csv");
        assertThat(html).doesNotContain(">F14</a>", "F96.");   // one numbering: fact ids are shown nowhere, not even for an uncited fact
    }

    @Test
    void should_link_the_previous_and_next_market_dates_and_leave_out_a_link_past_the_ends() {
        String middle = page("/commentary/2026-03-23");
        String first = page("/commentary/2026-03-20");
        String last = page("/commentary/2026-03-24");

        assertThat(middle).contains("<a href=\"/commentary/2026-03-20\" rel=\"prev\" id=\"previous-day\">&larr; Previous day: Friday 20 March 2026</a>",
                "<a href=\"/commentary/2026-03-24\" rel=\"next\" id=\"next-day\">Next day: Tuesday 24 March 2026 &rarr;</a>");
        assertThat(first).doesNotContain("id=\"previous-day\"").contains("id=\"next-day\"");
        assertThat(last).contains("id=\"previous-day\"").doesNotContain("id=\"next-day\"");
    }

    @Test
    void should_have_one_h1_a_skip_link_a_favicon_and_a_labelled_chat_on_public_pages() {
        for (String path : new String[] {"/", "/commentary/2026-03-23", "/published/" + march20, "/?page=2"}) {
            String html = page(path);
            assertThat(count(html, "<h1")).as(path).isEqualTo(1);
            assertThat(html).as(path).contains("<a class=\"skip-link\" href=\"#main\">", "<main id=\"main\" tabindex=\"-1\">",
                    "<link rel=\"icon\" href=\"/static/favicon.svg\"", "<label for=\"chat-question\">", "aria-label=\"Close the chat\"");
        }
        assertThat(desk.get(TestDesk.Caller.ANONYMOUS, "/static/favicon.svg").status()).isEqualTo(200);
    }

    @Test
    void should_mark_a_superseded_commentary_and_link_its_date_when_a_newer_one_for_that_date_is_published() {
        String older = page("/published/" + march20);
        String live = page("/commentary/2026-03-20");
        String home = page("/");

        assertThat(older).contains("id=\"superseded-note\">This commentary was superseded by <a href=\"/commentary/2026-03-20\"",
                "<a href=\"/commentary/2026-03-23\" rel=\"next\" id=\"next-day\">");
        assertThat(live).doesNotContain("superseded-note").contains("<a href=\"/commentary/2026-03-23\" rel=\"next\"");
        assertThat(count(home, "\">Commentary for 2026-03-20</a>")).isEqualTo(1);   // the archive lists the live one only
        assertThat(home).doesNotContain("/published/" + march20 + "\"");
    }
}
