package io.factline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DisplayTest {

    @Test
    void should_sign_returns_and_round_half_up_on_the_exact_value() {
        assertThat(Display.of(Metric.RETURN, Unit.PERCENT, FactValue.of(2.159155522927403))).isEqualTo("+2.16%");
        assertThat(Display.of(Metric.RETURN, Unit.PERCENT, FactValue.of(-1.3349))).isEqualTo("-1.33%");
        assertThat(Display.of(Metric.RETURN, Unit.PERCENT, FactValue.of(-0.001))).isEqualTo("0.00%");
        // 2.675 is stored as 2.67499999…: the exact value rounds down, and stays within the validator's tolerance
        assertThat(Display.of(Metric.RETURN, Unit.PERCENT, FactValue.of(2.675))).isEqualTo("+2.67%");
    }

    @Test
    void should_scale_share_counts_to_words() {
        assertThat(Display.shares(78_746_581)).isEqualTo("78.75 million");
        assertThat(Display.shares(6_020_650_000.0)).isEqualTo("6.02 billion");
        assertThat(Display.shares(4_500)).isEqualTo("4.50 thousand");
        assertThat(Display.shares(950)).isEqualTo("950.00");
    }

    @Test
    void should_format_other_units_with_separators_and_suffixes() {
        assertThat(Display.of(Metric.CLOSE, Unit.PRICE, FactValue.of(6581))).isEqualTo("6,581.00");
        assertThat(Display.of(Metric.VOLATILITY, Unit.PERCENT, FactValue.of(1.258862))).isEqualTo("1.26%");
        assertThat(Display.of(Metric.RELATIVE_RETURN, Unit.PP, FactValue.of(1.109))).isEqualTo("+1.11 pp");
        assertThat(Display.of(Metric.VOLUME_RATIO, Unit.X, FactValue.of(1.8657))).isEqualTo("1.87x");
        assertThat(Display.of(Metric.TREND, Unit.LABEL, FactValue.of("sideways"))).isEqualTo("sideways");
    }

    /** The separators are inserted by hand (issue 15); they must read exactly as DecimalFormat wrote them. */
    @Test
    void should_group_digits_exactly_as_decimal_format_did() {
        DecimalFormat two = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        DecimalFormat whole = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        SplittableRandom r = new SplittableRandom(15);
        double[] edges = {0, -0.0, 0.004999, -0.004999, 0.005, -0.005, 999.995, -999.995, 1000, -1000, 999_999.999,
                123_456_789.125, -9.87654321e12, 2.675, 1e-300, -1e-300, 6.02065e9, 0.5, -0.5, 1.5, 2.5};
        for (int n = 0; n < 200_000 + edges.length; n++) {
            double v = n < edges.length ? edges[n] : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-3, 14));
            BigDecimal exact = new BigDecimal(v);
            assertThat(Display.plain(v)).as("plain(%s)", v).isEqualTo(two.format(exact.setScale(2, RoundingMode.HALF_UP)));
            assertThat(Display.count(v)).as("count(%s)", v).isEqualTo(whole.format(exact.setScale(0, RoundingMode.HALF_UP)));
            String old = two.format(exact.setScale(2, RoundingMode.HALF_UP));
            String oldSigned = old.equals("-0.00") ? "0.00" : Display.round(v, 2).signum() > 0 ? "+" + old : old;
            assertThat(Display.signed(v)).as("signed(%s)", v).isEqualTo(oldSigned);
        }
    }
}
