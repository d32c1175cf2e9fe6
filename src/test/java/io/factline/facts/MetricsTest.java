package io.factline.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.factline.market.MarketData;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.correlation.Covariance;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.junit.jupiter.api.Test;

/**
 * Each metric against a value worked out by hand or by an independent library (commons-math3), never
 * against the code under test.
 */
class MetricsTest {

    static final LocalDate T = LocalDate.of(2026, 3, 23);
    final FactEngine engine = new FactEngine();

    @Test
    void should_report_the_raw_close_when_the_adjusted_price_differs() {
        LocalDate[] d = TestMarket.sessions(2, T);
        var series = new io.factline.market.PriceSeries("A", new io.factline.market.SeriesOrigin("t", "A.csv"), true,
                d, new double[] {10, 12}, new double[] {9, 11}, new double[] {1, 1});
        MarketData data = new MarketData(
                java.util.List.of(new io.factline.market.Instrument("A", "A", io.factline.market.Kind.STOCK, null, "A")),
                java.util.Map.of("A", series), java.util.List.of(), null);

        FactSheet sheet = engine.sheet(data, T);

        assertThat(value(sheet, "A", Metric.CLOSE, null)).isEqualTo(12.0);
        // the return uses adj_close: 11 / 9 - 1
        assertThat(value(sheet, "A", Metric.RETURN, Window.D1)).isCloseTo((11.0 / 9 - 1) * 100, within(1e-12));
    }

    @Test
    void should_compute_one_and_thirty_day_returns_when_windows_are_complete() {
        LocalDate[] d = TestMarket.sessions(31, T);
        double[] p = new double[31];
        Arrays.fill(p, 100);
        p[29] = 200;
        p[30] = 202;   // 1d: 202/200 - 1 = +1%; 30d: 202/100 - 1 = +102%

        FactSheet sheet = engine.sheet(new TestMarket().add("A", "A", d, p).build(), T);

        assertThat(value(sheet, "A", Metric.RETURN, Window.D1)).isCloseTo(1.0, within(1e-12));
        assertThat(value(sheet, "A", Metric.RETURN, Window.D30)).isCloseTo(102.0, within(1e-12));
        Fact f = sheet.find("A", Metric.RETURN, Window.D1).orElseThrow();
        assertThat(f.inputs()).containsEntry("p[t]", 202.0).containsEntry("p[t-1]", 200.0)
                .containsEntry("t", "2026-03-23").containsEntry("t-1", "2026-03-20");
        assertThat(f.display()).isEqualTo("+1.00%");
    }

    @Test
    void should_mark_the_window_unavailable_when_the_instrument_misses_benchmark_sessions() {
        LocalDate[] d = TestMarket.sessions(40, T);
        double[] bench = new double[40];
        Arrays.fill(bench, 100);
        // B lacks the benchmark's sessions 20..24
        LocalDate[] bd = new LocalDate[35];
        double[] bp = new double[35];
        for (int i = 0, j = 0; i < 40; i++) {
            if (i >= 20 && i < 25) continue;
            bd[j] = d[i];
            bp[j++] = 50;
        }

        FactSheet sheet = engine.sheet(new TestMarket().add("M", "M", d, bench).add("B", "M", bd, bp).build(), T);

        assertThat(sheet.find("B", Metric.RETURN, Window.D1)).isPresent();
        assertThat(sheet.find("B", Metric.RETURN, Window.D30)).isEmpty();
        assertThat(sheet.unavailable()).anySatisfy(u -> {
            assertThat(u.subject()).isEqualTo("B");
            assertThat(u.metric()).isEqualTo(Metric.RETURN);
            assertThat(u.window()).isEqualTo(Window.D30);
            assertThat(u.reason()).isEqualTo("missing sessions between " + d[19] + " and " + d[25]);
        });
    }

