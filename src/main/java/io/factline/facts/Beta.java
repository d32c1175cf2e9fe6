package io.factline.facts;

import java.util.Optional;

/**
 * Sample cov(r, r_b) / sample var(r_b) of the 252 daily returns ending on t, against the benchmark.
 * Both the instrument's window and the benchmark's own window must be complete. For an instrument
 * that is its own benchmark this is 1 (computed, not assumed, so the inputs read the same way).
 */
final class Beta {

    static final int K = Window.D252.sessions();

    private Beta() {
    }

    /** @param bench the benchmark's session on the as-of date, or null when the benchmark is stale */
    static Outcome of(Session s, Session bench) {
        Optional<String> own = s.windowProblem(K);
        if (own.isPresent()) return Outcome.missing(own.get());
        if (bench == null) return Outcome.missing("benchmark " + s.bench().symbol() + " has no bar on " + s.asOf());
        Optional<String> benchProblem = bench.windowProblem(K);
        if (benchProblem.isPresent()) {
            return Outcome.missing("benchmark " + bench.symbol() + ": " + benchProblem.get());
        }
        double[] r = new double[K], rb = new double[K];
        for (int n = 0; n < K; n++) {
            r[n] = s.dailyReturn(s.t() - K + 1 + n);
            rb[n] = bench.dailyReturn(bench.t() - K + 1 + n);
        }
        double var = Stats.sampleCovariance(rb, rb);
        if (var == 0) return Outcome.missing("returns of " + bench.symbol() + " do not vary over the 252 sessions");
        double cov = Stats.sampleCovariance(r, rb);
        return Outcome.computed(cov / var,
                "sample cov(r, r_b) / sample var(r_b), daily returns (p[i] / p[i-1] - 1) * 100, i = t-251..t",
                Inputs.of("t-252", s.date(s.t() - K)).and("t", s.asOf()).and("n", K)
                        .and("cov(r, r_b)", cov).and("var(r_b)", var).map());
    }
}
