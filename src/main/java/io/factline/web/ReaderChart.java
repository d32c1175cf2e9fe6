package io.factline.web;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.market.Instrument;
import io.factline.market.MarketData;
import io.factline.narrative.Footnotes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The chart of a public page as a table (the chart's text alternative and static/reader.js's data): the
 * instruments the text cites over the 30 sessions before its date, rebased to 100 ({@link ChartData}).
 * The instruments the headline and lede cite come first and are emphasised; at most {@link #MAX} are shown.
 * Dates are market dates, written as ISO dates, never instants.
 */
final class ReaderChart {

    static final int MAX = 8;

    private ReaderChart() {
    }

    /** The model of views/reader-chart.mustache, or null when no cited instrument is in the market data. */
    static Map<String, Object> of(MarketData market, FactSheet sheet, String body, String lead) {
        Set<String> emphasised = subjects(Footnotes.cited(lead, sheet));
        Set<String> all = new LinkedHashSet<>(emphasised);
        all.addAll(subjects(Footnotes.cited(body, sheet)));
        List<Instrument> instruments = all.stream().flatMap(s -> market.instrument(s).stream())
                .filter(i -> market.seriesOf(i.symbol()).lastIndexOnOrBefore(sheet.asOf()) >= 0).limit(MAX).toList();
        if (instruments.isEmpty()) return null;
        ApiShapes.Chart chart = ChartData.of(market, sheet.asOf(), instruments);
        List<Map<String, Object>> columns = new ArrayList<>();
        for (ApiShapes.ChartSeries s : chart.series()) {
            columns.add(Map.of("symbol", s.symbol(), "name", s.name(), "emphasis", emphasised.contains(s.symbol())));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int r = 0; r < chart.dates().size(); r++) {
            List<String> cells = new ArrayList<>();
            for (ApiShapes.ChartSeries s : chart.series()) {
                Double v = s.values().get(r);
                cells.add(v == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", v));
            }
            rows.add(Map.of("date", chart.dates().get(r).toString(), "cells", cells));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chartColumns", columns);
        m.put("chartRows", rows);
        m.put("chartFirst", chart.dates().get(0).toString());
        m.put("chartLast", chart.dates().get(chart.dates().size() - 1).toString());
        m.put("chartAbout", String.join(", ", emphasised));
        return m;
    }

    private static Set<String> subjects(List<Fact> cited) {
        Set<String> symbols = new LinkedHashSet<>();
        for (Fact f : cited) {
            symbols.add(f.subject());
            if (f.against() != null) symbols.add(f.against());
        }
        return symbols;
    }
}
