package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.FactSheetJson;
import io.factline.facts.FactValue;
import io.factline.facts.Metric;
import io.factline.facts.Source;
import io.factline.facts.Unit;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Fact sheets for tests: a small hand-made one whose IDs the tests name, and the bundled data's. */
final class TestSheets {

    private TestSheets() {
    }

    static final List<Instrument> INSTRUMENTS = List.of(
            new Instrument("^GSPC", "S&P 500", Kind.INDEX, null, "^GSPC"),
            new Instrument("SPY", "SPDR S&P 500 ETF Trust", Kind.ETF, null, "SPY"),
            new Instrument("IWM", "iShares Russell 2000 ETF", Kind.ETF, null, "SPY"),
            new Instrument("XLE", "Energy Select Sector SPDR Fund", Kind.ETF, "Energy", "SPY"),
            new Instrument("XLV", "Health Care Select Sector SPDR Fund", Kind.ETF, "Healthcare", "SPY"));

    /**
     * F1 ^GSPC close 6,581.00; F2 SPY 1-day return +1.05%; F3 IWM 1-day return +2.16%; F4 IWM 30-day
     * return -6.46%; F5 IWM volume 78.75 million; F6 IWM volume ratio 1.8657x; F7 IWM 1-day return
     * relative to SPY +1.11 pp; F8 IWM beta against SPY 1.05; F9 SPY MACD trend bearish; F10 SPY trend
     * sideways; F11 SPY P/E 26.00; F12 XLE 1-day return +0.54%; F13 XLV 1-day return -0.39%; F14 IWM
     * 30-day volatility 1.26%; F15 ^GSPC MACD -79.71; F16 SPY close 655.38; F17 XLV 30-day return +1.17%.
     */
    static FactSheet small() {
        return new FactSheet(LocalDate.of(2026, 3, 23), List.of(new Source("S1", "daily bars", null)), INSTRUMENTS, List.of(
                fact("F1", "^GSPC", Metric.CLOSE, null, null, 6581.0, Unit.PRICE),
                fact("F2", "SPY", Metric.RETURN, Window.D1, null, 1.0500022105309759, Unit.PERCENT),
                fact("F3", "IWM", Metric.RETURN, Window.D1, null, 2.159155522927403, Unit.PERCENT),
                fact("F4", "IWM", Metric.RETURN, Window.D30, null, -6.463619147793032, Unit.PERCENT),
                fact("F5", "IWM", Metric.VOLUME, Window.D1, null, 78746581.0, Unit.SHARES),
                fact("F6", "IWM", Metric.VOLUME_RATIO, Window.D30, null, 1.8657, Unit.X),
                fact("F7", "IWM", Metric.RELATIVE_RETURN, Window.D1, "SPY", 1.109153312396427, Unit.PP),
                fact("F8", "IWM", Metric.BETA, Window.D252, "SPY", 1.0476295862520137, Unit.NUMBER),
                label("F9", "SPY", Metric.MACD_TREND, "bearish"),
                label("F10", "SPY", Metric.TREND, "sideways"),
                fact("F11", "SPY", Metric.PE_RATIO, null, null, 26.0, Unit.NUMBER),
                fact("F12", "XLE", Metric.RETURN, Window.D1, null, 0.5395380205698963, Unit.PERCENT),
                fact("F13", "XLV", Metric.RETURN, Window.D1, null, -0.3853299387600595, Unit.PERCENT),
                fact("F14", "IWM", Metric.VOLATILITY, Window.D30, null, 1.258862002229894, Unit.PERCENT),
                fact("F15", "^GSPC", Metric.MACD, null, null, -79.70572198186437, Unit.NUMBER),
                fact("F16", "SPY", Metric.CLOSE, null, null, 655.38, Unit.PRICE),
                fact("F17", "XLV", Metric.RETURN, Window.D30, null, 1.17, Unit.PERCENT)), List.of());
    }

    /** The sheet of the bundled market data for 2026-03-23, as the {@code facts} command writes it. */
    static FactSheet bundled() {
        return FactSheetJson.read(resource("/validation/sheet-2026-03-23.json"));
    }

    /** The S&P 500 pack (fixtures/sp500), loaded once for every test of the JVM that asks. */
    private static io.factline.market.MarketData sp500;
    private static final java.util.Map<LocalDate, FactSheet> SP500_SHEETS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The S&P 500 pack's sheet for {@code date}, as the {@code facts} command makes it, made once per date. */
    static synchronized FactSheet sp500(LocalDate date) {
        if (sp500 == null) sp500 = new io.factline.market.CsvMarketLoader().load(java.nio.file.Path.of("fixtures/sp500"));
        return SP500_SHEETS.computeIfAbsent(date, d -> new io.factline.facts.FactEngine().sheet(sp500, d));
    }

    static String resource(String path) {
        try (InputStream in = TestSheets.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Fact fact(String id, String subject, Metric metric, Window window, String against, double value, Unit unit) {
        return new Fact(id, subject, metric, window, against, FactValue.of(value), unit, null, subject + " " + metric.wire(),
                List.of("S1"), null, null);
    }

    static Fact label(String id, String subject, Metric metric, String word) {
        return new Fact(id, subject, metric, null, null, FactValue.of(word), Unit.LABEL, null, subject + " " + metric.wire(),
                List.of("S1"), null, null);
    }
}
