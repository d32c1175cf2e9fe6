package io.factline.reader;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.Samples;
import io.factline.facts.EditorFact;
import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.FactValue;
import io.factline.facts.Metric;
import io.factline.facts.Unit;
import io.factline.facts.Window;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Provenance in reader language over the bundled data's real facts of 2026-03-23. */
class ProvenanceTest {

    private final FactSheet sheet = Samples.sheet();

    private Fact fact(String id) {
        return sheet.fact(id).orElseThrow();
    }

    @Test
    void should_say_a_one_day_return_as_two_closes_rounded_for_display_when_the_fact_has_its_inputs() {
        // given SPY's 1-day return, F14, computed from p[t] = 653.6959 and p[t-1] = 646.9034
        Fact spy = fact("F14");

        // when
        String said = Provenance.sentence(spy);

        // then
        assertThat(said).isEqualTo("Close 653.70 on 23 Mar against 646.90 on 20 Mar: +1.05%");
    }

    @Test
    void should_keep_every_input_at_full_precision_in_the_calculation() {
        String calculation = Provenance.calculation(fact("F14"));

        assertThat(calculation).startsWith("(p[t] / p[t-1] - 1) * 100; p[t] = 653.6959; p[t-1] = 646.9034; t = 2026-03-23; t-1 = 2026-03-20")
                .contains("result = 1.05000221053097");
    }

    @Test
    void should_say_thirty_day_returns_relative_returns_volatility_beta_and_volume_in_words() {
        assertThat(Provenance.sentence(fact("F15"))).matches("Close 653\\.70 on 23 Mar against \\d[\\d,]*\\.\\d\\d on 6 Feb: -4\\.84%");
        assertThat(Provenance.sentence(fact("F133"))).isEqualTo("IWM +2.16% against SPY +1.05% over the day: +1.11 pp");
        assertThat(Provenance.sentence(fact("F4"))).isEqualTo("Standard deviation of the 30 daily returns from 6 Feb to 23 Mar: 0.81%");
        assertThat(Provenance.sentence(fact("F135"))).isEqualTo("Daily returns against SPY over the 252 sessions from 20 Mar 2025 to 23 Mar 2026: 1.05");
        assertThat(Provenance.sentence(fact("F7"))).isEqualTo("Volume 6.02 billion on 23 Mar against a 30-session average of 5.91 billion: 1.02x");
        assertThat(Provenance.sentence(fact("F23"))).isEqualTo("Price to earnings as quoted on 23 Mar: 26.00");
    }

    @Test
    void should_fall_back_to_label_and_value_when_a_sheet_from_another_tool_has_no_inputs() {
        Fact bare = new Fact("F1", "SPY", Metric.RETURN, Window.D1, null, new FactValue.Num(1.0500022), Unit.PERCENT, null,
                "SPY 1-day return", List.of(), null, Map.of());

        assertThat(Provenance.sentence(bare)).isEqualTo("SPY 1-day return: +1.05%");
        assertThat(Provenance.calculation(bare)).isEqualTo("result = 1.0500022");
    }

    @Test
    void should_say_an_editor_sourced_figure_by_its_label_and_as_of_date_when_it_has_no_metric() {
        // given a figure an editor added: the sheet lacks the 10-year yield
        EditorFact added = new EditorFact("E1", "^TNX", "10-year Treasury yield", 4.25, Unit.PERCENT, java.time.LocalDate.parse("2026-03-23"),
                new EditorFact.Reference("U.S. Treasury daily par yield curve", "https://home.treasury.gov/", null), "erin",
                java.time.Instant.parse("2026-03-24T07:00:00Z"));

        // when
        String said = Provenance.sentence(added.asFact());

        // then
        assertThat(said).isEqualTo("10-year Treasury yield as of 23 Mar 2026: 4.25%");
    }
}
