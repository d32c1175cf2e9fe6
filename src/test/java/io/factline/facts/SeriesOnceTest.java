package io.factline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Series computed once per run (issue 15) give exactly the numbers a sheet computed for one date alone
 * gives: one engine making sheets for several dates of the S&P 500 pack makes the same sheets as a new
 * engine per date, and its RSI and MACD equal the definition's loop over the rows up to each date, to
 * the last bit.
 */
class SeriesOnceTest {

    static final MarketData PACK = new CsvMarketLoader().load(Path.of("fixtures/sp500"));
    static final List<LocalDate> DATES = List.of(LocalDate.of(2024, 1, 29), LocalDate.of(2024, 11, 29),
            LocalDate.of(2025, 6, 13), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 9, 8));
    static final List<String> SYMBOLS = List.of("AAPL", "SPY", "^GSPC", "XLE", "QQQ", "GEV", "SW", "NVDA", "^VIX");

    @Test
    void should_write_the_same_sheet_whether_series_are_shared_across_dates_or_not() {
        FactEngine run = new FactEngine();
        for (LocalDate day : DATES) {
            // records compare doubles bit for bit, so equal sheets have equal numbers
            boolean same = run.sheet(PACK, day).equals(new FactEngine().sheet(PACK, day));
            assertThat(same).as("the sheet for %s is the same", day).isTrue();
        }
    }

    @Test
    void should_read_rsi_and_macd_equal_to_the_loop_over_the_rows_up_to_each_date() {
        FactEngine run = new FactEngine();
        for (LocalDate day : DATES) {
            FactSheet sheet = run.sheet(PACK, day);
            for (String symbol : SYMBOLS) {
                PriceSeries s = PACK.seriesOf(symbol);
                int t = s.indexOf(day);
                if (t < 0) continue;
                double[] p = s.price();
                if (t >= Rsi.N) {
                    assertThat(MetricsTest.value(sheet, symbol, Metric.RSI, Window.D14)).as("%s RSI on %s", symbol, day)
                            .isEqualTo(rsiUpTo(p, t));
                }
                double[] macd = macdUpTo(p, t);
                assertThat(MetricsTest.value(sheet, symbol, Metric.MACD, null)).as("%s MACD on %s", symbol, day).isEqualTo(macd[0]);
                assertThat(MetricsTest.value(sheet, symbol, Metric.MACD_SIGNAL, null)).isEqualTo(macd[1]);
            }
        }
    }

    /** Wilder's RSI(14) as the catalogue defines it, looping over rows 0..t (the per-date computation). */
    static double rsiUpTo(double[] p, int t) {
        int n = Rsi.N;
        double gain = 0, loss = 0;
        for (int i = 1; i <= n; i++) {
            double d = p[i] - p[i - 1];
            gain += Math.max(d, 0);
            loss += Math.max(-d, 0);
        }
        gain /= n;
        loss /= n;
        for (int i = n + 1; i <= t; i++) {
            double d = p[i] - p[i - 1];
            gain = ((n - 1) * gain + Math.max(d, 0)) / n;
            loss = ((n - 1) * loss + Math.max(-d, 0)) / n;
        }
        return loss == 0 ? (gain == 0 ? 50 : 100) : 100 - 100 / (1 + gain / loss);
    }

    /** MACD(12, 26) and its signal line(9) over rows 0..t, EMAs seeded with the first row. */
    static double[] macdUpTo(double[] p, int t) {
        double a12 = 2.0 / 13, a26 = 2.0 / 27, a9 = 2.0 / 10;
        double e12 = p[0], e26 = p[0], signal = 0;
        for (int i = 0; i <= t; i++) {
            if (i > 0) {
                e12 = a12 * p[i] + (1 - a12) * e12;
                e26 = a26 * p[i] + (1 - a26) * e26;
            }
            double macd = e12 - e26;
            signal = i == 0 ? macd : a9 * macd + (1 - a9) * signal;
        }
        return new double[] {e12 - e26, signal};
    }
}
