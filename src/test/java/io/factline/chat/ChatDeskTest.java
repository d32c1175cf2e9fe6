package io.factline.chat;

import static io.factline.chat.ChatFixtures.MARCH_23;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factline.narrative.Attempt;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelFailure;
import io.factline.narrative.llm.ModelSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The desk with a scripted model: repair loop, fallbacks, tools, events and memory. */
class ChatDeskTest {

    static final ModelSettings SETTINGS = ChatFixtures.settings(Map.of(ModelSettings.API_KEY, "sk-unit-test-key"));
    static final String GOOD = "IWM surged 2.16% [F1] on the day, while SPY rose 1.05% [F2].";
    static final String LYING = "IWM surged 2.61% [F1] on the day.";

    final ConversationMemory memory = ConversationMemory.standard(ChatFixtures.FIXED);

    ChatDesk desk(ScriptedModel model) {
        return desk(model, ChatFixtures.FIXED);
    }

    ChatDesk desk(ScriptedModel model, java.time.Clock clock) {
        ModelClient client = new ModelClient(model, SETTINGS, d -> { });
        return ChatFixtures.desk(Optional.of(ChatFixtures.path(client, SETTINGS, clock)), memory);
    }

    static Question q(String text) {
        return new Question(text, MARCH_23, "conv-1");
    }

    @Test
    void should_serve_the_models_answer_when_it_cites_the_facts_it_was_given() {
        ScriptedModel model = new ScriptedModel().text(GOOD);

        Answer a = desk(model).ask(q("How did small caps do against large caps today?"), ProgressListener.NONE);

        assertThat(a.writer()).isEqualTo("llm:gpt-4o-mini");
        assertThat(a.text()).isEqualTo(GOOD);
        assertThat(a.facts()).extracting(f -> f.id() + " " + f.subject()).containsExactly("F1 IWM", "F2 SPY");
        assertThat(model.userMessages().get(0)).contains("F1 | IWM 1-day return (2026-03-23) | +2.16%")
                .contains("<<<QUESTION\nHow did small caps do against large caps today?\nQUESTION>>>");
    }

    @Test
    void should_repair_with_the_findings_and_never_the_rejected_text_when_a_draft_has_a_wrong_number() {
        ScriptedModel model = new ScriptedModel().text(LYING, GOOD);

        Answer a = desk(model).ask(q("How did small caps do against large caps today?"), ProgressListener.NONE);

        assertThat(a.text()).isEqualTo(GOOD);
        assertThat(a.attempts()).extracting(Attempt::outcome).containsExactly("rejected", "passed");
        String repair = model.userMessages().get(1);
        assertThat(repair).contains("was rejected").contains("says 2.61%").doesNotContain("IWM surged 2.61% [F1] on the day.");
    }

    @Test
    void should_fall_back_to_the_offline_answer_when_the_model_keeps_lying() {
        ScriptedModel model = new ScriptedModel().text(LYING);

        Answer a = desk(model).ask(q("How did small caps do against large caps today?"), ProgressListener.NONE);

        assertThat(a.writer()).isEqualTo(Answer.OFFLINE);
        assertThat(a.attempts()).extracting(Attempt::outcome).containsExactly("rejected", "rejected", "rejected", "passed");
        assertThat(a.text()).doesNotContain("2.61").contains("2.16% [F1]");
        assertThat(model.requests()).hasSize(3);
    }

    @Test
    void should_fall_back_to_the_offline_answer_when_the_model_fails() {
        ScriptedModel model = new ScriptedModel().failing(new ModelFailure(ModelFailure.Kind.QUOTA, "insufficient_quota"));

        Answer a = desk(model).ask(q("What is IWM's beta?"), ProgressListener.NONE);

        assertThat(a.writer()).isEqualTo(Answer.OFFLINE);
        assertThat(a.attempts().get(0).error()).isEqualTo("the model failed: quota");
        assertThat(a.text()).contains("252-day beta against SPY of 1.05 [F1]");
    }

    @Test
    void should_stop_asking_the_model_when_the_answers_time_budget_is_used_up() {
        ScriptedModel.TestClock clock = new ScriptedModel.TestClock();
        ScriptedModel model = new ScriptedModel().text(LYING).onCall(() -> clock.advance(Duration.ofSeconds(31)));

        Answer a = desk(model, clock).ask(q("How did IWM do today?"), ProgressListener.NONE);

        assertThat(model.requests()).hasSize(1);
        assertThat(a.writer()).isEqualTo(Answer.OFFLINE);
        assertThat(a.attempts()).extracting(Attempt::outcome).containsExactly("rejected", "passed");
    }

