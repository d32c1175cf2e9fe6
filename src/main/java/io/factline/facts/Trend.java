package io.factline.facts;

/**
 * Trend label from the 50-session simple moving average: slope = (SMA50_t / SMA50_{t−10} − 1) × 100;
 * "uptrend" when slope > 1 and p_t > SMA50_t, "downtrend" when slope < −1 and p_t < SMA50_t, else
 * "sideways". Needs at least 60 rows up to t.
 */
final class Trend {

    static final int MIN_ROWS = 60;

    private Trend() {
    }

    static Outcome of(Session s) {
        int t = s.t();
        if (t + 1 < MIN_ROWS) {
            return Outcome.missing("needs " + MIN_ROWS + " sessions up to " + s.asOf() + ", " + s.symbol() + " has " + Session.count(t + 1));
        }
        double sma = sma50(s, t), before = sma50(s, t - 10);
        double slope = (sma / before - 1) * 100;
        double p = s.p(t);
        String label = slope > 1 && p > sma ? "uptrend" : slope < -1 && p < sma ? "downtrend" : "sideways";
        return new Outcome.Computed(FactValue.of(label),
                "slope = (SMA50[t] / SMA50[t-10] - 1) * 100; uptrend if slope > 1 and p[t] > SMA50[t], "
                        + "downtrend if slope < -1 and p[t] < SMA50[t], else sideways",
                Inputs.of("p[t]", p).and("SMA50[t]", sma).and("SMA50[t-10]", before).and("slope (%)", slope)
                        .and("t", s.asOf()).and("t-10", s.date(t - 10)).map());
    }

    private static double sma50(Session s, int end) {
        double sum = 0;
        for (int i = end - 49; i <= end; i++) sum += s.p(i);
        return sum / 50;
    }
}
