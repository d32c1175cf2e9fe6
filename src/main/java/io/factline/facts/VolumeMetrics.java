package io.factline.facts;

import java.time.LocalDate;
import java.util.Optional;

/** Volume on t, its 30-session average before t, and their ratio. Volumes are in shares. */
final class VolumeMetrics {

    private static final int K = Window.D30.sessions();

    private VolumeMetrics() {
    }

    static Outcome volume(Session s) {
        int t = s.t();
        if (!s.series().hasVolume(t)) return Outcome.missing("volume missing on " + s.asOf());
        double v = s.series().volume()[t];
        return Outcome.computed(v, "volume on t", Inputs.of("volume[t]", v).and("t", s.asOf()).map());
    }

    /** Mean volume of the 30 sessions before t (t excluded); needs a complete window and all 31 volumes. */
    static Outcome average(Session s) {
        Optional<String> problem = problem(s);
        if (problem.isPresent()) return Outcome.missing(problem.get());
        int t = s.t();
        return Outcome.computed(mean(s), "mean(volume[t-30..t-1])",
                Inputs.of("t-30", s.date(t - K)).and("t-1", s.date(t - 1)).and("n", K).map());
    }

    /** volume_t / average_volume, on the same conditions as the average. */
    static Outcome ratio(Session s) {
        Optional<String> problem = problem(s);
        if (problem.isPresent()) return Outcome.missing(problem.get());
        double avg = mean(s);
        if (avg == 0) return Outcome.missing("average volume over the 30 sessions before " + s.asOf() + " is zero");
        double today = s.series().volume()[s.t()];
        return Outcome.computed(today / avg, "volume[t] / mean(volume[t-30..t-1])",
                Inputs.of("volume[t]", today).and("average volume", avg).and("t", s.asOf()).map());
    }

    private static double mean(Session s) {
        double sum = 0;
        for (int i = s.t() - K; i < s.t(); i++) sum += s.series().volume()[i];
        return sum / K;
    }

    private static Optional<String> problem(Session s) {
        Optional<String> window = s.windowProblem(K);
        if (window.isPresent()) return window;
        LocalDate latest = null;
        int missing = 0;
        for (int i = s.t(); i >= s.t() - K; i--) {
            if (!s.series().hasVolume(i)) {
                if (latest == null) latest = s.date(i);
                missing++;
            }
        }
        if (missing == 0) return Optional.empty();
        String more = missing == 1 ? "" : " and " + (missing - 1) + " earlier session" + (missing == 2 ? "" : "s")
                + " since " + s.date(s.t() - K);
        return Optional.of("volume missing on " + latest + more);
    }
}
