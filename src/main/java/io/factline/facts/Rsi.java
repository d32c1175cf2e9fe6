package io.factline.facts;

import java.util.List;

/**
 * Wilder's RSI(14) over p, all rows up to t. d_i = p_i − p_{i−1}; the first average gain and loss are
 * the plain means of max(d, 0) and max(−d, 0) over d_1..d_14; then avg_i = (13·avg_{i−1} + x_i) / 14.
 * RSI = 100 − 100 / (1 + gain / loss); loss 0 gives 100, gain and loss both 0 give 50. Warm-up: needs
 * at least 15 rows; every row after the 15th carries the smoothing on (inputs say from which row).
 * The zone is "overbought" from 70, "oversold" up to 30, else "neutral".
 */
final class Rsi {

    static final int N = Window.D14.sessions();

    private Rsi() {
    }

    /**
     * Wilder's averages of the daily gains and losses of p at every row, computed once per series and
     * read at t by every sheet of a run (issue 15): row i holds what the definition gives for t = i, the
     * same operations in the same order, so a value read here equals one computed for that date alone.
     * Rows before the 15th are NaN (warm-up).
     */
    record Series(double[] gain, double[] loss) {

        static Series of(double[] p) {
            int n = p.length;
            double[] gain = new double[n], loss = new double[n];
            java.util.Arrays.fill(gain, Double.NaN);
            java.util.Arrays.fill(loss, Double.NaN);
            if (n < N + 1) return new Series(gain, loss);
            double g = 0, l = 0;
            for (int i = 1; i <= N; i++) {
                double d = p[i] - p[i - 1];
                g += Math.max(d, 0);
                l += Math.max(-d, 0);
            }
            g /= N;
            l /= N;
            gain[N] = g;
            loss[N] = l;
            for (int i = N + 1; i < n; i++) {
                double d = p[i] - p[i - 1];
                g = ((N - 1) * g + Math.max(d, 0)) / N;
                l = ((N - 1) * l + Math.max(-d, 0)) / N;
                gain[i] = g;
                loss[i] = l;
            }
            return new Series(gain, loss);
        }
    }

    /** @return outcomes for rsi and rsi_zone, in that order */
    static List<Outcome> of(Session s) {
        int t = s.t();
        if (t + 1 < N + 1) {
            Outcome missing = Outcome.missing("needs " + (N + 1) + " sessions up to " + s.asOf() + ", "
                    + s.symbol() + " has " + Session.count(t + 1));
            return List.of(missing, missing);
        }
        Series series = s.indicators().rsi();
        double gain = series.gain()[t], loss = series.loss()[t];
        double rsi = loss == 0 ? (gain == 0 ? 50 : 100) : 100 - 100 / (1 + gain / loss);
        var in = Inputs.of("average gain", gain).and("average loss", loss).and("rows", t + 1)
                .and("first row", s.date(0)).and("t", s.asOf());
        String zone = rsi >= 70 ? "overbought" : rsi <= 30 ? "oversold" : "neutral";
        return List.of(
                Outcome.computed(rsi, "100 - 100 / (1 + average gain / average loss), Wilder's smoothing "
                        + "(13 * avg[i-1] + x[i]) / 14 of the daily changes of p, seeded with the plain means of the first 14", in.map()),
                Outcome.label(zone, "\"overbought\" if rsi >= 70, \"oversold\" if rsi <= 30, else \"neutral\"",
                        Inputs.of("rsi[t]", rsi).map()));
    }
}