    @Test
    void should_give_a_stale_instrument_no_facts_at_all() {
        LocalDate[] d = TestMarket.sessions(70, T);
        LocalDate[] old = Arrays.copyOf(d, 60);
        double[] p = new double[70];
        Arrays.fill(p, 10);

        FactSheet sheet = engine.sheet(new TestMarket().add("M", "M", d, p).add("S", "M", old, Arrays.copyOf(p, 60)).build(), T);

        assertThat(sheet.facts()).noneMatch(f -> f.subject().equals("S"));
        assertThat(sheet.unavailable()).filteredOn(u -> u.subject().equals("S"))
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.reason()).isEqualTo("no bar on " + T + "; last bar " + d[59]));
    }

    @Test
    void should_subtract_the_benchmark_return_when_computing_relative_return() {
        LocalDate[] d = TestMarket.sessions(31, T);
        double[] m = new double[31], a = new double[31];
        Arrays.fill(m, 100);
        Arrays.fill(a, 100);
        m[30] = 101;   // benchmark +1%
        a[30] = 103;   // instrument +3% -> +2 pp

        FactSheet sheet = engine.sheet(new TestMarket().add("M", "M", d, m).add("A", "M", d, a).build(), T);

        Fact rel = sheet.find("A", Metric.RELATIVE_RETURN, Window.D1).orElseThrow();
        assertThat(rel.number()).isCloseTo(2.0, within(1e-12));
        assertThat(rel.against()).isEqualTo("M");
        assertThat(rel.unit()).isEqualTo(Unit.PP);
        assertThat(rel.display()).isEqualTo("+2.00 pp");
        assertThat(sheet.find("M", Metric.RELATIVE_RETURN, Window.D1)).as("own benchmark").isEmpty();
    }

    @Test
    void should_compute_sample_volatility_when_returns_alternate_plus_and_minus_one_percent() {
        double[] r = new double[30];
        for (int i = 0; i < 30; i++) r[i] = i % 2 == 0 ? 1 : -1;
        double[] p = TestMarket.compound(100, r);

        FactSheet sheet = engine.sheet(new TestMarket().add("A", "A", TestMarket.sessions(31, T), p).build(), T);

        // mean 0, sum of squares 30, n - 1 = 29
        assertThat(value(sheet, "A", Metric.VOLATILITY, Window.D30)).isCloseTo(Math.sqrt(30.0 / 29), within(1e-9));
    }

    @Test
    void should_match_commons_math_when_computing_volatility_of_a_random_walk() {
        SplittableRandom random = new SplittableRandom(7);
        double[] r = new double[40];
        for (int i = 0; i < r.length; i++) r[i] = random.nextGaussian() * 1.3;
        double[] p = TestMarket.compound(250, r);

        FactSheet sheet = engine.sheet(new TestMarket().add("A", "A", TestMarket.sessions(41, T), p).build(), T);

        double[] last30 = new double[30];
        for (int i = 0; i < 30; i++) last30[i] = (p[11 + i] / p[10 + i] - 1) * 100;
        assertThat(value(sheet, "A", Metric.VOLATILITY, Window.D30))
                .isCloseTo(new StandardDeviation(true).evaluate(last30), within(1e-12));
    }

    @Test
    void should_average_the_thirty_sessions_before_t_when_all_volumes_are_present() {
        double[] v = new double[31];
        Arrays.fill(v, 1_000);
        v[0] = 4_000;       // t-30, included: mean = (4000 + 29 * 1000) / 30 = 1100
        v[30] = 2_200;      // t, excluded from the mean
        double[] p = new double[31];
        Arrays.fill(p, 10);

        FactSheet sheet = engine.sheet(new TestMarket().add("A", "A", TestMarket.sessions(31, T), p, v).build(), T);

        assertThat(value(sheet, "A", Metric.VOLUME, Window.D1)).isEqualTo(2_200.0);
        assertThat(value(sheet, "A", Metric.AVERAGE_VOLUME, Window.D30)).isCloseTo(1_100.0, within(1e-9));
        assertThat(value(sheet, "A", Metric.VOLUME_RATIO, Window.D30)).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void should_withhold_average_and_ratio_when_a_volume_in_the_window_is_blank() {
        LocalDate[] d = TestMarket.sessions(31, T);
        double[] v = new double[31];
        Arrays.fill(v, 1_000);
        v[12] = Double.NaN;
        double[] p = new double[31];
        Arrays.fill(p, 10);

        FactSheet sheet = engine.sheet(new TestMarket().add("A", "A", d, p, v).build(), T);

        assertThat(sheet.find("A", Metric.VOLUME, Window.D1)).isPresent();
        assertThat(sheet.find("A", Metric.AVERAGE_VOLUME, Window.D30)).isEmpty();
        assertThat(sheet.find("A", Metric.VOLUME_RATIO, Window.D30)).isEmpty();
        assertThat(sheet.unavailable()).filteredOn(u -> u.metric() == Metric.VOLUME_RATIO)
                .singleElement().extracting(Unavailable::reason).isEqualTo("volume missing on " + d[12]);
    }

    @Test
    void should_find_beta_two_when_the_instrument_moves_twice_the_benchmark() {
        SplittableRandom random = new SplittableRandom(11);
        double[] rb = new double[252], r = new double[252];
        for (int i = 0; i < 252; i++) {
            rb[i] = random.nextGaussian();
            r[i] = 2 * rb[i];
        }
        LocalDate[] d = TestMarket.sessions(253, T);

        FactSheet sheet = engine.sheet(new TestMarket()
                .add("M", "M", d, TestMarket.compound(100, rb))
                .add("A", "M", d, TestMarket.compound(100, r)).build(), T);

        assertThat(value(sheet, "A", Metric.BETA, Window.D252)).isCloseTo(2.0, within(1e-9));
        assertThat(value(sheet, "M", Metric.BETA, Window.D252)).isCloseTo(1.0, within(1e-12));
        assertThat(sheet.find("A", Metric.BETA, Window.D252).orElseThrow().against()).isEqualTo("M");
    }

    @Test
    void should_match_commons_math_when_computing_beta_of_correlated_walks() {
        SplittableRandom random = new SplittableRandom(3);
        double[] rb = new double[300], r = new double[300];
        for (int i = 0; i < 300; i++) {
            rb[i] = random.nextGaussian();
            r[i] = 0.7 * rb[i] + random.nextGaussian() * 0.5;
        }
        double[] pb = TestMarket.compound(100, rb), pa = TestMarket.compound(40, r);
        LocalDate[] d = TestMarket.sessions(301, T);

        FactSheet sheet = engine.sheet(new TestMarket().add("M", "M", d, pb).add("A", "M", d, pa).build(), T);

        double[] x = new double[252], y = new double[252];
        for (int i = 0; i < 252; i++) {
            int row = 301 - 252 + i;
            x[i] = (pa[row] / pa[row - 1] - 1) * 100;
            y[i] = (pb[row] / pb[row - 1] - 1) * 100;
        }
        double expected = new Covariance().covariance(x, y, true) / new Variance(true).evaluate(y);
        assertThat(value(sheet, "A", Metric.BETA, Window.D252)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void should_withhold_beta_when_fewer_than_253_rows_exist() {
        LocalDate[] d = TestMarket.sessions(252, T);
        double[] p = new double[252];
        Arrays.fill(p, 10);

        FactSheet sheet = engine.sheet(new TestMarket().add("A", "A", d, p).build(), T);

        assertThat(sheet.unavailable()).filteredOn(u -> u.metric() == Metric.BETA).singleElement()
                .extracting(Unavailable::reason).isEqualTo("needs 253 sessions up to " + T + ", A has 252 sessions");
    }

    @Test
    void should_label_an_uptrend_when_prices_climb_steadily() {
        double[] p = new double[80];
        for (int i = 0; i < 80; i++) p[i] = 100 + i;   // SMA50 rises 10 in 10 sessions: slope > 1%

        FactSheet sheet = engine.sheet(new TestMarket().add("A", "A", TestMarket.sessions(80, T), p).build(), T);

        assertThat(sheet.find("A", Metric.TREND, null).orElseThrow().labelText()).isEqualTo("uptrend");
    }

    @Test
    void should_label_a_downtrend_and_sideways_by_slope_and_price() {
        double[] down = new double[80], flat = new double[80];
        for (int i = 0; i < 80; i++) {
            down[i] = 300 - 2 * i;
            flat[i] = 100 + (i % 2);
        }
        LocalDate[] d = TestMarket.sessions(80, T);

        FactSheet sheet = engine.sheet(new TestMarket().add("D", "D", d, down).add("F", "F", d, flat).build(), T);

        assertThat(sheet.find("D", Metric.TREND, null).orElseThrow().labelText()).isEqualTo("downtrend");
        assertThat(sheet.find("F", Metric.TREND, null).orElseThrow().labelText()).isEqualTo("sideways");
    }

    @Test
    void should_withhold_the_trend_when_fewer_than_60_rows_exist() {
        double[] p = new double[59];
        Arrays.fill(p, 5);

        FactSheet sheet = engine.sheet(new TestMarket().add("A", "A", TestMarket.sessions(59, T), p).build(), T);

        assertThat(sheet.find("A", Metric.TREND, null)).isEmpty();
        assertThat(sheet.unavailable()).anyMatch(u -> u.metric() == Metric.TREND
                && u.reason().equals("needs 60 sessions up to " + T + ", A has 59 sessions"));
    }

    @Test
    void should_take_the_latest_pe_on_or_before_t_and_cite_its_source() {
        double[] p = {10, 11};
        MarketData data = new TestMarket().add("A", "A", TestMarket.sessions(2, T), p)
                .pe("A", T.minusDays(10), 17.5, "old quote")
                .pe("A", T.minusDays(1), 18.25, "analyst note of Friday")
                .pe("A", T.plusDays(1), 99, "future quote").build();

        FactSheet sheet = engine.sheet(data, T);

        Fact pe = sheet.find("A", Metric.PE_RATIO, null).orElseThrow();
        assertThat(pe.number()).isEqualTo(18.25);
        assertThat(sheet.source(pe.sources().get(0)).orElseThrow().title()).isEqualTo("analyst note of Friday");
    }

    @Test
    void should_number_facts_the_same_way_when_run_twice() {
        double[] p = new double[80];
        for (int i = 0; i < 80; i++) p[i] = 50 + Math.sin(i);
        MarketData data = new TestMarket().add("M", "M", TestMarket.sessions(80, T), p)
                .add("A", "M", TestMarket.sessions(80, T), p.clone()).build();

        FactSheet first = engine.sheet(data, T), second = engine.sheet(data, T);

        assertThat(first).isEqualTo(second);
        assertThat(first.facts().get(0).id()).isEqualTo("F1");
        assertThat(first.facts().get(0).metric()).isEqualTo(Metric.CLOSE);
    }

    static double value(FactSheet sheet, String subject, Metric metric, Window window) {
        return sheet.find(subject, metric, window).orElseThrow(() -> new AssertionError(
                subject + " " + metric + " " + window + " missing; unavailable: " + sheet.unavailable())).number();
    }
}
