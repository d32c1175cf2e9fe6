package io.factline.facts.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.QualityIssue;
import io.factline.market.CsvMarketLoader;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import io.factline.market.SeriesOrigin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks on the real defects of the bundled data, and on synthetic cases for what it lacks. */
class QualityChecksTest {

    static final MarketData BUNDLED = new CsvMarketLoader().load(Path.of("fixtures/market"));
    static final LocalDate MAR_23 = LocalDate.of(2026, 3, 23);

    @Test
    void should_report_the_stale_russell_index_when_checking_the_bundled_data() {
        assertThat(new StaleSeries().check(BUNDLED, MAR_23)).singleElement().satisfies(q -> {
            assertThat(q.subject()).isEqualTo("^RUT");
            assertThat(q.message()).isEqualTo("^RUT: no bar on 2026-03-23; last bar 2026-02-23 (20 sessions behind ^GSPC)");
        });
    }

    @Test
    void should_report_the_real_18_session_gap_of_seven_sector_funds() {
        List<QualityIssue> gaps = new MissingSessions().check(BUNDLED, MAR_23);

        assertThat(gaps).extracting(QualityIssue::subject).containsExactly("XLE", "XLY", "XLV", "XLP", "XLF", "XLRE", "XLC");
        assertThat(gaps.get(0).message()).isEqualTo("XLE: 18 sessions of SPY missing between 2026-02-24 and 2026-03-19");
    }

    @Test
    void should_report_missing_volume_in_the_window_of_the_volume_figures() {
        List<QualityIssue> missing = new MissingVolume().check(BUNDLED, MAR_23);

        assertThat(missing).extracting(QualityIssue::subject).containsExactly("SPY", "IWM", "XLB", "XLK", "XLI", "XLU");
        assertThat(missing.get(0).message()).isEqualTo("SPY: volume missing on 18 sessions between 2026-02-24 and 2026-03-19");
    }

    @Test
    void should_find_the_raw_and_adjusted_splice_of_2026_03_20() {
        List<QualityIssue> spliced = new SplicedPrices().check(BUNDLED, MAR_23);

        assertThat(spliced).extracting(QualityIssue::subject).containsExactly("SPY", "IWM", "XLB", "XLK", "XLI", "XLU");
        assertThat(spliced).allSatisfy(q -> assertThat(q.from()).isEqualTo(LocalDate.of(2026, 3, 20)));
    }

    @Test
    void should_flag_spy_diverging_from_the_sp500_on_2026_06_26_and_not_on_2026_03_23() {
        EtfIndexDivergence check = new EtfIndexDivergence(0.5);

        assertThat(check.check(BUNDLED, LocalDate.of(2026, 6, 26))).singleElement().satisfies(q -> {
            assertThat(q.subject()).isEqualTo("SPY");
            assertThat(q.message()).isEqualTo("SPY: moved -0.72% and its index ^GSPC -0.05% on 2026-06-26, "
                    + "a gap of 0.68 pp (more than 0.50 pp); check both bars");
        });
        assertThat(check.check(BUNDLED, MAR_23)).isEmpty();
    }

    @Test
    void should_suspect_a_split_when_price_halves_on_doubled_volume() {
        MarketData data = single(new double[] {100, 101, 100.5, 50.2, 50.4}, new double[] {10, 11, 10, 25, 12});

        assertThat(new SuspectedSplit().check(data, day(4))).singleElement().satisfies(q -> {
            assertThat(q.from()).isEqualTo(day(3));
            assertThat(q.message()).startsWith("S: moved -50.0% on " + day(3)).endsWith("suspected unadjusted split");
        });
    }

    @Test
    void should_not_suspect_a_split_when_a_big_move_comes_on_ordinary_volume() {
        MarketData data = single(new double[] {100, 101, 100.5, 50.2, 50.4}, new double[] {10, 11, 10, 11, 12});

        assertThat(new SuspectedSplit().check(data, day(4))).isEmpty();
    }

    @Test
    void should_report_zero_volume_apart_from_blank_volume() {
        MarketData data = single(new double[] {10, 10, 10, 10}, new double[] {5, 0, Double.NaN, 5});

        assertThat(new MissingVolume().check(data, day(3))).extracting(QualityIssue::check)
                .containsExactly("missing_volume", "zero_volume");
    }

    @Test
    void should_find_no_splits_in_the_bundled_data_which_was_adjusted_for_its_2025_splits() {
        assertThat(new SuspectedSplit().check(BUNDLED, LocalDate.of(2026, 1, 5))).isEmpty();
    }

    private static LocalDate day(int i) {
        return LocalDate.of(2026, 3, 2).plusDays(i);
    }

    private static MarketData single(double[] prices, double[] volumes) {
        LocalDate[] d = new LocalDate[prices.length];
        for (int i = 0; i < d.length; i++) d[i] = day(i);
        PriceSeries s = new PriceSeries("S", new SeriesOrigin("t", "S.csv"), false, d, prices.clone(), prices, volumes);
        return new MarketData(List.of(new Instrument("S", "S", Kind.STOCK, null, "S")), Map.of("S", s), List.of(), null);
    }
}
