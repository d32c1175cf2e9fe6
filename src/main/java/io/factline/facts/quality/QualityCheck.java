package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.MarketData;
import java.time.LocalDate;
import java.util.List;

/**
 * One data-quality rule over the raw series on an as-of date. Checks look only as far back as the
 * metrics do (252 sessions, beta's window), so a sheet reports what can affect its own figures.
 */
public interface QualityCheck {

    int LOOKBACK = 252;

    List<QualityIssue> check(MarketData data, LocalDate asOf);

    /** Every check, in the order issues are listed. */
    static List<QualityCheck> all() {
        return List.of(new StaleSeries(), new MissingSessions(), new MissingVolume(), new SuspectedSplit(),
                new SplicedPrices(), new EtfIndexDivergence(EtfIndexDivergence.DEFAULT_THRESHOLD_PP),
                new DuplicateVolume(), new PreListingRows(), new InconsistentBar(), new AdjustmentJump(),
                new UnadjustedDividends());
    }
}
