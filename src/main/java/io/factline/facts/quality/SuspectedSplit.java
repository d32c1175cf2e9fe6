package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-day move of 35% or more in the price the metrics use, with volume at least twice its average
 * of the 30 sessions before: the signature of a share split the series was not adjusted for (a 2:1
 * split halves the price and doubles the volume). Without volume the jump is still reported, and the
 * message says the volume could not confirm it. Indices and rates do not split (^VIX moves 40-70% in
 * a day), so only stocks and ETFs are checked.
 */
final class SuspectedSplit implements QualityCheck {

    static final double MOVE = 0.35;
    static final double VOLUME_JUMP = 2.0;

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument i : data.instruments()) {
            if (i.kind() != Kind.STOCK && i.kind() != Kind.ETF) continue;
            PriceSeries s = data.seriesOf(i.symbol());
            int t = s.lastIndexOnOrBefore(asOf);
            for (int k = Math.max(1, t - LOOKBACK + 1); k <= t; k++) {
                double move = s.price()[k] / s.price()[k - 1] - 1;
                if (Math.abs(move) < MOVE) continue;
                String volume = volumeNote(s, k);
                if (volume == null) continue;
                out.add(new QualityIssue("suspected_split", i.symbol(), s.dates()[k], s.dates()[k],
                        String.format(java.util.Locale.ROOT, "%s: moved %+.1f%% on %s (%s to %s)%s; suspected unadjusted split",
                                i.symbol(), move * 100, s.dates()[k], s.price()[k - 1], s.price()[k], volume)));
            }
        }
        return out;
    }

    /** @return a note on the volume, or null when the volume shows no jump (a real crash, not a split) */
    private static String volumeNote(PriceSeries s, int k) {
        if (!s.hasVolume(k)) return "; volume unknown, so not confirmed";
        double sum = 0;
        int n = 0;
        for (int j = Math.max(0, k - 30); j < k; j++) {
            if (s.hasVolume(j)) {
                sum += s.volume()[j];
                n++;
            }
        }
        if (n == 0 || sum == 0) return "; no earlier volume to compare";
        double ratio = s.volume()[k] / (sum / n);
        return ratio >= VOLUME_JUMP ? String.format(java.util.Locale.ROOT, " on %.1fx its average volume", ratio) : null;
    }
}
