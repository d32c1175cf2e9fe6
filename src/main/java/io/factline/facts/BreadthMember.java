package io.factline.facts;

/**
 * What breadth needs of one stock with a bar on t, taken from the figures already computed for it
 * (nothing is computed twice): its 1-day and 30-day returns, its new-high / new-low labels, and whether
 * p_t is above the mean of its last 50 p (null with fewer than 50 rows).
 */
record BreadthMember(String symbol, String location, Outcome return1d, Outcome return30d, Outcome newHigh,
                     Outcome newLow, Boolean aboveSma50) {

    static final int SMA_ROWS = Window.D50.sessions();

    static BreadthMember of(Session s, Outcome r1, Outcome r30, Outcome newHigh, Outcome newLow) {
        int t = s.t();
        Boolean above = t + 1 < SMA_ROWS ? null : s.p(t) > Sma200.mean(s.series().price(), t, SMA_ROWS);
        return new BreadthMember(s.symbol(), s.series().origin().location(), r1, r30, newHigh, newLow, above);
    }

    static boolean yes(Outcome label) {
        return label instanceof Outcome.Computed c && c.value() instanceof FactValue.Label l && l.text().equals("yes");
    }
}
