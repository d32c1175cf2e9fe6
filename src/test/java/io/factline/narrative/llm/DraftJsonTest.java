package io.factline.narrative.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.factline.narrative.Draft;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DraftJsonTest {

    private static final String FULL = """
            {"headline": "Stocks edge up [F1]", "summary": "The S&P 500 rose 0.4% [F1].",
             "marketMoves": "Small caps lagged [F2].", "sectors": "Energy led [F3].", "valuation": "P/E 21.3 [F4].",
             "risk": "Volatility 14.2% [F5].", "technicals": "MACD above signal [F6].",
             "risks": ["Rates [F7]"], "opportunities": ["Energy [F3]", "Value [F4]"], "keyFigures": ["S&P 500 +0.4% [F1]"]}""";

    private final DraftJson json = new DraftJson();

    @Test
    void should_read_every_section_when_the_reply_is_exactly_the_object() {
        Draft draft = json.parse(FULL);

        assertThat(draft).isEqualTo(new Draft("Stocks edge up [F1]", "The S&P 500 rose 0.4% [F1].",
                "Small caps lagged [F2].", "Energy led [F3].", "P/E 21.3 [F4].", "Volatility 14.2% [F5].",
                "MACD above signal [F6].", List.of("Rates [F7]"), List.of("Energy [F3]", "Value [F4]"),
                List.of("S&P 500 +0.4% [F1]")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"```json\n%s\n```", "```\n%s\n```", "  ```JSON\n%s```  ",
            "Here is the draft you asked for:\n\n%s\n\nLet me know if you need changes.",
            "Sure [F1] is cited below.\n```json\n%s\n```\nDone {really}."})
    void should_find_the_object_when_it_is_fenced_or_wrapped_in_prose(String wrapper) {
        Draft draft = json.parse(wrapper.formatted(FULL));

        assertThat(draft).isEqualTo(json.parse(FULL));
    }

    @Test
    void should_leave_sections_empty_when_fields_are_missing_or_null() {
        Draft draft = json.parse("{\"headline\": \"Flat day [F1]\", \"summary\": null, \"risks\": null}");

        assertThat(draft.headline()).isEqualTo("Flat day [F1]");
        assertThat(draft.summary()).isEmpty();
        assertThat(draft.marketMoves()).isEmpty();
        assertThat(draft.technicals()).isEmpty();
        assertThat(draft.risks()).isEmpty();
        assertThat(draft.keyFigures()).isEmpty();
    }

    @Test
    void should_make_a_one_item_list_when_a_string_stands_where_a_list_belongs() {
        Draft draft = json.parse("{\"risks\": \"Rates rise [F7]\", \"opportunities\": \"  \", \"keyFigures\": []}");

        assertThat(draft.risks()).containsExactly("Rates rise [F7]");
        assertThat(draft.opportunities()).isEmpty();
        assertThat(draft.keyFigures()).isEmpty();
    }

    @Test
    void should_drop_null_and_blank_items_when_a_list_has_them() {
        Draft draft = json.parse("{\"risks\": [null, \"Rates [F7]\", \" \", \" Oil [F8] \"]}");

        assertThat(draft.risks()).containsExactly("Rates [F7]", "Oil [F8]");
    }

    @Test
    void should_join_the_items_when_a_list_stands_where_text_belongs() {
        Draft draft = json.parse("{\"summary\": [\"Stocks rose [F1].\", \"Bonds fell [F2].\"]}");

        assertThat(draft.summary()).isEqualTo("Stocks rose [F1]. Bonds fell [F2].");
    }

    @Test
    void should_accept_snake_case_keys_when_the_model_ignores_the_schema_spelling() {
        Draft draft = json.parse("{\"market_moves\": \"Small caps lagged [F2].\", \"key_figures\": [\"a [F1]\"],"
                + " \"Headline\": \"Up [F1]\"}");

        assertThat(draft.marketMoves()).isEqualTo("Small caps lagged [F2].");
        assertThat(draft.keyFigures()).containsExactly("a [F1]");
        assertThat(draft.headline()).isEqualTo("Up [F1]");
    }

    @Test
    void should_prefer_the_exact_key_when_two_spellings_are_present() {
        Draft draft = json.parse("{\"market_moves\": \"snake\", \"marketMoves\": \"exact\"}");

        assertThat(draft.marketMoves()).isEqualTo("exact");
    }

    @Test
    void should_tolerate_raw_newlines_and_a_trailing_comma_when_the_json_is_sloppy() {
        Draft draft = json.parse("{\"summary\": \"Line one [F1].\nLine two [F2].\", \"risks\": [\"a [F1]\",],}");

        assertThat(draft.summary()).isEqualTo("Line one [F1].\nLine two [F2].");
        assertThat(draft.risks()).containsExactly("a [F1]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "I cannot write this commentary.", "{\"headline\": \"cut off",
            "```json\n```"})
    void should_reject_the_reply_when_it_holds_no_json_object(String reply) {
        assertThatThrownBy(() -> json.parse(reply))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(ModelFailure.Kind.BAD_RESPONSE))
                .hasMessageContaining("no JSON object in the reply");
    }

    @Test
    void should_reject_the_reply_when_it_is_null() {
        assertThatThrownBy(() -> json.parse(null)).isInstanceOf(ModelFailure.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[" + FULL + "]", "```json\n[" + FULL + "]\n```", "Two drafts: [" + FULL + ", " + FULL + "]"})
    void should_reject_the_reply_when_it_is_a_json_array(String reply) {
        assertThatThrownBy(() -> json.parse(reply))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(ModelFailure.Kind.BAD_RESPONSE))
                .hasMessageContaining("JSON array");
    }

    @Test
    void should_reject_the_object_when_it_has_none_of_the_draft_fields() {
        assertThatThrownBy(() -> json.parse("{\"answer\": \"42\", \"title\": \"x\"}"))
                .isInstanceOfSatisfying(ModelFailure.class, f -> assertThat(f.kind()).isEqualTo(ModelFailure.Kind.BAD_RESPONSE))
                .hasMessageContaining("none of the draft fields")
                .hasMessageContaining("answer, title");
    }

    @Test
    void should_reject_the_object_when_a_section_holds_an_object() {
        assertThatThrownBy(() -> json.parse("{\"headline\": \"x\", \"sectors\": {\"leaders\": [\"XLE\"]}}"))
                .isInstanceOf(ModelFailure.class)
                .hasMessageContaining("field sectors holds an object");
    }

    @Test
    void should_keep_the_message_on_one_line_when_the_reply_spans_lines() {
        assertThatThrownBy(() -> json.parse("Sorry,\nI can't\n\thelp with that."))
                .hasMessageNotContaining("\n")
                .hasMessageContaining("\"Sorry, I can't help with that.\"");
    }

    @Test
    void should_require_every_section_in_the_schema_when_asking_for_structured_output() {
        JsonSchema schema = json.schema();

        assertThat(schema.name()).isEqualTo("commentary_draft");
        JsonObjectSchema root = (JsonObjectSchema) schema.rootElement();
        assertThat(root.required()).containsExactlyInAnyOrder("headline", "summary", "marketMoves", "sectors",
                "valuation", "risk", "technicals", "risks", "opportunities", "keyFigures");
        assertThat(root.properties()).hasSize(10);
        assertThat(root.properties().get("headline")).isInstanceOf(JsonStringSchema.class);
        assertThat(root.properties().get("keyFigures")).isInstanceOfSatisfying(JsonArraySchema.class,
                a -> assertThat(a.items()).isInstanceOf(JsonStringSchema.class));
        assertThat(root.additionalProperties()).isFalse();
    }
}
