package io.factline.facts.quality;

import io.factline.facts.QualityIssue;
import io.factline.market.Dividend;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A series without {@code adj_close} whose dividends {@code dividends.csv} lists: its figures use the
 * traded close, so a return across an ex-date leaves the dividend out (DIA and QQQ in the S&P 500
 * pack). Reported when an ex-date lies within the look-back, naming those in the last 30 sessions, which
 * the 30-day figures span.
 */
final class UnadjustedDividends implements QualityCheck {

    private static final int RECENT = 30;

    @Override
    public List<QualityIssue> check(MarketData data, LocalDate asOf) {
        return data.instruments().stream().map(i -> issue(data, i, asOf)).filter(java.util.Objects::nonNull).toList();
    }

    private static QualityIssue issue(MarketData data, Instrument i, LocalDate asOf) {
        PriceSeries s = data.seriesOf(i.symbol());
        int t = s.lastIndexOnOrBefore(asOf);
        if (s.adjusted() || t < 1) return null;
        LocalDate from = s.dates()[Math.max(1, t - LOOKBACK + 1)], recent = s.dates()[Math.max(1, t - RECENT + 1)];
        List<Dividend> inWindow = data.dividendsOf(i.symbol()).stream()
                .filter(d -> !d.exDate().isBefore(from) && !d.exDate().isAfter(s.dates()[t])).toList();
        if (inWindow.isEmpty()) return null;
        String last30 = inWindow.stream().filter(d -> !d.exDate().isBefore(recent))
                .map(d -> String.format(Locale.ROOT, "%s (%.4f)", d.exDate(), d.amount())).collect(Collectors.joining(", "));
        return new QualityIssue("unadjusted_dividends", i.symbol(), inWindow.get(0).exDate(), inWindow.get(inWindow.size() - 1).exDate(),
                i.symbol() + ": prices are closes without dividend adjustment; " + inWindow.size()
                        + (inWindow.size() == 1 ? " ex-dividend date" : " ex-dividend dates") + " between " + from + " and " + s.dates()[t]
                        + (last30.isEmpty() ? "" : ", in the last 30 sessions " + last30)
                        + "; returns across them leave the dividend out");
    }
}
