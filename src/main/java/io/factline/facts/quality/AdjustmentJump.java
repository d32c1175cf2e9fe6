package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Dividend;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ratio of {@code adj_close} to {@code close} is a dividend adjustment: it steps up on each ex-date
 * by the dividend over the previous close, so each step implies a dividend per share,
 * {@code D = c(k−1) × (1 − r(k−1) / r(k))}. A step is flagged when that dividend is not dividend-sized:
 * <ul>
 *   <li>negative (the ratio falls going forward; a raw/adjusted splice is left to {@link SplicedPrices});</li>
 *   <li>more than {@value #MAX_YIELD_PCT}% of the close, unless {@code dividends.csv} lists it;</li>
 *   <li>when {@code dividends.csv} has the symbol: no dividend listed on that date, or one that differs by
 *       more than 5%;</li>
 *   <li>otherwise: exactly 2, 3, 4, 5 or 10 times, or exactly a half … a tenth of, the series' previous
 *       implied dividend (within 2%), the step of a split adjusted on two share bases (FAST applies its
 *       unsplit $0.39 to split-adjusted prices on four ex-dates: the implied dividends run 0.39, 0.39,
 *       0.195 …); a special dividend of the regular size shows the same, and the message says both.
 *       Ordinary raises, cuts and specials of other sizes are not flagged.</li>
 * </ul>
 * Returns across a flagged date use an adjustment the data cannot confirm. One issue per instrument.
 */
final class AdjustmentJump implements QualityCheck {

    static final double MAX_YIELD_PCT = 10;
    static final int[] SPLITS = {2, 3, 4, 5, 10};
    static final double NOISE = 5e-5;

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument i : data.instruments()) {
            PriceSeries s = data.seriesOf(i.symbol());
            if (!s.adjusted()) continue;
            List<Dividend> listed = data.dividendsOf(i.symbol());
            int t = s.lastIndexOnOrBefore(asOf), start = Math.max(1, t - LOOKBACK + 1);
            List<String> found = new ArrayList<>();
            LocalDate first = null, last = null;
            double previous = Double.NaN;
            for (int k = 1; k <= t; k++) {
                double before = s.price()[k - 1] / s.close()[k - 1], ratio = s.price()[k] / s.close()[k];
                if (Math.abs(before / ratio - 1) < NOISE) continue;
                if (before == 1 && ratio != 1) continue;   // a splice: SplicedPrices reports it
                double implied = s.close()[k - 1] * (1 - before / ratio);
                String why = why(implied, implied / s.close()[k - 1] * 100, previous, listed, s.dates()[k]);
                if (implied > 0) previous = implied;
                if (why == null || k < start) continue;
                if (first == null) first = s.dates()[k];
                last = s.dates()[k];
                found.add(s.dates()[k] + " " + why);
            }
            if (found.isEmpty()) continue;
            out.add(new QualityIssue("adjustment_jump", i.symbol(), first, last,
                    i.symbol() + ": adj_close/close steps without a dividend-sized reason on " + String.join("; ", found)
                            + "; returns across " + (found.size() == 1 ? "that date use an adjustment" : "these dates use adjustments")
                            + " the data cannot confirm"));
        }
        return out;
    }

    private static String why(double implied, double yieldPct, double previous, List<Dividend> listed, LocalDate date) {
        if (implied < 0) return implies(implied, yieldPct) + ": the adjustment moves the wrong way)";
        if (!listed.isEmpty()) {
            Dividend paid = listed.stream().filter(x -> x.exDate().equals(date)).findFirst().orElse(null);
            if (paid == null) return implies(implied, yieldPct) + "; dividends.csv lists none that day)";
            if (Math.abs(implied / paid.amount() - 1) > 0.05) {
                return implies(implied, yieldPct) + String.format(Locale.ROOT, "; dividends.csv lists %.4f)", paid.amount());
            }
            return null;
        }
        if (yieldPct > MAX_YIELD_PCT) return implies(implied, yieldPct) + ", too large for a dividend)";
        if (Double.isNaN(previous)) return null;
        for (int n : SPLITS) {
            String step = Math.abs(implied / previous / n - 1) < 0.02 ? n + " times"
                    : Math.abs(implied * n / previous - 1) < 0.02 ? "1/" + n + " of" : null;
            if (step != null) {
                return implies(implied, yieldPct) + String.format(Locale.ROOT, ", %s the %.4f of the ex-date before: a split adjusted on two share bases, "
                        + "or a special or variable dividend)", step, previous);
            }
        }
        return null;
    }

    /** The start of a finding; formatted only for a step that is flagged, most steps are ordinary dividends. */
    private static String implies(double implied, double yieldPct) {
        return String.format(Locale.ROOT, "(implies a dividend of %.4f, %.2f%% of the close", implied, yieldPct);
    }
}
