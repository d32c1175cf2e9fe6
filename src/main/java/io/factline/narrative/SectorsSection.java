package io.factline.narrative;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.standing;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The sectors (issue 16): the two sector funds that led and the two that lagged on the day, the funds
 * left without 30-day figures, the 30-day extremes where they fit in five instruments, and on a sheet
 * with single stocks the sectors by their members' equal-weighted moves, saying which is which.
 */
final class SectorsSection {

    private static final int EACH_SIDE = 2;

    private final SheetView v;
    private final SheetView full;
    private final boolean stocks;
    private final Templates templates;
    private final NameBudget names = new NameBudget();

    SectorsSection(SheetView v, SheetView full, boolean stocks, Templates templates) {
        this.v = v;
        this.full = full;
        this.stocks = stocks;
        this.templates = templates;
    }

    String text() {
        List<Fact> day = v.ranked(Metric.RETURN, Window.D1);
        if (day.isEmpty()) return v.sectors().isEmpty() ? "" : "No sector fund has a figure for the day.";
        int n = Math.max(1, Math.min(EACH_SIDE, day.size() / 2));
        List<Fact> leaders = day.subList(0, n);
        List<Fact> laggards = new ArrayList<>(day.size() > 1 ? day.subList(day.size() - n, day.size()) : List.of());
        Collections.reverse(laggards);
        names.take(subjects(leaders));
        names.take(subjects(laggards));
        boolean anyUp = leaders.get(0).number() > 0, anyDown = !laggards.isEmpty() && laggards.get(0).number() < 0;
        List<String> missing = new ArrayList<>();
        v.unavailableByReason(Metric.RETURN, Window.D30).forEach((why, subjects) -> {
            List<String> funds = subjects.stream().filter(s -> v.instrument(s).sector() != null && !v.isStale(v.instrument(s))).toList();
            if (funds.isEmpty() || !names.take(NameBudget.namedIn(why, v.broad()))) return;
            List<String> fit = names.takeWhileFits(funds);
            if (fit.isEmpty()) return;
            List<String> shown = fit.stream().map(this::name).toList();
            missing.add("No 30-day figures for " + (fit.size() == funds.size() ? TemplateWriter.joined(shown)
                    : String.join(", ", shown) + " " + Wording.andOthers(funds.size() - fit.size(), "sector fund", "sector funds"))
                    + ": " + why + ".");
        });
        return templates.render("sectors", Map.of(
                "leadIn", (stocks ? "By their funds, l" : "L") + (anyUp ? "eading on the day" : "olding up best on the day"),
                "leaders", movesOf(leaders),
                "lagIn", anyDown ? "Lagging" : "Gaining least",
                "laggards", movesOf(laggards),
                "thirty", thirty(),
                "missing", String.join(" ", missing),
                "members", members())).strip();
    }

    /**
     * The 30-day strongest and weakest, each where it fits in the five names; not on a sheet with single
     * stocks, where the validator ranks every instrument with a sector as a "sector fund" (docs/writer.md).
     */
    private String thirty() {
        List<Fact> thirty = v.ranked(Metric.RETURN, Window.D30);
        if (thirty.size() < 2 || stocks) return "";
        List<String> parts = new ArrayList<>();
        Fact best = thirty.get(0), worst = thirty.get(thirty.size() - 1);
        if (names.take(best.subject())) parts.add(name(best.subject()) + " " + standing(best) + ", the strongest");
        if (names.take(worst.subject())) parts.add(name(worst.subject()) + " " + standing(worst) + ", the weakest");
        return String.join("; ", parts);
    }

    /**
     * "By their member stocks, weighted equally, Energy stocks did best, up 1.23% [F1] on average, and Consumer
     * Discretionary stocks worst, down 2.10% [F2]": the sectors' equal-weighted average returns, checked as
     * figures about member stocks.
     */
    private String members() {
        if (!stocks) return "";
        List<Fact> groups = full.sheet().facts().stream()
                .filter(f -> f.metric() == Metric.AVERAGE_RETURN && f.window() == Window.D1 && full.sheet().instrument(f.subject()).isEmpty())
                .filter(f -> !"stocks".equals(f.subject()))
                .sorted(Comparator.comparingDouble(Fact::number).reversed().thenComparing(Fact::subject)).toList();
        if (groups.size() < 2) return "";
        Fact best = groups.get(0), worst = groups.get(groups.size() - 1);
        return "By their member stocks, weighted equally, " + best.subject() + " stocks did best, " + upOrDown(best) + " on average, and "
                + worst.subject() + " stocks worst, " + upOrDown(worst) + ".";
    }

    /** "up 1.23% [F1]", "down 2.10% [F2]", "flat at 0.00% [F3]". */
    private static String upOrDown(Fact f) {
        String sign = f.number() > 0 ? "up " : f.number() < 0 ? "down " : "flat at ";
        return sign + Wording.figure(f);
    }

    private static List<String> subjects(List<Fact> facts) {
        return facts.stream().map(Fact::subject).toList();
    }

    private String movesOf(List<Fact> facts) {
        return String.join("; ", facts.stream().map(f -> name(f.subject()) + " " + dailyMove(f)).toList());
    }

    private String name(String symbol) {
        Instrument i = v.instrument(symbol);
        return Wording.name(i);
    }
}
