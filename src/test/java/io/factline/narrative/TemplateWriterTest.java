package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import io.factline.testing.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TemplateWriterTest {

    final TemplateWriter writer = new TemplateWriter(new Templates("narrative"));

    static FactSheet bundled(String date) {
        return new FactEngine().sheet(new CsvMarketLoader().load(Path.of("fixtures/market")), LocalDate.parse(date));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-23", "2026-10-05"})
    void should_match_the_golden_narrative_when_given_the_bundled_sheet(String date) throws IOException {
        String narrative = Narrative.of(writer.draft(bundled(date)));

        Golden.assertMatches("template/narrative-" + date + ".md", narrative);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-06-13", "2025-09-08"})
    void should_match_the_golden_narrative_when_given_the_sp500_sheet(String date) throws IOException {
        // given
        FactSheet sheet = new FactEngine().sheet(new CsvMarketLoader().load(Path.of("fixtures/sp500")), LocalDate.parse(date));

        // when
        String narrative = Narrative.of(writer.draft(sheet));

        // then
        Golden.assertMatches("template/sp500-narrative-" + date + ".md", narrative);
    }

    @Test
    void should_write_the_same_text_when_given_the_same_sheet() {
        FactSheet sheet = bundled("2026-03-23");

        assertThat(Narrative.of(writer.draft(sheet))).isEqualTo(Narrative.of(writer.draft(sheet)));
    }

    @Test
    void should_ground_every_risk_and_opportunity_in_a_cited_fact() {
        Draft d = writer.draft(bundled("2026-03-23"));

        assertThat(d.risks()).isNotEmpty().allMatch(b -> b.matches(".*\\[F\\d+].*"));
        assertThat(d.opportunities()).isNotEmpty().allMatch(b -> b.matches(".*\\[F\\d+].*"));
    }

    @Test
    void should_say_plainly_when_a_series_is_stale_or_gapped() {
        Draft d = writer.draft(bundled("2026-03-23"));

        assertThat(d.summary()).contains("The Russell 2000 (^RUT) is left out: no bar on 2026-03-23; last bar 2026-02-23.");
        assertThat(d.sectors()).contains("No 30-day figures for Energy (XLE)")
                .contains("missing sessions between 2026-02-23 and 2026-03-20");
    }

    @Test
    void should_choose_verbs_by_size_and_sign_of_the_move() {
        Draft d = writer.draft(bundled("2026-03-23"));

        assertThat(d.marketMoves()).contains("iShares Russell 2000 ETF (IWM) surged 2.16% [F25] on the day.")
                .contains("SPDR S&P 500 ETF Trust (SPY) rose 1.05% [F14] on the day.");
        assertThat(d.sectors()).contains("Healthcare (XLV) slipped 0.39% [F52]")
                .contains("Consumer Defensive (XLP) edged down 0.14% [F60]");
    }

    @Test
    void should_say_the_history_is_too_short_without_quoting_session_counts_when_a_window_is_not_full_yet() {
        // given: 2023-03-09 is the 46th session of the bundled data, too early for a 252-session beta
        Draft d = writer.draft(bundled("2023-03-09"));

        // then
        assertThat(d.risk()).contains("No beta for ^GSPC, ^RUT, SPY, IWM, Energy (XLE)")
                .contains(": the data do not yet reach back far enough.");
        assertThat(Narrative.of(d)).doesNotContain("needs ").doesNotContain(" has 46");
    }
}
