package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.Display;
import io.factline.facts.Fact;
import io.factline.facts.FactValue;
import io.factline.facts.Metric;
import io.factline.facts.Unit;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void should_write_every_value_exactly_as_display_does_when_the_sheet_has_no_display() {
        SplittableRandom r = new SplittableRandom(11);
        List<Object[]> kinds = List.of(new Object[] {Metric.RETURN, Unit.PERCENT}, new Object[] {Metric.VOLATILITY, Unit.PERCENT},
                new Object[] {Metric.RELATIVE_RETURN, Unit.PP}, new Object[] {Metric.VOLUME_RATIO, Unit.X},
                new Object[] {Metric.VOLUME, Unit.SHARES}, new Object[] {Metric.CLOSE, Unit.PRICE},
                new Object[] {Metric.MACD, Unit.NUMBER});
        double[] edges = {0, -0.0, 0.005, -0.005, 0.004999, -0.004999, 1.005, 2.675, 999.995, 999_999.995, 1e9, 999.4, 1234.5};
        for (int i = 0; i < 20_000; i++) {
            Object[] k = kinds.get(i % kinds.size());
            double v = i < edges.length * kinds.size() ? edges[i / kinds.size()]
                    : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12));
            Fact f = new Fact("F1", "X", (Metric) k[0], null, null, FactValue.of(v), (Unit) k[1], null, null, null, null, null);

            assertThat(ValueText.of(f)).as("%s %s", k[0], v).isEqualTo(Display.of(f.metric(), f.unit(), f.value()));
        }
    }

    @Test
    void should_prefer_the_sheets_display_when_it_has_one() {
        Fact f = new Fact("F1", "X", Metric.RETURN, null, null, FactValue.of(2.159), Unit.PERCENT, "+2.16 %", null, null, null, null);

        assertThat(ValueText.of(f)).isEqualTo("+2.16 %");
    }
}
