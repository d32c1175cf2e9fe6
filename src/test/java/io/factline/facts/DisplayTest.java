package io.factline.facts;

import static org.assertj.core.api.Assertions.assertThat;

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
}
