package io.factline.facts;

import java.util.Optional;

/** Close, period return and volatility: the metrics read straight off the price column. */
final class PriceMetrics {

    private PriceMetrics() {
    }

    /** Raw close on t (not adjusted), in the instrument's price unit. */
    static Outcome close(Session s) {
        double c = s.series().close()[s.t()];
        return Outcome.computed(c, "close on t (raw, not adjusted)", Inputs.of("close[t]", c).and("t", s.asOf()).map());
    }

    /** (p_t / p_{t-k} - 1) × 100 in percent, over a complete k-window. */
    static Outcome periodReturn(Session s, Window w) {
        int k = w.sessions();
        Optional<String> problem = s.windowProblem(k);
        if (problem.isPresent()) return Outcome.missing(problem.get());
        int t = s.t();
        double v = (s.p(t) / s.p(t - k) - 1) * 100;
        String back = "t-" + k;
        return Outcome.computed(v, "(p[t] / p[" + back + "] - 1) * 100",
                Inputs.of("p[t]", s.p(t)).and("p[" + back + "]", s.p(t - k))
                        .and("t", s.date(t)).and(back, s.date(t - k)).map());
    }

    /**
     * Sample standard deviation (n−1) of the 30 daily returns, in percent, ending on t, over a complete
     * 30-window. The inputs carry the 31 prices so the figure can be recomputed by hand.
     */
    static Outcome volatility(Session s) {
        int k = Window.D30.sessions();
        Optional<String> problem = s.windowProblem(k);
        if (problem.isPresent()) return Outcome.missing(problem.get());
        int t = s.t();
        double[] r = new double[k];
        for (int n = 0; n < k; n++) r[n] = s.dailyReturn(t - k + 1 + n);
        Inputs in = Inputs.of("t-30", s.date(t - k)).and("t", s.date(t)).and("n", k)
                .and("mean daily return (%)", Stats.mean(r));
        java.util.Map<String, Object> prices = new java.util.LinkedHashMap<>();
        for (int i = t - k; i <= t; i++) prices.put(s.date(i).toString(), s.p(i));
        in.and("p", prices);
        return Outcome.computed(Stats.sampleStdDev(r),
                "sample standard deviation (n-1) of the 30 daily returns (p[i] / p[i-1] - 1) * 100, i = t-29..t",
                in.map());
    }
}
