package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bar whose range does not hold its own prices: the low above the open or the close, or the high
 * below them (^DJI on 2025-08-12: low 44050.53, open 44050.50). No metric reads open, high or low, so
 * the figures are not affected; the bar is still wrong and a chart of it would be. One issue per
 * instrument, naming the first bad bar and how many there are in the look-back.
 */
final class InconsistentBar implements QualityCheck {

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument i : data.instruments()) {
            PriceSeries s = data.seriesOf(i.symbol());
            int t = s.lastIndexOnOrBefore(asOf), bad = 0, first = -1, last = -1;
            String what = null;
            for (int k = Math.max(0, t - LOOKBACK + 1); k <= t; k++) {
                String problem = problem(s, k);
                if (problem == null) continue;
                if (first < 0) {
                    first = k;
                    what = problem;
                }
                last = k;
                bad++;
            }
            if (bad == 0) continue;
            String more = bad == 1 ? "" : " (" + bad + " such bars between " + s.dates()[first] + " and " + s.dates()[last] + ")";
            out.add(new QualityIssue("inconsistent_bar", i.symbol(), s.dates()[first], s.dates()[last],
                    i.symbol() + ": the bar of " + s.dates()[first] + " has " + what + more
                            + "; its range is wrong, its close is used as given"));
        }
        return out;
    }

    /** @return what is wrong with bar k, or null */
    private static String problem(PriceSeries s, int k) {
        double o = s.open()[k], h = s.high()[k], l = s.low()[k], c = s.close()[k];
        if (!Double.isNaN(l) && !Double.isNaN(o) && l > o) return pair("its low", l, "above its open", o);
        if (!Double.isNaN(l) && l > c) return pair("its low", l, "above its close", c);
        if (!Double.isNaN(h) && !Double.isNaN(o) && h < o) return pair("its high", h, "below its open", o);
        if (!Double.isNaN(h) && h < c) return pair("its high", h, "below its close", c);
        if (!Double.isNaN(h) && !Double.isNaN(l) && h < l) return pair("its high", h, "below its low", l);
        return null;
    }

    private static String pair(String a, double va, String b, double vb) {
        return String.format(Locale.ROOT, "%s (%s) %s (%s)", a, plain(va), b, plain(vb));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
