package io.factline.market;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatestDateTest {

    @Test
    void should_default_to_the_last_date_most_series_share_when_one_series_runs_on() {
        // given: three series end on 2025-09-08; one stray stock has quotes into 2026
        Map<String, PriceSeries> series = new LinkedHashMap<>();
        series.put("SPY", series("SPY", "2025-09-05", "2025-09-08"));
        series.put("AAPL", series("AAPL", "2025-09-05", "2025-09-08"));
        series.put("MSFT", series("MSFT", "2025-09-05", "2025-09-08"));
        series.put("ODD", series("ODD", "2025-09-08", "2026-05-29"));
        MarketData data = new MarketData(List.of(), series, List.of(), null);

        // when
        Optional<LocalDate> latest = data.latestDate();

        // then
        assertEquals(Optional.of(LocalDate.parse("2025-09-08")), latest);
    }

    @Test
    void should_keep_the_bundled_default_when_nearly_every_series_reaches_the_last_date() throws Exception {
        // given
        MarketData data = new CsvMarketLoader().load(Path.of("fixtures/market"));

        // when / then: 13 of the 15 series end on 2026-10-05
        assertEquals(Optional.of(LocalDate.parse("2026-10-05")), data.latestDate());
    }

    @Test
    void should_default_to_the_last_full_session_of_the_sp500_pack_not_a_stray_stock() throws Exception {
        // given: 474 of the pack's files end on 2025-09-08, a few series run to 2026-05-29
        MarketData data = new CsvMarketLoader().load(Path.of("fixtures/sp500"));

        // when / then
        assertEquals(Optional.of(LocalDate.parse("2025-09-08")), data.latestDate());
    }

    private static PriceSeries series(String symbol, String... dates) {
        LocalDate[] d = new LocalDate[dates.length];
        double[] p = new double[dates.length];
        for (int i = 0; i < dates.length; i++) {
            d[i] = LocalDate.parse(dates[i]);
            p[i] = 100 + i;
        }
        return new PriceSeries(symbol, new SeriesOrigin("bars of " + symbol, symbol + ".csv"), false, d, p, p.clone(), p.clone());
    }
}
