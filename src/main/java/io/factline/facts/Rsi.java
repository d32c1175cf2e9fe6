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

    /** @return outcomes for rsi and rsi_zone, in that order */
    static List<Outcome> of(Session s) {
        int t = s.t();
        if (t + 1 < N + 1) {
            Outcome missing = Outcome.missing("needs " + (N + 1) + " sessions up to " + s.asOf() + ", "
                    + s.symbol() + " has " + Session.count(t + 1));
            return List.of(missing, missing);
        }
        double gain = 0, loss = 0;
        for (int i = 1; i <= N; i++) {
            double d = s.p(i) - s.p(i - 1);
            gain += Math.max(d, 0);
            loss += Math.max(-d, 0);
        }
        gain /= N;
        loss /= N;
        for (int i = N + 1; i <= t; i++) {
            double d = s.p(i) - s.p(i - 1);
            gain = ((N - 1) * gain + Math.max(d, 0)) / N;
            loss = ((N - 1) * loss + Math.max(-d, 0)) / N;
        }
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
