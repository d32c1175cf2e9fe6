package io.factline.chat;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;
import static io.factline.narrative.Wording.relative;
import static io.factline.narrative.Wording.standing;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.narrative.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline answer: deterministic text from the reader's intent, the date's facts and the Mustache
 * templates in {@code chat/}, with a marker after every figure. Figures go through the answer's
 * {@link FactRegistry}; an honest decline has no figures at all. Used when no model is configured and
 * as the fallback for everything the model path does not get through validation.
 */
final class OfflineWriter {

    private final MarketFacts facts;
    private final Templates templates;
    private final FigureSentences figures;
    private final RankSentences ranks;
    private final DeclineSentences declines;
    private final ScanSentences scans;

    OfflineWriter(MarketFacts facts, Templates templates) {
        this.facts = facts;
        this.templates = templates;
        this.figures = new FigureSentences(templates);
        this.ranks = new RankSentences(templates);
        this.declines = new DeclineSentences(templates, facts);
        this.scans = new ScanSentences(templates, figures);
    }

    String write(Reading reading, FactRegistry registry) {
        Intent intent = reading.intent();
        if (intent instanceof Intent.Declined d) return declines.write(d);
        AnswerDraft d = new AnswerDraft(intent.date(), facts.sheet(intent.date()), registry);
        List<String> notes = new ArrayList<>();
        String body;
        if (intent instanceof Intent.Figures f) {
            stale(d, f.stale(), f.subjects(), notes);
            windowNote(f.topic(), f.windowAsked(), f.window(), notes);
            List<String> parts = new ArrayList<>();
            for (String s : f.subjects()) parts.add(figures.about(d, s, f.topic(), f.window()));
            body = String.join(" ", parts);
        } else if (intent instanceof Intent.Compare c) {
            stale(d, c.stale(), List.of(c.first(), c.second()), notes);
            windowNote(c.topic(), c.windowAsked(), c.window(), notes);
            body = compare(d, c);
        } else if (intent instanceof Intent.Scan s) {
            body = scans.write(d, s, d.view.market().map(io.factline.market.Instrument::symbol).orElse(null));
        } else {
            body = ranks.write(d, (Intent.Rank) intent);
        }
        String lead = switch (reading.check()) {
            case CONFIRMED -> "Yes. ";
            case CORRECTED -> "Not quite. ";
            case NONE -> "";
        };
        return templates.render("answer", Map.of("lead", lead, "notes", notes, "body", body)).strip();
    }

    private String compare(AnswerDraft d, Intent.Compare c) {
        if (c.topic() != Topic.PERFORMANCE) {
            return figures.about(d, c.first(), c.topic(), c.window(), false) + " "
                    + figures.about(d, c.second(), c.topic(), c.window(), false);
        }
        Window w = c.window() == null ? Window.D1 : c.window();
        boolean thirty = w != Window.D1;
        Optional<Fact> a = d.fact(c.first(), Metric.RETURN, w), b = d.fact(c.second(), Metric.RETURN, w);
        if (a.isEmpty() || b.isEmpty()) {
            return figures.about(d, c.first(), c.topic(), w) + " " + figures.about(d, c.second(), c.topic(), w);
        }
        Optional<Fact> rel = d.fact(c.first(), Metric.RELATIVE_RETURN, w)
                .filter(f -> c.second().equals(f.against()))
                .or(() -> d.fact(c.second(), Metric.RELATIVE_RETURN, w).filter(f -> c.first().equals(f.against())));
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("date", d.longDate());
        scope.put("first", d.name(c.first()));
        scope.put("firstMove", thirty ? standing(a.get()) : dailyMove(a.get()));
        scope.put("second", d.name(c.second()));
        scope.put("secondMove", thirty ? standing(b.get()) : dailyMove(b.get()));
        scope.put("relative", rel.map(f -> f.subject() + " " + relative(f)).orElse(""));
        scope.put("span", FigureSentences.span(w));
        String template = w == Window.D1 ? "compare-day" : w == Window.D30 ? "compare-thirty" : "compare-period";
        return templates.render(template, scope).strip();
    }

    /** Instruments the reader named that have no data on the date, and what is used instead. */
    private static void stale(AnswerDraft d, List<String> stale, List<String> used, List<String> notes) {
        for (String s : stale) {
            if (used.contains(s)) continue;
            notes.add(d.sentenceName(s) + " has no figures for " + d.longDate() + " (" + d.reason(s, Metric.CLOSE, null)
                    + "), so this answer uses " + joined(used.stream().map(d::name).toList()) + ".");
        }
    }

    private static void windowNote(Topic topic, String asked, Window used, List<String> notes) {
        if (asked.isEmpty()) return;
        String have = switch (topic) {
            case PERFORMANCE -> "returns on the day, over the past week, 30 sessions and year, month to date and year to date";
            case VOLATILITY -> "volatility over the past 30 sessions";
            case BETA -> "beta over 252 sessions";
            default -> topic.words() + " as of the date";
        };
        notes.add("Factline computes " + have + ", not over " + (asked.startsWith("the ") || asked.startsWith("this ")
                ? asked : "the " + asked) + (used == Window.D30 && topic == Topic.PERFORMANCE ? "; here are the 30-session figures." : "."));
    }

    static String joined(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
