package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A volume series that is another instrument's: the same non-zero volume on the same date on at least
 * {@value #MIN_SAME} sessions and on at least 90% of the sessions where both have volume, within the
 * look-back. Two real instruments never trade the same number of shares day after day; a source that
 * fills one index's volume from another's does (the bundled ^RUT carries ^GSPC's volume). The suspect is
 * the instrument whose benchmark is the other, else the one listed later.
 */
final class DuplicateVolume implements QualityCheck {

    static final int MIN_SAME = 20;
    static final double SHARE = 0.9;

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<Instrument> listed = data.instruments();
        // One map over every (day, volume) of every look-back, sized up front: on the S&P 500 pack that is
        // ~130,000 entries, and a map per day grown entry by entry cost a third of the sheet (issue 15).
        Map<DayVolume, Integer> firstOwner = new HashMap<>(2 * listed.size() * LOOKBACK);
        Map<Long, int[]> same = new LinkedHashMap<>();
        for (int a = 0; a < listed.size(); a++) {
            PriceSeries s = data.seriesOf(listed.get(a).symbol());
            int t = s.lastIndexOnOrBefore(asOf);
            for (int k = Math.max(0, t - LOOKBACK + 1); k <= t; k++) {
                if (!s.hasVolume(k) || s.volume()[k] == 0) continue;
                Integer b = firstOwner.putIfAbsent(new DayVolume(s.dates()[k], s.volume()[k]), a);
                if (b != null) same.computeIfAbsent((long) b * listed.size() + a, key -> new int[1])[0]++;
            }
        }
        List<QualityIssue> out = new ArrayList<>();
        same.forEach((key, count) -> {
            if (count[0] < MIN_SAME) return;
            Instrument first = listed.get((int) (key / listed.size())), second = listed.get((int) (key % listed.size()));
            Window w = common(data.seriesOf(first.symbol()), data.seriesOf(second.symbol()), asOf);
            if (count[0] < SHARE * w.sessions) return;
            boolean firstIsCopy = first.benchmark().equals(second.symbol()) && !first.isOwnBenchmark();
            Instrument copy = firstIsCopy ? first : second, original = firstIsCopy ? second : first;
            out.add(new QualityIssue("duplicate_volume", copy.symbol(), w.from, w.to,
                    copy.symbol() + ": volume equals " + original.symbol() + "'s on " + count[0] + " of the " + w.sessions
                            + " sessions both report volume (" + w.from + " to " + w.to + ")"
                            + "; it is probably " + original.symbol() + "'s volume, not " + copy.symbol() + "'s"));
        });
        return out;
    }

    /** A volume on a day; equal when both are (doubles compare as {@link Double#compare} does). */
    private record DayVolume(LocalDate day, double volume) {
    }

    private record Window(int sessions, LocalDate from, LocalDate to) {
    }

    /** Sessions in both look-backs where both series have a non-zero volume. */
    private static Window common(PriceSeries a, PriceSeries b, LocalDate asOf) {
        int i = Math.max(0, a.lastIndexOnOrBefore(asOf) - LOOKBACK + 1), ie = a.lastIndexOnOrBefore(asOf);
        int j = Math.max(0, b.lastIndexOnOrBefore(asOf) - LOOKBACK + 1), je = b.lastIndexOnOrBefore(asOf);
        int n = 0;
        LocalDate from = null, to = null;
        while (i <= ie && j <= je) {
            int c = a.dates()[i].compareTo(b.dates()[j]);
            if (c < 0) i++;
            else if (c > 0) j++;
            else {
                if (a.hasVolume(i) && b.hasVolume(j) && a.volume()[i] != 0 && b.volume()[j] != 0) {
                    n++;
                    if (from == null) from = a.dates()[i];
                    to = a.dates()[i];
                }
                i++;
                j++;
            }
        }
        return new Window(n, from, to);
    }
}
