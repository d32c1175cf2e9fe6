package io.factline.facts;

import io.factline.market.PriceSeries;

/**
 * The indicators of one instrument whose value on a date depends on every row before it (Wilder's RSI
 * averages, the MACD EMAs and signal line), as series over all its rows. Computed once per instrument
 * and data set ({@link SeriesCache}), so a batch over a year reads each date's values instead of
 * recomputing every history for every date. Moving averages over a fixed window (SMA 50, SMA 200) are
 * summed per date as before: a running sum would change their last bits, and the numbers must not move.
 */
record Indicators(Rsi.Series rsi, Macd.Series macd) {

    static Indicators of(PriceSeries s) {
        return new Indicators(Rsi.Series.of(s.price()), Macd.Series.of(s.price()));
    }
}
