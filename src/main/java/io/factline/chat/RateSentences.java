package io.factline.chat;

import static io.factline.narrative.Wording.figure;
import static io.factline.narrative.Wording.magnitude;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.narrative.Templates;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A yield and the VIX as readers know them: a yield (kind {@code rate}, ^TNX) moves in basis points to a
 * level in percent; a volatility index (^VIX) is a level that moves in points. Its percent change is
 * left to the other windows' answers.
 */
final class RateSentences {

    private final Templates templates;

    RateSentences(Templates templates) {
        this.templates = templates;
    }

    /** The instrument is an index of volatility ("CBOE Volatility Index"). */
    static boolean isVolatilityIndex(AnswerDraft d, String symbol) {
        return d.sheet.instrument(symbol).filter(i -> i.kind() == Kind.INDEX && i.name() != null
                && i.name().toLowerCase(Locale.ROOT).contains("volatility")).isPresent();
    }

    /** "the 10-year Treasury yield (^TNX)": a reader's name for a yield, not the index's registered one. */
    static String rateName(Instrument i) {
        String n = i.name() == null ? "" : i.name().toLowerCase(Locale.ROOT);
        if (n.contains("10-year") || n.contains("10 year")) return "the 10-year Treasury yield (" + i.symbol() + ")";
        return "the " + (i.name() == null ? i.symbol() : i.name()) + " (" + i.symbol() + ")";
    }

    String rate(AnswerDraft d, String s, Window asked) {
        Instrument i = d.sheet.instrument(s).orElseThrow();
        Window w = asked == Window.D5 || asked == Window.D30 ? asked : Window.D1;
        Optional<Fact> move = d.fact(s, Metric.CHANGE_BP, w);
        Optional<Fact> level = d.fact(s, Metric.CLOSE, null);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("date", d.longDate());
        scope.put("name", rateName(i));
        scope.put("move", move.map(RateSentences::bp).orElse(""));
        scope.put("span", FigureSentences.span(w));
        scope.put("level", level.map(f -> figure(f)).orElse(""));
        scope.put("day", w == Window.D1 ? "" : d.fact(s, Metric.CHANGE_BP, Window.D1).map(RateSentences::bp).orElse(""));
        scope.put("thirty", w == Window.D1 ? d.fact(s, Metric.CHANGE_BP, Window.D30).map(RateSentences::bp).orElse("") : "");
        scope.put("only", asked != null && asked != w
                ? "Factline computes a yield's move in basis points only on the day, over the past week and over the past 30 sessions." : "");
        scope.put("missing", move.isEmpty() ? "Factline has no move in basis points for " + rateName(i) + " on "
                + d.longDate() + ": " + d.reason(s, Metric.CHANGE_BP, w) + "." : "");
        return templates.render("rate", scope).strip();
    }

    String volatilityIndex(AnswerDraft d, String s) {
        Optional<Fact> level = d.fact(s, Metric.CLOSE, null);
        if (level.isEmpty()) {
            return "Factline has no close for " + d.name(s) + " on " + d.longDate() + ": " + d.reason(s, Metric.CLOSE, null) + ".";
        }
        Optional<Fact> points = d.fact(s, Metric.POINTS_CHANGE, Window.D1);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("date", d.longDate());
        scope.put("name", d.name(s));
        scope.put("level", figure(level.get()));
        scope.put("points", points.map(f -> f.number() == 0 ? "unchanged"
                : (f.number() > 0 ? "up " : "down ") + figure(f)).orElse(""));
        return templates.render("volatility-index", scope).strip();
    }

    /** "rose 6.70 basis points [F1]", "fell 8.60 basis points [F3]". */
    private static String bp(Fact f) {
        String dir = f.number() > 0 ? "rose " : f.number() < 0 ? "fell " : "was unchanged, ";
        return dir + magnitude(f).replace(" bp", " basis points") + " [" + f.id() + "]";
    }
}
