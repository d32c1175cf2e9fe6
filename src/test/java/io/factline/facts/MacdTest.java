package io.factline.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;

/** MACD against ta4j, an independent implementation of the same EMA seeding (EMA_0 = x_0). */
class MacdTest {

    static final LocalDate T = LocalDate.of(2026, 3, 23);

    @Test
    void should_match_ta4j_when_computing_macd_signal_and_histogram() {
        SplittableRandom random = new SplittableRandom(5);
        double[] r = new double[199];
        for (int i = 0; i < r.length; i++) r[i] = random.nextGaussian();
        double[] p = TestMarket.compound(100, r);
        LocalDate[] d = TestMarket.sessions(200, T);

        FactSheet sheet = new FactEngine().sheet(new TestMarket().add("A", "A", d, p).build(), T);

        BarSeries series = new BaseBarSeriesBuilder().withName("A").build();
        for (int i = 0; i < p.length; i++) {
            series.addBar(d[i].atStartOfDay(ZoneOffset.UTC).plusHours(16), p[i], p[i], p[i], p[i], 0);
        }
        MACDIndicator macd = new MACDIndicator(new ClosePriceIndicator(series), 12, 26);
        EMAIndicator signal = new EMAIndicator(macd, 9);
        int last = series.getEndIndex();
        double expectedMacd = macd.getValue(last).doubleValue();
        double expectedSignal = signal.getValue(last).doubleValue();

        assertThat(MetricsTest.value(sheet, "A", Metric.MACD, null)).isCloseTo(expectedMacd, within(1e-9));
        assertThat(MetricsTest.value(sheet, "A", Metric.MACD_SIGNAL, null)).isCloseTo(expectedSignal, within(1e-9));
        assertThat(MetricsTest.value(sheet, "A", Metric.MACD_HISTOGRAM, null))
                .isCloseTo(expectedMacd - expectedSignal, within(1e-9));
        assertThat(sheet.find("A", Metric.MACD_TREND, null).orElseThrow().labelText())
                .isEqualTo(expectedMacd > expectedSignal ? "bullish" : "bearish");
    }

    @Test
    void should_seed_with_the_first_row_when_only_two_rows_exist() {
        // EMA12 = 100 + (2/13)(110 - 100), EMA26 = 100 + (2/27)(110 - 100)
        double macd = 10 * (2.0 / 13 - 2.0 / 27);
        double signal = 0.2 * macd;   // EMA9 seeded with macd_0 = 0

        FactSheet sheet = new FactEngine().sheet(
                new TestMarket().add("A", "A", TestMarket.sessions(2, T), new double[] {100, 110}).build(), T);

        assertThat(MetricsTest.value(sheet, "A", Metric.MACD, null)).isCloseTo(macd, within(1e-12));
        assertThat(MetricsTest.value(sheet, "A", Metric.MACD_SIGNAL, null)).isCloseTo(signal, within(1e-12));
        assertThat(sheet.find("A", Metric.MACD_TREND, null).orElseThrow().labelText()).isEqualTo("bullish");
    }
}
