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
 * An ETF whose 1-day return differs from its index's by more than a threshold (in percentage points)
 * on the as-of date: a tracking fund should move with its index, so a gap this size usually means a
 * bad bar in one of the two. The index an ETF tracks is the index whose name appears in the ETF's
 * name ("SPDR S&P 500 ETF Trust" tracks "S&P 500"), so no extra configuration is needed.
 */
final class EtfIndexDivergence implements QualityCheck {

    static final double DEFAULT_THRESHOLD_PP = 0.5;

    private final double thresholdPp;

    EtfIndexDivergence(double thresholdPp) {
        this.thresholdPp = thresholdPp;
    }

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        List<QualityIssue> out = new ArrayList<>();
        for (Instrument etf : data.instruments()) {
            if (etf.kind() != Kind.ETF) continue;
            for (Instrument index : data.instruments()) {
                if (index.kind() != Kind.INDEX || !etf.name().contains(index.name())) continue;
                Double re = dailyReturn(data.seriesOf(etf.symbol()), asOf), ri = dailyReturn(data.seriesOf(index.symbol()), asOf);
                if (re == null || ri == null || Math.abs(re - ri) <= thresholdPp) continue;
                out.add(new QualityIssue("etf_index_divergence", etf.symbol(), asOf, asOf, String.format(java.util.Locale.ROOT,
                        "%s: moved %+.2f%% and its index %s %+.2f%% on %s, a gap of %.2f pp (more than %.2f pp); check both bars",
                        etf.symbol(), re, index.symbol(), ri, asOf, Math.abs(re - ri), thresholdPp)));
            }
        }
        return out;
    }

    /** Percent return on the as-of date from the previous row, or null when there is no such pair. */
    private static Double dailyReturn(PriceSeries s, LocalDate asOf) {
        int t = s.indexOf(asOf);
        return t < 1 ? null : (s.price()[t] / s.price()[t - 1] - 1) * 100;
    }
}
