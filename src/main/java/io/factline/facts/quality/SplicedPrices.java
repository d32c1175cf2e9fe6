package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw and adjusted prices spliced: {@code adj_close} equals {@code close} on every row up to some
 * date and differs from the next row on. In a properly adjusted series the adjustment factor only
 * moves toward 1 as time goes forward (each ex-date brings older prices down), so a series whose
 * older rows are unadjusted and newer rows adjusted (or raw closes stitched onto an adjusted
 * history) shows the opposite. Returns across the splice date mix two bases.
 */
final class SplicedPrices implements QualityCheck {

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument i : data.instruments()) {
            PriceSeries s = data.seriesOf(i.symbol());
            if (!s.adjusted()) continue;
            int t = s.lastIndexOnOrBefore(asOf);
            for (int k = Math.max(1, t - LOOKBACK + 1); k <= t; k++) {
                if (same(s, k - 1) && !same(s, k)) {
                    out.add(new QualityIssue("spliced_prices", i.symbol(), s.dates()[k], s.dates()[k],
                            i.symbol() + ": raw and adjusted prices spliced on " + s.dates()[k] + " (adj_close equals close before it, "
                                    + "differs from it on); returns across that date mix two price bases"));
                }
            }
        }
        return out;
    }

    private static boolean same(PriceSeries s, int k) {
        return s.price()[k] == s.close()[k];
    }
}
