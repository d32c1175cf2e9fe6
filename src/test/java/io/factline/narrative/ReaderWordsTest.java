package io.factline.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 16, section 1: words a reader knows in the template commentary: "percentage points", jargon
 * explained once, breadth and the sectors by their members on the S&P 500 pack, saying which is which.
 */
class ReaderWordsTest {

    final TemplateWriter writer = new TemplateWriter(new Templates("narrative"));

    static FactSheet sp500(String date) {
        return new FactEngine().sheet(new CsvMarketLoader().load(Path.of("fixtures/sp500")), LocalDate.parse(date));
    }

    @Test
    void should_write_percentage_points_and_explain_beta_and_macd_once_when_given_the_bundled_sheet() {
        // when
        String text = Narrative.of(writer.draft(TemplateWriterTest.bundled("2026-03-23")));

        // then
        assertThat(text).doesNotContain(" pp [").contains("outperformed SPY by 1.11 percentage points [F133]");
        assertThat(occurrences(text, "a measure of how much it has tended to move with the market")).isEqualTo(1);
        assertThat(occurrences(text, "a momentum gauge built from moving averages")).isEqualTo(1);
        assertThat(text.indexOf("MACD, a momentum gauge")).isEqualTo(text.indexOf("MACD"));
    }

    @Test
    void should_say_breadth_and_the_sectors_by_funds_and_by_members_when_given_the_sp500_sheet() {
        // given: on 2025-06-13, 68 stocks rose and 428 fell; 75% were above their 50-day average; Energy's
        // members rose 2.17% on average and Consumer Discretionary's fell 2.20%
        Draft d = writer.draft(sp500("2025-06-13"));

        // then
        assertThat(d.marketMoves()).startsWith("Among individual stocks, 68 rose [F16846] and 428 fell [F16847], decliners far "
                + "outnumbering advancers, though 75.00% [F16851] still trade above their 50-day moving average.");
        assertThat(d.sectors()).startsWith("By their funds, leading on the day: Energy (XLE) rose 1.74% [F120]")
                .contains("By their member stocks, weighted equally, Energy stocks did best, up 2.17% [F16945] on average, "
                        + "and Consumer Discretionary stocks worst, down 2.20% [F16875].");
        assertThat(d.risk()).startsWith("The 10-year Treasury yield (^TNX) rose 6.70 basis points [F7760] on the day");
    }

    @Test
    void should_explain_the_rsi_on_first_use_when_a_mover_is_overbought() {
        // when
        String moves = writer.draft(sp500("2025-06-13")).marketMoves();

        // then
        assertThat(moves).contains("Its 14-day relative strength index (RSI), a gauge of how far recent gains or losses have run, "
                + "is 88.96 [F14164], in overbought territory [F14165].").contains("Its 14-day RSI is 76.74 [F9574]");
    }

    @Test
    void should_name_a_company_as_readers_do_when_instruments_csv_has_a_share_class_article_or_figure() {
        // given
        FactSheet sheet = sp500("2025-06-13");

        // when / then
        assertThat(MoversSection.company(sheet.instrument("FOXA").orElseThrow())).isEqualTo("Fox Corporation (FOXA)");
        assertThat(MoversSection.company(sheet.instrument("DIS").orElseThrow())).isEqualTo("The Walt Disney Company (DIS)");
        assertThat(MoversSection.company(sheet.instrument("MMM").orElseThrow())).isEqualTo("MMM");
        assertThat(MoversSection.company(sheet.instrument("ORCL").orElseThrow())).isEqualTo("Oracle Corporation (ORCL)");
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}
