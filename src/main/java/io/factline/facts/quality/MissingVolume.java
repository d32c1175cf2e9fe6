package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Blank or zero volume in the 31 sessions the volume figures use (t−30 … t). Zero is reported
 * apart from blank: a source that writes 0 for "unknown" makes averages look quiet.
 */
final class MissingVolume implements QualityCheck {

    private static final int WINDOW = 31;

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument i : data.instruments()) {
            PriceSeries s = data.seriesOf(i.symbol());
            int t = s.indexOf(asOf);
            if (t < 0) continue;
            report(out, s, t, "missing_volume", "volume missing", s::hasVolume);
            report(out, s, t, "zero_volume", "volume of zero", k -> !s.hasVolume(k) || s.volume()[k] != 0);
        }
        return out;
    }

    private static void report(List<QualityIssue> out, PriceSeries s, int t, String check, String what,
                               java.util.function.IntPredicate ok) {
        int first = -1, last = -1, n = 0;
        for (int k = Math.max(0, t - WINDOW + 1); k <= t; k++) {
            if (ok.test(k)) continue;
            if (first < 0) first = k;
            last = k;
            n++;
        }
        if (n == 0) return;
        LocalDate from = s.dates()[first], to = s.dates()[last];
        out.add(new QualityIssue(check, s.symbol(), from, to, s.symbol() + ": " + what + " on " + n
                + (n == 1 ? " session, " + from : " sessions between " + from + " and " + to)));
    }
}
