package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factline.facts.FactSheet;
import io.factline.narrative.llm.DraftJson;
import io.factline.testing.Golden;
import io.factline.validation.Validator;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PromptBuilderTest {

    static final FactSheet SHEET = TemplateWriterTest.bundled("2026-03-23");
    final PromptBuilder prompts = new PromptBuilder(new Templates("prompts"));

    @Test
    void should_match_the_golden_daily_prompt_when_given_the_bundled_sheet_for_2026_03_23() throws IOException {
        Prompt p = prompts.daily(SHEET);

        Golden.assertMatches("prompts/system.txt", p.system());
        Golden.assertMatches("prompts/daily-2026-03-23.txt", p.user());
    }

    @Test
    void should_match_the_golden_repair_and_question_prompts() throws IOException {
        Prompt repair = prompts.repair(SHEET, rejected(CommentaryDeskTest.LYING));
        Prompt question = prompts.question(SHEET, List.of(new Turn("reader", "How did IWM do?"),
                new Turn("factline", "IWM surged 2.16% [F25] on the day.")), "And SPY?");

        Golden.assertMatches("prompts/repair-2026-03-23.txt", repair.user());
        Golden.assertMatches("prompts/question-2026-03-23.txt", question.user());
    }

    @Test
    void should_hand_the_model_facts_only_never_price_rows_inputs_or_formulas() {
        String user = prompts.daily(SHEET).user();

        assertThat(user).contains("F25 | IWM 1-day return | +2.16% | percent | IWM | 1d | -");
        assertThat(user).doesNotContain("246.8629")      // IWM adj_close on the day: an input, not a fact
                .doesNotContain("p[t]")
                .doesNotContain("prices/");            // no source file locations
        assertThat(user).contains("^RUT | close, return 1d, return 30d").contains("no bar on 2026-03-23; last bar 2026-02-23");
    }

    @Test
    void should_carry_the_rejected_draft_with_each_failing_sentence_marked_above_its_finding_and_fix() {
        String user = prompts.repair(SHEET, rejected(CommentaryDeskTest.LYING)).user();

        assertThat(user).contains("\nheadline:\n>> Small caps lead the rebound: IWM jumped 2.61% [F25]\n"
                + "      finding: \"2.61%\": says 2.61% with \"jumped\" (+2.61), but fact F25 (IWM 1-day return) is +2.16%\n"
                + "      fix: write the cited fact's shown value with its marker");
        assertThat(user).contains("\n>> SPY rose 1.50% [F14] on the day, though over the past 30 sessions it is still down 4.84% [F15].\n"
                + "      finding: \"1.50%\": says 1.50% with \"rose\" (+1.5), but fact F14 (SPY 1-day return) is +1.05%\n");
        // sentences that passed are shown plain, to be kept as they are
        assertThat(user).contains("\nsummary:\n   Stocks rallied on Monday.\n")
                .contains("\nmarketMoves:\n   IWM outperformed SPY by 1.11 pp [F133] on the day.\n"
                        + "   Over the past 30 sessions IWM trailed SPY by 1.62 pp [F134].\n")
                .doesNotContain(">> IWM outperformed").doesNotContain(">> Stocks rallied");
        // the section instructions are repeated
        assertThat(user).contains("- risk: 30-day volatility and 252-day beta.");
    }

    @Test
    void should_name_a_risk_bullet_that_cites_no_fact_on_the_bullet_itself() {
        String draft = CommentaryDeskTest.GOOD.replace("\"SPY is down 4.84% [F15] over the past 30 sessions.\"",
                "\"Markets can fall as well as rise.\"");

        String user = prompts.repair(SHEET, rejected(draft)).user();

        assertThat(user).contains("\nrisks:\n>> Markets can fall as well as rise.\n"
                + "      finding: \"Markets can fall as well as rise.\": risk bullet 1 cites no fact\n"
                + "      fix: ground the bullet in a listed fact");
    }

    private static Review rejected(String draftJson) {
        Draft draft = new DraftJson().parse(draftJson);
        return Review.of(draft, new Validator().validate(SHEET, Narrative.of(draft), true));
    }

    @Test
    void should_fail_naming_template_line_and_variable_when_a_variable_is_missing() {
        Templates templates = new Templates("templates-test");

        assertThatThrownBy(() -> templates.render("hole", Map.of("name", "Ada")))
                .isInstanceOf(Templates.MissingVariable.class)
                .hasMessage("hole.mustache:1: missing or null variable 'asOf'");
    }

    @Test
    void should_fail_when_a_variable_is_null() {
        Map<String, Object> scope = new HashMap<>();
        scope.put("name", null);
        scope.put("asOf", "2026-03-23");

        assertThatThrownBy(() -> new Templates("templates-test").render("hole", scope))
                .hasMessage("hole.mustache:1: missing or null variable 'name'");
    }
}
