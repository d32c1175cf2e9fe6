package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows of a stock before its regular trading began: when-issued quotes of a spin-off (GEV, SOLV, SNDK,
 * Q start a few thin sessions before the distribution) or the sparse, zero-volume quotes of a company
 * before its listing (SW before 2024-07-08). The listing day is found from volume alone, since the data
 * carries no listing dates:
 * <ul>
 *   <li>a series that starts after its benchmark's first row (a new listing within the data): the day of
 *       the highest volume of its first {@value #FIRST_ROWS} rows, when that volume is at least
 *       {@value #JUMP}× every volume before it;</li>
 *   <li>any stock with at least {@value #MIN_ZERO} zero-volume rows: the row after its last zero-volume
 *       row, when that row's volume is at least {@value #JUMP}× every volume before it.</li>
 * </ul>
 * Reported while those rows lie within the look-back, because windows reaching them mix two markets.
 */
final class PreListingRows implements QualityCheck {

    static final int FIRST_ROWS = 10;
    static final double JUMP = 3.0;
    static final int MIN_ZERO = 5;

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument i : data.instruments()) {
            if (i.kind() != Kind.STOCK) continue;
            PriceSeries s = data.seriesOf(i.symbol());
            int t = s.lastIndexOnOrBefore(asOf);
            int listing = listing(s, data.seriesOf(i.benchmark()), t);
            if (listing <= 0 || listing <= t - LOOKBACK) continue;
            int zero = 0;
            double max = 0;
            for (int k = 0; k < listing; k++) {
                if (s.hasVolume(k) && s.volume()[k] == 0) zero++;
                if (s.hasVolume(k)) max = Math.max(max, s.volume()[k]);
            }
            String thin = zero > 0 ? zero + " with zero volume" : String.format(Locale.ROOT, "volume at most %,.0f", max);
            out.add(new QualityIssue("pre_listing_rows", i.symbol(), s.first(), s.dates()[listing - 1],
                    String.format(Locale.ROOT, "%s: %d %s before regular trading began on %s (%s, against %,.0f that day); "
                                    + "figures whose windows reach back before %s use when-issued or pre-listing quotes",
                            i.symbol(), listing, listing == 1 ? "row" : "rows", s.dates()[listing], thin,
                            s.volume()[listing], s.dates()[listing])));
        }
        return out;
    }

    /** @return the index of the first regular session, or -1 when the series shows no listing */
    static int listing(PriceSeries s, PriceSeries bench, int t) {
        if (t < 1) return -1;
        int lastZero = -1, zeros = 0;
        for (int k = 0; k <= t; k++) {
            if (s.hasVolume(k) && s.volume()[k] == 0) {
                lastZero = k;
                zeros++;
            }
        }
        if (zeros >= MIN_ZERO && lastZero < t && jumps(s, lastZero + 1)) return lastZero + 1;
        if (bench != s && s.first().isAfter(bench.first())) {
            int best = -1;
            for (int k = 1; k < Math.min(FIRST_ROWS, t + 1); k++) {
                if (s.hasVolume(k) && (best < 0 || s.volume()[k] > s.volume()[best])) best = k;
            }
            if (best > 0 && jumps(s, best)) return best;
        }
        return -1;
    }

    private static boolean jumps(PriceSeries s, int k) {
        if (!s.hasVolume(k)) return false;
        double before = 0;
        for (int j = 0; j < k; j++) if (s.hasVolume(j)) before = Math.max(before, s.volume()[j]);
        return s.volume()[k] >= JUMP * before && s.volume()[k] > 0;
    }
}
