package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factline.facts.FactSheet;
import io.factline.testing.Golden;
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
        Prompt repair = prompts.repair(SHEET, List.of(new Finding("+2.19%", "says +2.19%, fact F25 (IWM 1-day return) is +2.16%")));
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
    void should_never_carry_an_earlier_drafts_prose_into_a_repair_prompt() {
        String user = prompts.repair(SHEET, List.of(new Finding("+9.99%", "says +9.99%, fact F14 (SPY 1-day return) is +1.05%"))).user();

        assertThat(user).contains("\"+9.99%\": says +9.99%, fact F14 (SPY 1-day return) is +1.05%");
        assertThat(user).doesNotContain("previous draft said");
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
