package io.factline.narrative;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the model writer is given for the daily commentary (issue 16, section 3): the funds and indices
 * the template writer covers ({@link SheetView#forDailyWriter}), plus the few stocks it would name
 * ({@link Salience}) and the 10-year yield, each with its kind and name and the figures a wrap says
 * about it, and the market's past five sessions and year to date. Bounded: at most five stocks, whatever the size of the sheet.
 */
final class DailyFacts {

    /** The figures of a salient stock or a yield the prompt carries. */
    private static final List<Metric> STOCK_METRICS = List.of(Metric.CLOSE, Metric.RETURN, Metric.VOLUME_RATIO,
            Metric.VOLATILITY, Metric.NEW_HIGH_52W, Metric.NEW_LOW_52W, Metric.RSI_ZONE, Metric.CHANGE_BP);

    private DailyFacts() {
    }

    static FactSheet forPrompt(FactSheet sheet) {
        FactSheet base = SheetView.forDailyWriter(sheet);
        Set<String> extra = new LinkedHashSet<>();
        new Salience(new SheetView(sheet)).stocks().forEach(c -> extra.add(c.instrument().symbol()));
        sheet.instruments().stream().filter(i -> i.kind() == Kind.RATE).forEach(i -> extra.add(i.symbol()));
        List<Instrument> instruments = new ArrayList<>(base.instruments());
        sheet.instruments().stream().filter(i -> extra.contains(i.symbol())).forEach(instruments::add);
        List<Fact> facts = new ArrayList<>(base.facts());
        // the market's past five sessions and year to date, for "the week and the year so far"
        new SheetView(base).market().ifPresent(m -> sheet.facts().stream().filter(f -> f.subject().equals(m.symbol())
                && f.metric() == Metric.RETURN && (f.window() == Window.D5 || f.window() == Window.YTD)).forEach(facts::add));
        sheet.facts().stream().filter(f -> extra.contains(f.subject()) && carried(f)).forEach(facts::add);
        return new FactSheet(sheet.asOf(), sheet.sources(), instruments, facts, base.unavailable(), sheet.quality());
    }

    private static boolean carried(Fact f) {
        if (!STOCK_METRICS.contains(f.metric())) return false;
        return f.window() == null || f.window() == Window.D1 || f.window() == Window.D30 || f.window() == Window.D14
                || f.window() == Window.D252 && (f.metric() == Metric.NEW_HIGH_52W || f.metric() == Metric.NEW_LOW_52W);
    }
}
