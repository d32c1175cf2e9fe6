package io.factline.facts;

import java.util.List;

/**
 * MACD(12, 26, 9) over every row up to t, with EMA_n(x)_0 = x_0 and EMA_n(x)_i = α·x_i + (1−α)·EMA_n(x)_{i−1},
 * α = 2/(n+1). macd = EMA12(p) − EMA26(p); signal = EMA9(macd); histogram = macd − signal; the trend
 * label is "bullish" when macd > signal, else "bearish". No warm-up is dropped: the definition seeds
 * each EMA with the first row, so the figures exist from the first row on.
 */
final class Macd {

    private Macd() {
    }

    /**
     * EMA12 and EMA26 of p and the signal line at every row, computed once per series and read at t by
     * every sheet of a run (issue 15); row i holds what the definition gives for t = i, by the same
     * operations in the same order.
     */
    record Series(double[] ema12, double[] ema26, double[] signal) {

        static Series of(double[] p) {
            int n = p.length;
            double[] e12s = new double[n], e26s = new double[n], signals = new double[n];
            if (n == 0) return new Series(e12s, e26s, signals);
            double a12 = 2.0 / 13, a26 = 2.0 / 27, a9 = 2.0 / 10;
            double e12 = p[0], e26 = p[0], signal = 0;
            for (int i = 0; i < n; i++) {
                if (i > 0) {
                    e12 = a12 * p[i] + (1 - a12) * e12;
                    e26 = a26 * p[i] + (1 - a26) * e26;
                }
                double macd = e12 - e26;
                signal = i == 0 ? macd : a9 * macd + (1 - a9) * signal;
                e12s[i] = e12;
                e26s[i] = e26;
                signals[i] = signal;
            }
            return new Series(e12s, e26s, signals);
        }
    }

    /** @return outcomes for macd, macd_signal, macd_histogram and macd_trend, in that order */
    static List<Outcome> of(Session s) {
        Series series = s.indicators().macd();
        int t = s.t();
        double e12 = series.ema12()[t], e26 = series.ema26()[t], signal = series.signal()[t];
        double macd = e12 - e26;
        double hist = macd - signal;
        String from = s.date(0).toString();
        var base = Inputs.of("EMA12(p)[t]", e12).and("EMA26(p)[t]", e26).and("rows", s.t() + 1)
                .and("first row", from).and("t", s.asOf());
        return List.of(
                Outcome.computed(macd, "EMA12(p) - EMA26(p), EMAs seeded with the first row", base.map()),
                Outcome.computed(signal, "EMA9(macd), seeded with the first macd",
                        Inputs.of("macd[t]", macd).and("rows", s.t() + 1).and("t", s.asOf()).map()),
                Outcome.computed(hist, "macd - macd_signal",
                        Inputs.of("macd[t]", macd).and("macd_signal[t]", signal).map()),
                new Outcome.Computed(FactValue.of(macd > signal ? "bullish" : "bearish"),
                        "\"bullish\" if macd > macd_signal, else \"bearish\"",
                        Inputs.of("macd[t]", macd).and("macd_signal[t]", signal).map()));
    }
}
