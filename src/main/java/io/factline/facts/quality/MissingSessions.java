package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions of the benchmark's calendar that the instrument lacks, within the look-back, reported as
 * ranges: "XLE lacks 18 sessions of SPY between 2026-02-24 and 2026-03-19".
 */
final class MissingSessions implements QualityCheck {

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument i : data.instruments()) {
            if (i.isOwnBenchmark()) continue;
            PriceSeries s = data.seriesOf(i.symbol()), cal = data.seriesOf(i.benchmark());
            int end = Math.min(cal.lastIndexOnOrBefore(asOf), cal.lastIndexOnOrBefore(s.last()));
            if (end < 0 || s.indexOf(asOf) < 0) continue;   // stale series are reported as stale
            int start = Math.max(0, Math.max(end - LOOKBACK, cal.lastIndexOnOrBefore(s.first()) + 1));
            int gapStart = -1;
            for (int j = start; j <= end + 1; j++) {
                boolean missing = j <= end && s.indexOf(cal.dates()[j]) < 0;
                if (missing && gapStart < 0) gapStart = j;
                if (!missing && gapStart >= 0) {
                    int n = j - gapStart;
                    out.add(new QualityIssue("missing_sessions", i.symbol(), cal.dates()[gapStart], cal.dates()[j - 1],
                            i.symbol() + ": " + n + (n == 1 ? " session" : " sessions") + " of " + i.benchmark() + " missing"
                                    + (n == 1 ? " on " + cal.dates()[gapStart]
                                    : " between " + cal.dates()[gapStart] + " and " + cal.dates()[j - 1])));
                    gapStart = -1;
                }
            }
        }
        return out;
    }
}
