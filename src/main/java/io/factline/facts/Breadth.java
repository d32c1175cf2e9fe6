package io.factline.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Breadth of a group of stocks (all of them, subject {@code stocks}, or one sector): members, the
 * equal-weighted average return and advancers / decliners / unchanged over the stocks whose window is
 * complete; the share above their 50-day average over the stocks with at least 50 rows; new 52-week
 * highs and lows among the stocks with a complete 251-window.
 */
final class Breadth {

    /** One aggregate figure, in sheet order. */
    record Figure(Metric metric, Window window, Outcome outcome) {
    }

    private Breadth() {
    }

    static List<Figure> of(String subject, List<BreadthMember> group) {
        List<Figure> out = new ArrayList<>(10);
        List<Double> r1 = returns(group, true), r30 = returns(group, false);
        out.add(new Figure(Metric.MEMBERS, Window.D1, count(r1.size(), "stocks of " + subject + " with a complete 1-day window")));
        out.add(new Figure(Metric.AVERAGE_RETURN, Window.D1, average(subject, r1, Window.D1)));
        out.add(new Figure(Metric.ADVANCERS, Window.D1, count((int) r1.stream().filter(r -> r > 0).count(), "members with return > 0")));
        out.add(new Figure(Metric.DECLINERS, Window.D1, count((int) r1.stream().filter(r -> r < 0).count(), "members with return < 0")));
        out.add(new Figure(Metric.UNCHANGED, Window.D1, count((int) r1.stream().filter(r -> r == 0).count(), "members with return = 0")));
        out.add(new Figure(Metric.MEMBERS, Window.D30, count(r30.size(), "stocks of " + subject + " with a complete 30-day window")));
        out.add(new Figure(Metric.AVERAGE_RETURN, Window.D30, average(subject, r30, Window.D30)));
        out.add(new Figure(Metric.PCT_ABOVE_SMA50, Window.D50, aboveSma50(subject, group)));
        out.add(new Figure(Metric.NEW_HIGHS_52W, Window.D252, newExtremes(group, true)));
        out.add(new Figure(Metric.NEW_LOWS_52W, Window.D252, newExtremes(group, false)));
        return out;
    }

    private static List<Double> returns(List<BreadthMember> group, boolean day) {
        List<Double> r = new ArrayList<>(group.size());
        for (BreadthMember m : group) {
            Outcome o = day ? m.return1d() : m.return30d();
            if (o instanceof Outcome.Computed) r.add(Outcome.number(o));
        }
        return r;
    }

    private static Outcome count(int n, String formula) {
        return Outcome.computed(n, "count of " + formula, Inputs.of("count", n).map());
    }

    private static Outcome average(String subject, List<Double> r, Window w) {
        if (r.isEmpty()) return Outcome.missing("no stock of " + subject + " has a complete " + w.phrase() + " window");
        double sum = 0;
        for (double v : r) sum += v;
        return Outcome.computed(sum / r.size(), "equal-weighted mean of the members' " + w.wire() + " returns (%)",
                Inputs.of("members", r.size()).and("sum of returns (%)", sum).map());
    }

    private static Outcome aboveSma50(String subject, List<BreadthMember> group) {
        int counted = 0, above = 0;
        for (BreadthMember m : group) {
            if (m.aboveSma50() == null) continue;
            counted++;
            if (m.aboveSma50()) above++;
        }
        if (counted == 0) return Outcome.missing("no stock of " + subject + " has 50 sessions");
        return Outcome.computed(100.0 * above / counted, "100 * (stocks with p[t] > mean(p[t-49..t])) / (stocks with >= 50 rows)",
                Inputs.of("stocks with >= 50 rows", counted).and("above their 50-day average", above).map());
    }

    private static Outcome newExtremes(List<BreadthMember> group, boolean highs) {
        List<String> symbols = new ArrayList<>();
        int counted = 0;
        for (BreadthMember m : group) {
            Outcome label = highs ? m.newHigh() : m.newLow();
            if (!(label instanceof Outcome.Computed)) continue;
            counted++;
            if (BreadthMember.yes(label)) symbols.add(m.symbol());
        }
        String which = highs ? "new_high_52w" : "new_low_52w";
        return Outcome.computed(symbols.size(), "count of stocks with a complete 251-window and " + which + " \"yes\"",
                Inputs.of("stocks with a complete 251-window", counted).and("symbols", symbols).map());
    }
}
