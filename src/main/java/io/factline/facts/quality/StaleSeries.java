package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A series with no bar on the as-of date: it gets no facts, and the commentary must say so. */
final class StaleSeries implements QualityCheck {

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument i : data.instruments()) {
            PriceSeries s = data.seriesOf(i.symbol());
            if (s.indexOf(asOf) >= 0) continue;
            int last = s.lastIndexOnOrBefore(asOf);
            if (last < 0) {
                out.add(new QualityIssue("stale_series", i.symbol(), s.first(), asOf,
                        i.symbol() + ": no bars up to " + asOf + "; the series starts on " + s.first()));
                continue;
            }
            PriceSeries cal = data.seriesOf(i.benchmark());
            int behind = cal == s ? -1 : cal.lastIndexOnOrBefore(asOf) - cal.lastIndexOnOrBefore(s.dates()[last]);
            out.add(new QualityIssue("stale_series", i.symbol(), s.dates()[last], asOf,
                    i.symbol() + ": no bar on " + asOf + "; last bar " + s.dates()[last]
                            + (behind > 0 ? " (" + behind + " sessions behind " + i.benchmark() + ")" : "")));
        }
        return out;
    }
}
