package io.factline.facts.quality;

import static io.factline.facts.quality.DataDir.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.QualityIssue;
import io.factline.market.MarketData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issue-15 checks on small synthetic files, read by the real loader. */
class NewChecksTest {

    @TempDir
    Path dir;

    static final String OHLCV = "date,open,high,low,close,volume";
    static final String ADJUSTED = "date,close,adj_close,volume";

    /** n weekday rows of close ~100 and the given volume rule. */
    private static String[] bars(int n, java.util.function.IntToLongFunction volume) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double c = 100 + (i % 7) - (i % 3);
            rows.add(String.format(Locale.ROOT, "%s,%.2f,%.2f,%.2f,%.2f,%d", day(i), c - 0.5, c + 1, c - 1, c, volume.applyAsLong(i)));
        }
        return rows.toArray(String[]::new);
    }

    @Test
    void should_report_an_index_whose_volume_is_a_copy_of_its_benchmarks_when_they_agree_on_most_days() {
        String[] spx = bars(40, i -> 3_000_000_000L + i * 7919L);
        String[] rut = bars(40, i -> i == 5 ? 123_456L : 3_000_000_000L + i * 7919L);
        MarketData data = new DataDir(dir).instrument("SPX", "index", "", OHLCV, spx).instrument("RUT", "index", "SPX", OHLCV, rut)
                .instrument("OTHER", "index", "SPX", OHLCV, bars(40, i -> 2_000_000L + i)).load();

        List<QualityIssue> issues = new DuplicateVolume().check(data, day(39));

        assertThat(issues).singleElement().satisfies(q -> {
            assertThat(q.subject()).isEqualTo("RUT");
            assertThat(q.message()).isEqualTo("RUT: volume equals SPX's on 39 of the 40 sessions both report volume ("
                    + day(0) + " to " + day(39) + "); it is probably SPX's volume, not RUT's");
        });
    }

    @Test
    void should_not_report_two_volume_series_when_they_agree_only_now_and_then() {
        MarketData data = new DataDir(dir).instrument("A", "stock", "", OHLCV, bars(40, i -> 1000 + (i % 4 == 0 ? 0 : i)))
                .instrument("B", "stock", "A", OHLCV, bars(40, i -> 1000 + (i % 4 == 0 ? 0 : 2L * i))).load();

        assertThat(new DuplicateVolume().check(data, day(39))).isEmpty();
    }

    @Test
    void should_report_an_index_bar_whose_low_is_above_its_open_naming_the_bar() {
        String[] rows = bars(10, i -> 0);
        rows[4] = day(4) + ",44050.50,44100,44050.53,44080,";
        MarketData data = new DataDir(dir).instrument("DJI", "index", "", OHLCV, rows).load();

        assertThat(new InconsistentBar().check(data, day(9))).singleElement().satisfies(q -> {
            assertThat(q.from()).isEqualTo(day(4));
            assertThat(q.message()).isEqualTo("DJI: the bar of " + day(4)
                    + " has its low (44050.53) above its open (44050.5); its range is wrong, its close is used as given");
        });
    }

    @Test
    void should_find_no_inconsistent_bar_when_a_file_has_only_closes() {
        MarketData data = new DataDir(dir).instrument("C", "stock", "", "date,close", day(0) + ",10", day(1) + ",11").load();

        assertThat(new InconsistentBar().check(data, day(1))).isEmpty();
    }

    @Test
    void should_report_when_issued_rows_of_a_spin_off_before_its_first_regular_session() {
        String[] spun = bars(30, i -> i < 3 ? 400_000 + i * 100_000L : i == 3 ? 14_000_000 : 5_000_000);
        String[] shifted = new String[spun.length];
        for (int i = 0; i < spun.length; i++) shifted[i] = spun[i].replaceFirst("^[^,]+", day(i + 10).toString());
        MarketData data = new DataDir(dir).instrument("SPY", "etf", "", OHLCV, bars(40, i -> 50_000_000))
                .instrument("NEW", "stock", "SPY", OHLCV, shifted).load();

        assertThat(new PreListingRows().check(data, day(39))).singleElement().satisfies(q -> {
            assertThat(q.from()).isEqualTo(day(10));
            assertThat(q.to()).isEqualTo(day(12));
            assertThat(q.message()).isEqualTo("NEW: 3 rows before regular trading began on " + day(13)
                    + " (volume at most 600,000, against 14,000,000 that day); figures whose windows reach back before "
                    + day(13) + " use when-issued or pre-listing quotes");
        });
    }

    @Test
    void should_report_zero_volume_quotes_before_a_listing_that_the_data_starts_before() {
        String[] rows = bars(40, i -> i < 20 ? (i % 2 == 1 ? 0 : 300) : i == 20 ? 60_000_000 : 9_000_000);
        MarketData data = new DataDir(dir).instrument("SW", "stock", "", OHLCV, rows).load();

        assertThat(new PreListingRows().check(data, day(39))).singleElement()
                .satisfies(q -> assertThat(q.message()).startsWith("SW: 20 rows before regular trading began on " + day(20)
                        + " (10 with zero volume, against 60,000,000 that day)"));
    }

    @Test
    void should_not_report_a_listing_for_a_stock_that_starts_with_the_data_and_trades_normally() {
        MarketData data = new DataDir(dir).instrument("SPY", "etf", "", OHLCV, bars(40, i -> 50_000_000 + i))
                .instrument("OLD", "stock", "SPY", OHLCV, bars(40, i -> i == 3 ? 40_000_000 : 5_000_000)).load();

        assertThat(new PreListingRows().check(data, day(39))).isEmpty();
    }

    /** A close of 40 every day, adjusted by factor(i) (the ratio adj_close / close of row i). */
    private static String[] adjusted(int n, java.util.function.IntToDoubleFunction factor) {
        String[] rows = new String[n];
        for (int i = 0; i < n; i++) rows[i] = String.format(Locale.ROOT, "%s,40,%.6f,1000", day(i), 40 * factor.applyAsDouble(i));
        return rows;
    }

    @Test
    void should_flag_an_implied_dividend_exactly_twice_the_one_before_as_a_split_on_two_bases() {
        // ex-dates on rows 10 and 20: 0.2 then 0.4 a share (the adjusted close divides by 1 - D / 40)
        MarketData data = new DataDir(dir).instrument("FAST", "stock", "", ADJUSTED,
                adjusted(30, i -> i < 10 ? (1 - 0.2 / 40) * (1 - 0.4 / 40) : i < 20 ? 1 - 0.4 / 40 : 1)).load();

        assertThat(new AdjustmentJump().check(data, day(29))).singleElement().satisfies(q -> {
            assertThat(q.from()).isEqualTo(day(20));
            assertThat(q.message()).isEqualTo("FAST: adj_close/close steps without a dividend-sized reason on " + day(20)
                    + " (implies a dividend of 0.4000, 1.00% of the close, 2 times the 0.2000 of the ex-date before: "
                    + "a split adjusted on two share bases, or a special or variable dividend); "
                    + "returns across that date use an adjustment the data cannot confirm");
        });
    }

    @Test
    void should_accept_ordinary_dividend_raises_and_flag_a_step_too_large_for_a_dividend() {
        MarketData data = new DataDir(dir).instrument("A", "stock", "", ADJUSTED,
                adjusted(30, i -> i < 10 ? (1 - 0.22 / 40) * (1 - 0.25 / 40) : i < 20 ? 1 - 0.25 / 40 : 1))
                .instrument("B", "stock", "", ADJUSTED, adjusted(30, i -> i < 15 ? 0.8 : 1)).load();

        assertThat(new AdjustmentJump().check(data, day(29))).singleElement().satisfies(q -> {
            assertThat(q.subject()).isEqualTo("B");
            assertThat(q.message()).contains("(implies a dividend of 8.0000, 20.00% of the close, too large for a dividend)");
        });
    }

    @Test
    void should_check_implied_dividends_against_dividends_csv_when_it_lists_the_symbol() {
        MarketData data = new DataDir(dir).instrument("A", "stock", "", ADJUSTED,
                        adjusted(30, i -> i < 10 ? (1 - 0.4 / 40) * (1 - 0.2 / 40) : i < 20 ? 1 - 0.2 / 40 : 1))
                .file("dividends.csv", "symbol,ex_date,dividend,repo\nA," + day(10) + ",0.4,x\nA," + day(21) + ",0.2,x\n").load();

        assertThat(new AdjustmentJump().check(data, day(29))).singleElement().satisfies(q -> assertThat(q.message())
                .contains(day(20) + " (implies a dividend of 0.2000, 0.50% of the close; dividends.csv lists none that day)"));
    }

    @Test
    void should_say_which_dividends_an_unadjusted_series_leaves_out() {
        MarketData data = new DataDir(dir).instrument("DIA", "etf", "", "date,close,volume",
                        java.util.stream.IntStream.range(0, 40).mapToObj(i -> day(i) + ",400,1000").toArray(String[]::new))
                .file("dividends.csv", "symbol,ex_date,dividend\nDIA," + day(2) + ",0.61\nDIA," + day(30) + ",0.32\n").load();

        assertThat(new UnadjustedDividends().check(data, day(39))).singleElement().satisfies(q -> assertThat(q.message())
                .isEqualTo("DIA: prices are closes without dividend adjustment; 2 ex-dividend dates between " + day(1) + " and "
                        + day(39) + ", in the last 30 sessions " + day(30) + " (0.3200); returns across them leave the dividend out"));
    }
}
