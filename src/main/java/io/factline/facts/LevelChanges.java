package io.factline.facts;

import java.util.Optional;

/**
 * Moves of a level in its own unit, over a complete k-window of the raw close c: an index's point
 * change c_t − c_{t−1}, and a yield's change in basis points (c_t − c_{t−k}) × 100 (c is a percent, so
 * one hundredth of a percentage point is one basis point).
 */
final class LevelChanges {

    private LevelChanges() {
    }

    static Outcome points(Session s) {
        Optional<String> problem = s.windowProblem(1);
        if (problem.isPresent()) return Outcome.missing(problem.get());
        double[] c = s.series().close();
        int t = s.t();
        return Outcome.computed(c[t] - c[t - 1], "c[t] - c[t-1], raw closes in index points",
                Inputs.of("c[t]", c[t]).and("c[t-1]", c[t - 1]).and("t", s.asOf()).and("t-1", s.date(t - 1)).map());
    }

    static Outcome basisPoints(Session s, Window w) {
        int k = w.sessions();
        Optional<String> problem = s.windowProblem(k);
        if (problem.isPresent()) return Outcome.missing(problem.get());
        double[] c = s.series().close();
        int t = s.t();
        String back = "t-" + k;
        return Outcome.computed((c[t] - c[t - k]) * 100, "(c[t] - c[" + back + "]) * 100, yields in percent",
                Inputs.of("c[t] (%)", c[t]).and("c[" + back + "] (%)", c[t - k]).and("t", s.asOf()).and(back, s.date(t - k)).map());
    }
}
