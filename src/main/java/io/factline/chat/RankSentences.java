package io.factline.chat;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;
import static io.factline.narrative.Wording.standing;

import io.factline.chat.Intent.Extreme;
import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.narrative.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Which sector led?": the sector funds ranked by the topic's figure (return, volatility, beta or volume
 * against its average), naming the best and next best, the worst and next worst, or both ends, and the
 * funds that have no such figure on the date and why.
 */
final class RankSentences {

    private final Templates templates;

    RankSentences(Templates templates) {
        this.templates = templates;
    }

    String write(AnswerDraft d, Intent.Rank r) {
        if (r.topic() == Topic.RECORD) return records(d, r.extreme() != Extreme.LOWEST);
        Metric metric = switch (r.topic()) {
            case VOLATILITY -> Metric.VOLATILITY;
            case BETA -> Metric.BETA;
            case VOLUME -> Metric.VOLUME_RATIO;
            default -> Metric.RETURN;
        };
        Window window = switch (metric) {
            case VOLATILITY, VOLUME_RATIO -> Window.D30;
            case BETA -> Window.D252;
            default -> r.window() == Window.D30 ? Window.D30 : Window.D1;
        };
        List<Fact> ranked = d.view.ranked(metric, window);
        String missing = missing(d, metric, window, ranked);
        if (ranked.isEmpty()) return ("No sector fund has that figure for " + d.longDate() + ". " + missing).strip();
        boolean lowFirst = r.extreme() == Extreme.LOWEST;
        Fact lead = d.use(ranked.get(lowFirst ? ranked.size() - 1 : 0));     // registered as used, in text order
        String leadClause = clause(d, lead, metric, window, !lowFirst, true);
        String runnerUp = "";
        if (r.extreme() != Extreme.BOTH && ranked.size() > 1) {
            Fact next = d.use(ranked.get(lowFirst ? ranked.size() - 2 : 1));
            runnerUp = (lowFirst ? "Next worst was " : "Next came ") + name(d, next) + ", " + tail(next, metric, window);
        }
        String end = r.extreme() == Extreme.BOTH && ranked.size() > 1
                ? clause(d, d.use(ranked.get(ranked.size() - 1)), metric, window, false, false) : "";
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("when", (window == Window.D1 ? "On " : "As of ") + d.longDate() + ", ");
        scope.put("top", leadClause);
        scope.put("runnerUp", runnerUp);
        scope.put("bottom", end);
        scope.put("missing", missing);
        return templates.render("rank", scope).strip();
    }

    /** The sector funds whose close was the highest (lowest) of the past 252 sessions, each with its record fact. */
    private static String records(AnswerDraft d, boolean high) {
        Metric record = high ? Metric.NEW_HIGH_52W : Metric.NEW_LOW_52W;
        String which = high ? "highest" : "lowest";
        List<String> at = new ArrayList<>();
        boolean known = false;
        for (Instrument i : d.view.sectors()) {
            var f = d.view.fact(i.symbol(), record, Window.D252);
            known |= f.isPresent();
            if (f.isPresent() && "yes".equals(f.get().labelText())) {
                at.add(io.factline.narrative.Wording.name(i) + " [" + d.use(f.get()).id() + "]");
            }
        }
        if (!known) return "Factline has no 52-week figures for the sector funds on " + d.longDate() + ".";
        if (at.isEmpty()) return "On " + d.longDate() + ", none of the sector funds closed at its " + which + " close of the past 252 sessions.";
        return "On " + d.longDate() + ", these sector funds closed at their " + which + " close of the past 252 sessions: "
                + OfflineWriter.joined(at) + ".";
    }

    /** "Consumer Cyclical (XLY) did best among the sector funds on the day: it surged 2.21% [F1]". */
    private static String clause(AnswerDraft d, Fact f, Metric metric, Window window, boolean best, boolean first) {
        String who = name(d, f);
        String among = first ? " among the sector funds" : "";
        return switch (metric) {
            case VOLATILITY -> who + " was the " + (best ? "most" : "least") + " volatile" + (first ? " sector fund" : "")
                    + " over the past 30 sessions: its 30-day volatility of daily returns was " + figure(f);
            case BETA -> who + " has the " + (best ? "highest" : "lowest") + " 252-day beta against " + f.against()
                    + among + ": " + figure(f);
            case VOLUME_RATIO -> who + " traded the " + (best ? "most" : "least") + " against its own average" + among
                    + ": " + figure(f) + " its 30-day average volume";
            default -> who + " did " + (best ? "best" : "worst") + among
                    + (window == Window.D30 ? " over the past 30 sessions: it " + standing(f) : " on the day: it " + dailyMove(f));
        };
    }

    /** The runner-up's figure: "which rose 1.66% [F2]", "with 1.23% [F4]". */
    private static String tail(Fact f, Metric metric, Window window) {
        if (metric == Metric.RETURN) return "which " + (window == Window.D30 ? standing(f) : dailyMove(f));
        if (metric == Metric.VOLUME_RATIO) return "at " + figure(f) + " its 30-day average volume";
        if (metric == Metric.BETA) return "with a 252-day beta of " + figure(f);
        return "with a 30-day volatility of " + figure(f);
    }

    private static String name(AnswerDraft d, Fact f) {
        return d.sheet.instrument(f.subject()).map(i -> i.sector() != null ? io.factline.narrative.Wording.name(i)
                : i.symbol()).orElse(f.subject());
    }

    /** "No 30-day figures for Energy (XLE) and …: missing sessions between …." grouped by reason. */
    private static String missing(AnswerDraft d, Metric metric, Window window, List<Fact> ranked) {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        for (Instrument i : d.view.sectors()) {
            if (ranked.stream().anyMatch(f -> f.subject().equals(i.symbol()))) continue;
            byReason.computeIfAbsent(d.reason(i.symbol(), metric, window), k -> new ArrayList<>())
                    .add(io.factline.narrative.Wording.name(i));
        }
        List<String> out = new ArrayList<>();
        byReason.forEach((why, names) -> out.add("No such figure for " + OfflineWriter.joined(names) + ": " + why + "."));
        return String.join(" ", out);
    }
}
