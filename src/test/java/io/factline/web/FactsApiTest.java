package io.factline.web;

import static io.factline.web.DraftApiTest.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.drafts.Samples;
import io.factline.facts.FactSheetJson;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactsApiTest {

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
    void should_validate_a_text_against_the_sheet_of_a_date_with_offsets_into_the_text() {
        String text = "SPY rose 1.95% [F14] on the day.";

        var reply = desk.postJson(desk.editor, "/api/validate", Map.of("date", "2026-03-23", "text", text));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("verdict").asText()).isEqualTo("fail");
        JsonNode claim = report.get("claims").get(0);
        assertThat(claim.get("status").asText()).isEqualTo("mismatch");
        assertThat(text.substring(claim.get("start").asInt(), claim.get("end").asInt())).isEqualTo("1.95%");
        assertThat(claim.get("message").asText()).contains("+1.05%");
    }

    @Test
    void should_validate_against_a_given_fact_sheet_or_a_draft_sheet_the_same_way() {
        long id = desk.draft();
        String good = "SPY rose 1.05% [F14] on the day.";

        var byFacts = desk.postJson(desk.editorToken, "/api/validate",
                DraftApiTest.map("facts", FactSheetJson.mapper().valueToTree(Samples.sheet()), "text", good));
        var byDraft = desk.postJson(desk.editorToken, "/api/validate", Map.of("draftId", id, "text", good));
        var uncitedAllowed = desk.postJson(desk.editorToken, "/api/validate",
                Map.of("date", "2026-03-23", "text", "SPY rose 1.05% on the day.", "requireCitations", false));

        assertThat(byFacts.json().get("verdict").asText()).isEqualTo("pass");
        assertThat(byDraft.json().get("verdict").asText()).isEqualTo("pass");
        assertThat(byDraft.json().get("claims").get(0).get("factIds").get(0).asText()).isEqualTo("F14");
        assertThat(uncitedAllowed.json().get("verdict").asText()).isEqualTo("pass");
        assertThat(uncitedAllowed.json().get("claims").get(0).get("status").asText()).isEqualTo("uncited");
    }

    @Test
    void should_answer_400_on_facts_when_a_given_sheet_cannot_be_validated_against() {
        // given: the date's sheet with an instrument that lost its symbol
        JsonNode sheet = desk.get(desk.editorToken, "/api/facts?date=2026-03-23").json();
        ((com.fasterxml.jackson.databind.node.ObjectNode) sheet.get("instruments").get(0)).putNull("symbol");

        // when
        var reply = desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "IWM rose 2.16% [F25].", "facts", sheet));

        // then
        assertBad(reply, "facts");
        assertThat(reply.json().get("message").asText()).startsWith("not a usable fact sheet");
    }

    @Test
    void should_answer_400_naming_the_field_when_validation_input_is_unusable() {
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("date", "2026-03-23")), "text");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x")), "draftId");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x", "date", "2026-03-23", "draftId", 1)), "date");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x", "date", "23/03/2026")), "date");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x", "date", "1999-01-04")), "date");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x", "facts", Map.of("facts", "none"))), "facts");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x", "facts", "a sheet")), "facts");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x", "draftId", "seven")), "draftId");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", 42, "date", "2026-03-23")), "text");
        assertBad(desk.postJson(desk.editorToken, "/api/validate",
                Map.of("text", "x", "date", "2026-03-23", "requireCitations", "yes")), "requireCitations");
        assertBad(desk.postJson(desk.editorToken, "/api/validate", "{\"text\": \"x\", \"date\": "), "body");
        assertThat(desk.postJson(desk.editorToken, "/api/validate", Map.of("text", "x", "draftId", 98765)).status()).isEqualTo(404);
    }

    @Test
    void should_serve_the_fact_sheet_of_a_date_whole_or_for_some_symbols() {
        var whole = desk.get(desk.editorToken, "/api/facts?date=2026-03-23");
        var some = desk.get(desk.editorToken, "/api/facts?date=2026-03-23&symbol=SPY,IWM");
        var latest = desk.get(desk.editorToken, "/api/facts");

        assertThat(whole.status()).isEqualTo(200);
        assertThat(FactSheetJson.read(whole.body()).facts()).hasSameSizeAs(Samples.sheet().facts());
        assertThat(some.json().get("facts")).isNotEmpty()
                .allSatisfy(f -> assertThat(f.get("subject").asText()).isIn("SPY", "IWM"));
        assertThat(latest.json().get("asOf").asText()).isEqualTo("2026-10-05");
    }

    @Test
    void should_serve_only_the_asked_metrics_and_sector_when_filtered() {
        var rsi = desk.get(desk.editorToken, "/api/facts?date=2026-03-23&symbol=SPY&metric=rsi");
        var energy = desk.get(desk.editorToken, "/api/facts?date=2026-03-23&sector=energy&metric=return,close");

        assertThat(rsi.status()).isEqualTo(200);
        assertThat(rsi.json().get("facts")).hasSize(1).allSatisfy(f -> {
            assertThat(f.get("subject").asText()).isEqualTo("SPY");
            assertThat(f.get("metric").asText()).isEqualTo("rsi");
        });
        assertThat(rsi.json().get("sources")).hasSize(1);
        assertThat(energy.json().get("facts")).isNotEmpty().allSatisfy(f -> {
            assertThat(f.get("subject").asText()).isEqualTo("XLE");
            assertThat(f.get("metric").asText()).isIn("return", "close");
        });
    }

    @Test
    void should_answer_400_naming_the_field_for_an_unknown_metric_or_sector() {
        assertBad(desk.get(desk.editorToken, "/api/facts?date=2026-03-23&metric=rsi,momentum"), "metric");
        assertBad(desk.get(desk.editorToken, "/api/facts?date=2026-03-23&sector=Semiconductors"), "sector");
    }

    @Test
    void should_answer_400_for_a_bad_date_a_date_without_data_or_an_unknown_symbol() {
        assertBad(desk.get(desk.editorToken, "/api/facts?date=yesterday"), "date");
        assertBad(desk.get(desk.editorToken, "/api/facts?date=2026-03-22"), "date");
        assertBad(desk.get(desk.editorToken, "/api/facts?date=2026-03-23&symbol=SPY,TSLA"), "symbol");
        assertBad(desk.get(desk.editorToken, "/api/facts?date=2026-03-23&symbol=,"), "symbol");
    }

    @Test
    void should_chart_31_closes_rebased_to_100_for_the_cited_instruments() {
        var reply = desk.get(desk.editorToken, "/api/chart?date=2026-03-23&symbols=SPY,%5EGSPC");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode chart = reply.json();
        assertThat(chart.get("dates")).hasSize(31);
        assertThat(chart.get("dates").get(30).asText()).isEqualTo("2026-03-23");
        assertThat(chart.get("series")).extracting(s -> s.get("symbol").asText()).containsExactly("SPY", "^GSPC");
        JsonNode spy = chart.get("series").get(0).get("values");
        assertThat(spy.get(0).asDouble()).isEqualTo(100.0);
        // SPY's 30-day return on 2026-03-23 is -4.84% (fact F15): the last point shows the same move
        assertThat(spy.get(30).asDouble()).isCloseTo(95.16, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void should_answer_400_for_chart_requests_without_a_date_or_symbols_or_with_unknown_ones() {
        assertBad(desk.get(desk.editorToken, "/api/chart?symbols=SPY"), "date");
        assertBad(desk.get(desk.editorToken, "/api/chart?date=2026-03-23"), "symbols");
        assertBad(desk.get(desk.editorToken, "/api/chart?date=2026-03-23&symbols=SPY,NOPE"), "symbols");
        assertBad(desk.get(desk.editorToken, "/api/chart?date=2030-01-02&symbols=SPY"), "date");
    }
}
