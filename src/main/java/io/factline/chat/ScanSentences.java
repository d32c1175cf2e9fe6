package io.factline.chat;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;

import io.factline.chat.Intent.Look;
import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.narrative.Templates;
import io.factline.narrative.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stocks scanned ({@link Intent.Scan}): the day's biggest movers either way with their volume against
 * its average, and the stocks at the highest (lowest) close of the past 252 sessions, at most
 * {@value #SHOWN} named, each with its figures cited; and breadth: how many of the group's stocks rose and
 * fell, and the share above their 50-day average, from the group facts (checked by the validator's
 * member figures).
 */
final class ScanSentences {

    static final int SHOWN = 5;

    private final Templates templates;
    private final FigureSentences figures;

    ScanSentences(Templates templates, FigureSentences figures) {
        this.templates = templates;
        this.figures = figures;
    }

    String write(AnswerDraft d, Intent.Scan s, String market) {
        return switch (s.look()) {
            case GAINERS, LOSERS -> movers(d, s);
            case HIGHS, LOWS -> records(d, s);
            case BREADTH -> breadth(d, s, market);
        };
    }

    private String movers(AnswerDraft d, Intent.Scan s) {
        boolean up = s.look() == Look.GAINERS;
        Comparator<Fact> order = Comparator.comparingDouble(Fact::number);
        List<Fact> ranked = returns(d, s).stream().filter(f -> up ? f.number() > 0 : f.number() < 0)
                .sorted(up ? order.reversed() : order).limit(SHOWN).toList();
        Map<String, Object> scope = scope(d, s);
        scope.put("gainers", up);
        scope.put("none", ranked.isEmpty());
        List<String> items = new ArrayList<>();
        for (Fact f : ranked) {
            Fact r = d.use(f);
            String volume = d.fact(r.subject(), Metric.VOLUME_RATIO, Window.D30)
                    .map(v -> ", on volume " + figure(v) + " its 30-day average").orElse("");
            items.add(d.name(r.subject()) + " " + dailyMove(r) + (items.isEmpty() ? " on the day" : "") + volume);
        }
        scope.put("first", items.isEmpty() ? "" : items.get(0));
        scope.put("names", ranked.stream().map(f -> d.name(f.subject())).toList());
        scope.put("rest", items.size() > 1 ? items.subList(1, items.size()) : List.of());
        return (few(d, s, returns(d, s).size()) + templates.render("scan-movers", scope)).strip();
    }

    private String records(AnswerDraft d, Intent.Scan s) {
        boolean high = s.look() == Look.HIGHS;
        Metric record = high ? Metric.NEW_HIGH_52W : Metric.NEW_LOW_52W;
        Set<String> members = members(d, s);
        List<Fact> known = d.sheet.facts().stream().filter(f -> f.metric() == record && members.contains(f.subject())).toList();
        if (known.isEmpty()) {
            String first = members.stream().sorted().findFirst().orElse("");
            return "Factline has no 52-week figures for the " + (s.sector() == null ? "stocks" : s.sector() + " stocks")
                    + " on " + d.longDate() + (first.isEmpty() ? "." : ": " + d.reason(first, record, Window.D252) + ".");
        }
        List<Fact> at = known.stream().filter(f -> "yes".equals(f.labelText())).toList();
        Map<String, Double> moves = returns(d, s).stream().collect(Collectors.toMap(Fact::subject, Fact::number, (a, b) -> a));
        List<Fact> shown = at.stream()
                .sorted(Comparator.comparingDouble((Fact f) -> -Math.abs(moves.getOrDefault(f.subject(), 0.0))))
                .limit(SHOWN).toList();
        List<String> items = new ArrayList<>();
        for (Fact f : shown) {
            Optional<Fact> close = d.fact(f.subject(), Metric.CLOSE, null);
            Fact yes = d.use(f);
            if (close.isEmpty()) continue;
            items.add(d.name(f.subject()) + " closed at " + figure(close.get()) + ", a new 52-week " + (high ? "high" : "low")
                    + " [" + yes.id() + "]");
        }
        Map<String, Object> scope = scope(d, s);
        scope.put("high", high);
        scope.put("items", items);
        scope.put("none", items.isEmpty());
        scope.put("more", at.size() > shown.size());
        // "On June 13, 2025, 8 stocks [F11] set new 52-week highs.": the group's count, when the sheet has it
        Optional<Fact> count = d.sheet.find(s.sector() == null ? "stocks" : s.sector(), high ? Metric.NEW_HIGHS_52W : Metric.NEW_LOWS_52W,
                Window.D252);
        scope.put("count", count.filter(c -> c.number() > 0).map(c -> Wording.magnitude(c) + " " + scope.get("among") + " [" + d.use(c).id() + "]")
                .orElse(""));
        return (few(d, s, known.size()) + templates.render("scan-records", scope)).strip();
    }

    /**
     * "Of the 496 stocks [F3] with a price on June 13, 2025, 68 rose [F1] and 428 fell [F2]; 75.00% [F4] of them
     * trade above their 50-day moving average": the breadth facts of the group scanned (every stock, or a
     * sector's), then the market's move.
     */
    private String breadth(AnswerDraft d, Intent.Scan s, String market) {
        Map<String, Object> scope = scope(d, s);
        scope.put("market", market == null ? "" : figures.about(d, market, Topic.PERFORMANCE, Window.D1));
        String group = s.sector() == null ? "stocks" : s.sector();
        Optional<Fact> up = d.sheet.find(group, Metric.ADVANCERS, Window.D1);
        Optional<Fact> down = d.sheet.find(group, Metric.DECLINERS, Window.D1);
        Optional<Fact> all = d.sheet.find(group, Metric.MEMBERS, Window.D1);
        if (up.isEmpty() || down.isEmpty() || all.isEmpty()) return templates.render("scan-breadth-none", scope).strip();
        scope.put("members", Wording.magnitude(all.get()));
        scope.put("membersId", d.use(all.get()).id());
        scope.put("rose", Wording.magnitude(up.get()) + " rose [" + d.use(up.get()).id() + "]");   // the verb before the marker: its own
        scope.put("fell", Wording.magnitude(down.get()) + " fell [" + d.use(down.get()).id() + "]");
        scope.put("above", d.sheet.find(group, Metric.PCT_ABOVE_SMA50, Window.D50).map(f -> figure(d.use(f))).orElse(""));
        return templates.render("scan-breadth", scope).strip();
    }


    /** A note when fewer than half the stocks scanned have the figure on the date (a series ended, or starts later). */
    private static String few(AnswerDraft d, Intent.Scan s, int covered) {
        return covered * 2 < members(d, s).size() ? "Only some of the stocks have figures for " + d.longDate() + ". " : "";
    }

    private static Map<String, Object> scope(AnswerDraft d, Intent.Scan s) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("date", d.longDate());
        scope.put("among", s.sector() == null ? "stocks" : s.sector() + " stocks");
        return scope;
    }

    /** The day's returns of the stocks scanned. */
    private static List<Fact> returns(AnswerDraft d, Intent.Scan s) {
        Set<String> members = members(d, s);
        return d.sheet.facts().stream()
                .filter(f -> f.metric() == Metric.RETURN && f.window() == Window.D1 && members.contains(f.subject())).toList();
    }

    private static Set<String> members(AnswerDraft d, Intent.Scan s) {
        return d.sheet.instruments().stream()
                .filter(i -> i.kind() == Kind.STOCK && (s.sector() == null || s.sector().equals(i.sector())))
                .map(Instrument::symbol).collect(Collectors.toSet());
    }
}
