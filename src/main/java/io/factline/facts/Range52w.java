package io.factline.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 52-week range of the raw close c: high and low over the last 252 rows including t, over a
 * complete 251-window; how far c_t is from each, (c_t / high − 1) × 100 and (c_t / low − 1) × 100; and
 * whether t is a new high (c_t ≥ max of the 251 closes before t) or a new low (c_t ≤ their min).
 * A rate gets the high, the low and the two labels, not the percent distances.
 */
final class Range52w {

    static final int K = Window.D252.sessions() - 1;

    private Range52w() {
    }

    /** @return outcomes for high, low, [pct from high, pct from low,] new high, new low */
    static List<Outcome> of(Session s, boolean distances) {
        int n = distances ? 6 : 4;
        Optional<String> problem = s.windowProblem(K);
        if (problem.isPresent()) {
            List<Outcome> none = new ArrayList<>(n);
            for (int i = 0; i < n; i++) none.add(Outcome.missing(problem.get()));
            return none;
        }
        double[] c = s.series().close();
        int t = s.t();
        double maxBefore = Double.NEGATIVE_INFINITY, minBefore = Double.POSITIVE_INFINITY;
        for (int i = t - K; i < t; i++) {
            maxBefore = Math.max(maxBefore, c[i]);
            minBefore = Math.min(minBefore, c[i]);
        }
        double ct = c[t], high = Math.max(maxBefore, ct), low = Math.min(minBefore, ct);
        String span = "c[t-251..t]";
        var range = Inputs.of("t-251", s.date(t - K)).and("t", s.asOf()).and("n", K + 1);
        List<Outcome> out = new ArrayList<>(n);
        out.add(Outcome.computed(high, "max(" + span + "), raw closes", range.map()));
        out.add(Outcome.computed(low, "min(" + span + "), raw closes", range.map()));
        if (distances) {
            out.add(Outcome.computed((ct / high - 1) * 100, "(c[t] / high_52w - 1) * 100",
                    Inputs.of("c[t]", ct).and("high_52w", high).map()));
            out.add(Outcome.computed((ct / low - 1) * 100, "(c[t] / low_52w - 1) * 100",
                    Inputs.of("c[t]", ct).and("low_52w", low).map()));
        }
        out.add(Outcome.label(ct >= maxBefore ? "yes" : "no", "\"yes\" if c[t] >= max(c[t-251..t-1]), else \"no\"",
                Inputs.of("c[t]", ct).and("max(c[t-251..t-1])", maxBefore).map()));
        out.add(Outcome.label(ct <= minBefore ? "yes" : "no", "\"yes\" if c[t] <= min(c[t-251..t-1]), else \"no\"",
                Inputs.of("c[t]", ct).and("min(c[t-251..t-1])", minBefore).map()));
        return out;
    }
}
