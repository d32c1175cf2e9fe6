package io.factline.facts.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.QualityIssue;
import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The issue-15 checks on the known defects of real data: the S&P 500 pack (fixtures/sp500, or the shared
 * pack it is copied from until then) and the bundled data. Each known case is named in the pack's
 * SOURCES.md or in fixtures/README.md.
 */
class Sp500QualityTest {

    static final Path PACK = Files.isDirectory(Path.of("fixtures/sp500")) ? Path.of("fixtures/sp500") : Path.of("../shared/data/sp500");
    static final MarketData SP500 = new CsvMarketLoader().load(PACK);
    static final MarketData BUNDLED = QualityChecksTest.BUNDLED;

    private static List<QualityIssue> of(QualityCheck check, MarketData data, String date, String subject) {
        return check.check(data, LocalDate.parse(date)).stream().filter(q -> q.subject().equals(subject)).toList();
    }

    @Test
    void should_find_the_bundled_russell_volume_to_be_the_sp500s() {
        assertThat(new DuplicateVolume().check(BUNDLED, QualityChecksTest.MAR_23)).singleElement().satisfies(q -> {
            assertThat(q.subject()).isEqualTo("^RUT");
            assertThat(q.message()).startsWith("^RUT: volume equals ^GSPC's on 217 of the 218 sessions both report volume");
        });
    }

    @Test
    void should_find_no_other_volume_copies_among_the_500_members_of_the_pack() {
        assertThat(new DuplicateVolume().check(SP500, LocalDate.of(2025, 6, 13))).extracting(QualityIssue::subject)
                .containsExactly("^RUT");
    }

    @Test
    void should_report_the_dow_bar_of_2025_08_12_whose_low_is_above_its_open() {
        assertThat(of(new InconsistentBar(), SP500, "2025-09-08", "^DJI")).singleElement().satisfies(q -> assertThat(q.message())
                .isEqualTo("^DJI: the bar of 2025-08-12 has its low (44050.53125) above its open (44050.5); "
                        + "its range is wrong, its close is used as given"));
    }

    @Test
    void should_report_when_issued_sessions_of_the_2024_spin_offs_and_the_zero_volume_quotes_of_sw() {
        List<QualityIssue> june = new PreListingRows().check(SP500, LocalDate.of(2024, 6, 28));   // SW lists on 2024-07-08

        assertThat(june).extracting(QualityIssue::subject).containsExactlyInAnyOrder("GEV", "SOLV");
        assertThat(june).filteredOn(q -> q.subject().equals("GEV")).singleElement()
                .satisfies(q -> assertThat(q.message()).startsWith("GEV: 3 rows before regular trading began on 2024-04-02"));
        assertThat(june).filteredOn(q -> q.subject().equals("SOLV")).singleElement()
                .satisfies(q -> assertThat(q.message()).startsWith("SOLV: 3 rows before regular trading began on 2024-04-01"));
        assertThat(of(new PreListingRows(), SP500, "2025-06-13", "SNDK")).singleElement()
                .satisfies(q -> assertThat(q.message()).startsWith("SNDK: 6 rows before regular trading began on 2025-02-24"));
        assertThat(of(new PreListingRows(), SP500, "2025-12-01", "Q")).singleElement()
                .satisfies(q -> assertThat(q.message()).startsWith("Q: 5 rows before regular trading began on 2025-11-03"));
        assertThat(of(new PreListingRows(), SP500, "2025-06-13", "SW")).singleElement()
                .satisfies(q -> assertThat(q.message()).startsWith("SW: 128 rows before regular trading began on 2024-07-08 (77 with zero volume"));
    }

    @Test
    void should_not_take_the_late_start_of_a_one_year_source_for_a_listing() {
        assertThat(new PreListingRows().check(SP500, LocalDate.of(2025, 6, 13))).extracting(QualityIssue::subject)
                .doesNotContain("ARES", "CRH", "EME", "ES", "ESS", "ETN", "ETR", "EVRG", "EW", "EXC");
    }

    @Test
    void should_flag_fasts_dividend_adjustment_on_two_share_bases_and_not_apples_regular_dividends() {
        assertThat(of(new AdjustmentJump(), SP500, "2025-06-13", "FAST")).singleElement()
                .satisfies(q -> assertThat(q.message()).contains("2024-07-26 (implies a dividend of 0.1950").contains("1/2 of the 0.3900"));
        assertThat(of(new AdjustmentJump(), SP500, "2025-06-13", "AAPL")).isEmpty();
        assertThat(of(new AdjustmentJump(), SP500, "2025-06-13", "TDG")).isEmpty();   // real special dividends of 75 and 90
    }

    @Test
    void should_say_that_dia_returns_leave_out_the_dividends_of_dividends_csv() {
        assertThat(of(new UnadjustedDividends(), SP500, "2025-06-13", "DIA")).singleElement().satisfies(q -> assertThat(q.message())
                .startsWith("DIA: prices are closes without dividend adjustment; 12 ex-dividend dates between"));
    }

    @Test
    void should_say_when_the_stocks_of_the_pack_ended_on_a_date_after_their_last_row() {
        List<QualityIssue> stale = new StaleSeries().check(SP500, LocalDate.of(2025, 9, 25));

        assertThat(stale).hasSizeGreaterThanOrEqualTo(474);
        assertThat(stale).filteredOn(q -> q.subject().equals("AAPL")).singleElement().satisfies(q -> assertThat(q.message())
                .isEqualTo("AAPL: no bar on 2025-09-25; last bar 2025-09-08 (13 sessions behind SPY)"));
    }

    @Test
    void should_not_suspect_splits_in_the_vix_which_is_an_index() {
        assertThat(new SuspectedSplit().check(SP500, LocalDate.of(2025, 6, 13))).extracting(QualityIssue::subject).doesNotContain("^VIX");
    }
}
