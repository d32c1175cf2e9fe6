package io.factline.facts;

import java.util.Optional;

/**
 * The catalogue's further return windows (5d, 252d, mtd, ytd): (p_t / p_{t−k} − 1) × 100 over a
 * complete k-window, and the relative return against the benchmark over the same k, both windows
 * complete. For a calendar window the inputs name the base date and k.
 */
final class PeriodReturns {

    private PeriodReturns() {
    }

    static Outcome of(Session s, Window w) {
        Lookback back = Lookback.of(s, w);
        if (back.problem() != null) return Outcome.missing(back.problem());
        return over(s, w, back.k());
    }

    /** The return over exactly k sessions, for relative returns that must use the subject's k. */
    static Outcome over(Session s, Window w, int k) {
        Optional<String> problem = s.windowProblem(k);
        if (problem.isPresent()) return Outcome.missing(problem.get());
        int t = s.t();
        double v = (s.p(t) / s.p(t - k) - 1) * 100;
        String back = "t-" + k;
        String formula = "(p[t] / p[" + back + "] - 1) * 100"
                + (w.isCalendar() ? ", t-" + k + " = the last session before the " + w.phrase() + " period" : "");
        Inputs in = Inputs.of("p[t]", s.p(t)).and("p[" + back + "]", s.p(t - k)).and("t", s.date(t)).and(back, s.date(t - k));
        if (w.isCalendar()) in.and("k", k);
        return Outcome.computed(v, formula, in.map());
    }

    /** return(s) − return(benchmark), both over the subject's k sessions. */
    static Outcome relative(Session s, Session bench, Window w) {
        Lookback back = Lookback.of(s, w);
        if (back.problem() != null) return Outcome.missing(back.problem());
        Outcome own = over(s, w, back.k());
        if (own instanceof Outcome.Missing) return own;
        String b = s.instrument().benchmark();
        if (bench == null) return Outcome.missing("benchmark " + b + " has no bar on " + s.asOf());
        Outcome theirs = over(bench, w, back.k());
        if (theirs instanceof Outcome.Missing m) return Outcome.missing("benchmark " + b + ": " + m.reason());
        double r = Outcome.number(own), rb = Outcome.number(theirs);
        return Outcome.computed(r - rb, "return(" + s.symbol() + ", " + w.wire() + ") - return(" + b + ", " + w.wire() + ")",
                Inputs.of("return(" + s.symbol() + ") (%)", r).and("return(" + b + ") (%)", rb).and("k", back.k()).map());
    }
}
