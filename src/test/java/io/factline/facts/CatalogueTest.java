package io.factline.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The issue-15 catalogue on small hand-worked series; the values in the comments are worked by hand. */
class CatalogueTest {

    static final LocalDate T = LocalDate.of(2025, 6, 13);

    @Test
    void should_compute_wilders_rsi_and_call_it_overbought_when_the_last_gain_lifts_it_above_70() {
        // d1..d14 alternate +1 and -0.5: first averages gain 0.5, loss 0.25; d15 = +2:
        // gain = (13 * 0.5 + 2) / 14 = 8.5 / 14, loss = 13 * 0.25 / 14 = 3.25 / 14; RSI = 100 - 100 / (1 + 8.5 / 3.25)
        double[] p = new double[16];
        p[0] = 100;
        for (int i = 1; i <= 14; i++) p[i] = p[i - 1] + (i % 2 == 1 ? 1 : -0.5);
        p[15] = p[14] + 2;
        var data = new TestMarket().add("A", "A", TestMarket.sessions(16, T), p).build();

        FactSheet sheet = new FactEngine().sheet(data, T);

        assertThat(sheet.find("A", Metric.RSI, Window.D14).orElseThrow().number()).isCloseTo(100 - 100 / (1 + 8.5 / 3.25), within(1e-9));
        assertThat(sheet.find("A", Metric.RSI_ZONE, Window.D14).orElseThrow().labelText()).isEqualTo("overbought");
    }

    @Test
    void should_list_rsi_as_unavailable_when_there_are_fewer_than_15_rows() {
        double[] p = new double[14];
        java.util.Arrays.fill(p, 10);
        var data = new TestMarket().add("A", "A", TestMarket.sessions(14, T), p).build();

        FactSheet sheet = new FactEngine().sheet(data, T);

        assertThat(sheet.find("A", Metric.RSI, Window.D14)).isEmpty();
        assertThat(sheet.unavailable()).anyMatch(u -> u.metric() == Metric.RSI && u.reason().equals("needs 15 sessions up to " + T + ", A has 14 sessions"));
    }

    @Test
    void should_give_a_rate_its_changes_in_basis_points_and_no_returns_when_its_close_is_a_yield() {
        LocalDate[] d = TestMarket.sessions(31, T);
        double[] y = new double[31];
        for (int i = 0; i < 31; i++) y[i] = 4.00 + 0.01 * i;     // 4.00 % rising a basis point a session
        var data = new TestMarket().add(new Instrument("^TNX", "10-year yield", Kind.RATE, null, "^TNX"), d, y).build();

        FactSheet sheet = new FactEngine().sheet(data, T);

        assertThat(sheet.find("^TNX", Metric.CHANGE_BP, Window.D1).orElseThrow().number()).isCloseTo(1, within(1e-9));
        assertThat(sheet.find("^TNX", Metric.CHANGE_BP, Window.D30).orElseThrow().number()).isCloseTo(30, within(1e-9));
        assertThat(sheet.find("^TNX", Metric.CHANGE_BP, Window.D5).orElseThrow().shown()).isEqualTo("+5.00 bp");
        Fact close = sheet.find("^TNX", Metric.CLOSE, null).orElseThrow();
        assertThat(close.unit()).isEqualTo(Unit.PERCENT);
        assertThat(close.shown()).isEqualTo("4.30%");
        assertThat(sheet.facts()).noneMatch(f -> f.metric() == Metric.RETURN || f.metric() == Metric.RSI);
    }

    @Test
    void should_count_advancers_decliners_and_unchanged_per_sector_and_for_all_stocks() {
        LocalDate[] d = TestMarket.sessions(2, T);
        var data = new TestMarket()
                .add(new Instrument("SPY", "SPY", Kind.ETF, null, "SPY"), d, new double[]{100, 101})
                .add(stock("UP", "Energy"), d, new double[]{50, 51})          // +2 %
                .add(stock("DOWN", "Energy"), d, new double[]{40, 39})        // -2.5 %
                .add(stock("FLAT", "Utilities"), d, new double[]{20, 20})     // 0 %
                .build();

        FactSheet sheet = new FactEngine().sheet(data, T);

        assertThat(count(sheet, "stocks", Metric.MEMBERS)).isEqualTo(3);
        assertThat(count(sheet, "stocks", Metric.ADVANCERS)).isEqualTo(1);
        assertThat(count(sheet, "stocks", Metric.DECLINERS)).isEqualTo(1);
        assertThat(count(sheet, "stocks", Metric.UNCHANGED)).isEqualTo(1);
        assertThat(count(sheet, "Energy", Metric.MEMBERS)).isEqualTo(2);
        assertThat(sheet.find("Energy", Metric.AVERAGE_RETURN, Window.D1).orElseThrow().number())
                .isCloseTo((2.0 - 2.5) / 2, within(1e-9));
        assertThat(sheet.find("Utilities", Metric.MEMBERS, Window.D1).orElseThrow().shown()).isEqualTo("1");
        assertThat(sheet.unavailable()).anyMatch(u -> u.subject().equals("Energy") && u.metric() == Metric.AVERAGE_RETURN
                && u.window() == Window.D30);
    }

    @Test
    void should_mark_a_new_52_week_high_when_the_close_tops_the_251_closes_before_it() {
        LocalDate[] d = TestMarket.sessions(252, T);
        double[] p = new double[252];
        for (int i = 0; i < 252; i++) p[i] = 100 + i;            // rising every session: t is the high, t-251 the low
        var data = new TestMarket().add("A", "A", d, p).build();

        FactSheet sheet = new FactEngine().sheet(data, T);

        assertThat(label(sheet.find("A", Metric.NEW_HIGH_52W, Window.D252))).isEqualTo("yes");
        assertThat(label(sheet.find("A", Metric.NEW_LOW_52W, Window.D252))).isEqualTo("no");
        assertThat(sheet.find("A", Metric.LOW_52W, Window.D252).orElseThrow().number()).isEqualTo(100);
        assertThat(sheet.find("A", Metric.PCT_FROM_LOW_52W, Window.D252).orElseThrow().number())
                .isCloseTo((351.0 / 100 - 1) * 100, within(1e-9));
        assertThat(sheet.find("A", Metric.SMA, Window.D200).orElseThrow().number()).isCloseTo((152 + 351) / 2.0, within(1e-9));
    }

    private static Instrument stock(String symbol, String sector) {
        return new Instrument(symbol, symbol + " Inc.", Kind.STOCK, sector, "SPY");
    }

    private static double count(FactSheet sheet, String subject, Metric m) {
        return sheet.find(subject, m, Window.D1).orElseThrow().number();
    }

    private static String label(Optional<Fact> f) {
        return f.orElseThrow().labelText();
    }
}