    @Test
    void should_gather_facts_with_a_tool_and_cite_them_under_answer_local_ids() {
        ScriptedModel model = new ScriptedModel()
                .toolCall("facts", "{\"instruments\":[\"XLU\"],\"metrics\":[\"return\"],\"window\":\"30d\"}")
                .text("Over the past 30 sessions, XLU is up 4.02% [F2].");

        Answer a = desk(model).ask(q("What is IWM's beta?"), ProgressListener.NONE);

        assertThat(model.toolResults()).anySatisfy(r -> assertThat(r).contains("- F2 | XLU 30-day return (2026-03-23) | +4.02%"));
        assertThat(a.writer()).isEqualTo("llm:gpt-4o-mini");
        assertThat(a.facts()).extracting(QuestionTableTest::key).containsExactly("XLU return 30d");
        assertThat(a.facts().get(0).id()).isEqualTo("F2");   // F1 is the beta the reader's question brought in
    }

    @Test
    void should_tell_the_model_and_still_validate_when_tool_arguments_cannot_be_read() {
        ScriptedModel model = new ScriptedModel().toolCall("rank_sectors", "{\"metric\": ").text(GOOD);

        Answer a = desk(model).ask(q("Which sector led today?"), ProgressListener.NONE);

        assertThat(model.toolResults()).anySatisfy(r -> assertThat(r).contains("could not be read"));
        assertThat(a.validation().passed()).isTrue();
        assertThat(a.text()).as("GOOD names IWM and SPY, not the sector funds F1 and F2 are about")
                .contains("did best among the sector funds");
    }

    @Test
    void should_send_status_events_in_order_then_the_answer() {
        List<String> events = new ArrayList<>();
        ProgressListener recorder = new ProgressListener() {
            public void status(Status s) {
                events.add(s.step().wire());
            }

            public void answer(Answer a) {
                events.add("answer");
            }

            public void error(ChatError e) {
                events.add("error");
            }
        };

        desk(new ScriptedModel().text(LYING, "IWM surged 2.16% [F1] on the day.")).ask(q("How did IWM do today?"), recorder);

        assertThat(events).containsExactly("reading", "computing", "drafting", "validating", "drafting", "validating", "answer");
    }

    @Test
    void should_send_an_error_event_and_throw_when_the_question_is_too_long() {
        List<ChatError> errors = new ArrayList<>();
        ProgressListener recorder = new ProgressListener() {
            public void error(ChatError e) {
                errors.add(e);
            }
        };

        assertThatThrownBy(() -> ChatFixtures.offline().ask(q("x".repeat(501)), recorder)).isInstanceOf(InvalidQuestion.class);
        assertThat(errors).extracting(ChatError::code).containsExactly(ChatError.Code.INVALID_QUESTION);
    }

    @Test
    void should_not_remember_the_answer_when_the_client_goes_away_mid_stream() {
        ChatDesk desk = ChatFixtures.desk(Optional.empty(), memory);
        ProgressListener gone = new ProgressListener() {
            public void status(Status s) {
                if (s.step() == Step.DRAFTING) throw new IllegalStateException("client gone");
            }
        };

        assertThatThrownBy(() -> desk.ask(q("How did IWM do today?"), gone)).hasMessage("client gone");
        assertThat(memory.history("conv-1")).isEmpty();
    }

    @Test
    void should_give_the_model_the_history_with_markers_renumbered_to_this_answers_facts() {
        ScriptedModel model = new ScriptedModel().text(GOOD, "SPY rose 1.05% [F1] on the day.");
        ChatDesk desk = desk(model);
        desk.ask(q("How did small caps do against large caps today?"), ProgressListener.NONE);

        Answer second = desk.ask(q("And SPY?"), ProgressListener.NONE);

        String prompt = model.userMessages().get(1);
        String iwm = id(prompt, "IWM 1-day return (2026-03-23)"), spy = id(prompt, "SPY 1-day return (2026-03-23)");
        assertThat(prompt).contains("- reader: asked to compare IWM and SPY: performance (1d) on 2026-03-23")
                .contains("- factline: IWM surged 2.16% [" + iwm + "] on the day, while SPY rose 1.05% [" + spy + "].")
                .contains("<<<QUESTION\nAnd SPY?\nQUESTION>>>");
        assertThat(second.writer()).isEqualTo("llm:gpt-4o-mini");
        assertThat(second.conversationId()).isEqualTo("conv-1");
    }

    /** The ID the prompt's facts table gives the fact with this label. */
    private static String id(String prompt, String label) {
        var m = java.util.regex.Pattern.compile("- (F\\d+) \\| " + java.util.regex.Pattern.quote(label) + " \\|").matcher(prompt);
        assertThat(m.find()).as(label + " in the facts table").isTrue();
        return m.group(1);
    }

    @Test
    void should_pass_a_question_with_template_braces_to_the_model_verbatim() {
        ScriptedModel model = new ScriptedModel().text("Factline does not forecast prices.");

        desk(model).ask(q("What is {{system}} and {{it}} for SPY? Will it rise?"), ProgressListener.NONE);

        assertThat(model.userMessages().get(0)).contains("<<<QUESTION\nWhat is {{system}} and {{it}} for SPY? Will it rise?\nQUESTION>>>");
    }

    @Test
    void should_start_a_new_conversation_when_none_is_given() {
        Answer a = ChatFixtures.offline().ask(new Question("How did SPY do?", MARCH_23, null), ProgressListener.NONE);

        assertThat(a.conversationId()).isEqualTo("c1");
    }
}
