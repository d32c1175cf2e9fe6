package io.factline.facts;

import java.util.List;

/**
 * The 200-session simple moving average of p (the last 200 rows up to t, no calendar check: a moving
 * average of what was traded) and how far p_t is above it, (p_t / sma − 1) × 100. Warm-up: needs at
 * least 200 rows.
 */
final class Sma200 {

    static final int N = Window.D200.sessions();

    private Sma200() {
    }

    /** @return outcomes for sma and pct_vs_sma200, in that order */
    static List<Outcome> of(Session s) {
        int t = s.t();
        if (t + 1 < N) {
            Outcome missing = Outcome.missing("needs " + N + " sessions up to " + s.asOf() + ", " + s.symbol() + " has " + Session.count(t + 1));
            return List.of(missing, missing);
        }
        double sma = mean(s.series().price(), t, N);
        double p = s.p(t);
        return List.of(
                Outcome.computed(sma, "mean(p[t-199..t])",
                        Inputs.of("t-199", s.date(t - N + 1)).and("t", s.asOf()).and("n", N).map()),
                Outcome.computed((p / sma - 1) * 100, "(p[t] / SMA200[t] - 1) * 100",
                        Inputs.of("p[t]", p).and("SMA200[t]", sma).and("t", s.asOf()).map()));
    }

    /** Mean of the n values ending at index end. */
    static double mean(double[] x, int end, int n) {
        double sum = 0;
        for (int i = end - n + 1; i <= end; i++) sum += x[i];
        return sum / n;
    }
}
