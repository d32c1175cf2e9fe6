package io.factline.chat;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;
import static io.factline.narrative.Wording.relative;
import static io.factline.narrative.Wording.standing;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.narrative.Templates;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The offline answer's sentences about one instrument, one template per topic under {@code chat/}:
 * every figure is a fact of the draft with its marker, verbs and magnitudes come from
 * {@link io.factline.narrative.Wording}, and a figure that is missing is said to be missing, with why.
 */
final class FigureSentences {

    private final Templates templates;
    private final RateSentences rates;

    FigureSentences(Templates templates) {
        this.templates = templates;
        this.rates = new RateSentences(templates);
    }

    String about(AnswerDraft d, String s, Topic topic, Window window) {
        return about(d, s, topic, window, true);
    }

    /** @param alone false when the answer compares two instruments: no market comparison is added */
    String about(AnswerDraft d, String s, Topic topic, Window window, boolean alone) {
        Kind kind = d.sheet.instrument(s).map(Instrument::kind).orElse(null);
        if (kind == Kind.RATE && (topic == Topic.PERFORMANCE || topic == Topic.PRICE)) return rates.rate(d, s, window);
        if (RateSentences.isVolatilityIndex(d, s) && (topic == Topic.PRICE || topic == Topic.PERFORMANCE && (window == null || window == Window.D1))) {
            return rates.volatilityIndex(d, s);
        }
        return switch (topic) {
            case PERFORMANCE -> window == Window.D30 ? thirty(d, s) : window == null || window == Window.D1 ? day(d, s)
                    : period(d, s, window);
            case RSI -> rsi(d, s);
            case RECORD -> record(d, s);
            case VOLATILITY -> volatility(d, s, alone);
            case VOLUME -> volume(d, s);
            case BETA -> beta(d, s);
            case VALUATION -> valuation(d, s);
            case MACD -> macd(d, s);
            case TREND -> trend(d, s);
            case PRICE -> price(d, s);
        };
    }

    private String day(AnswerDraft d, String s) {
        Optional<Fact> r = d.fact(s, Metric.RETURN, Window.D1);
        if (r.isEmpty()) return missing(d, s, "return on the day", Metric.RETURN, Window.D1);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("when", "On " + d.longDate() + ", ");
        scope.put("name", d.name(s));
        scope.put("move", dailyMove(r.get()));
        Optional<Fact> points = d.view.fact(s, Metric.POINTS_CHANGE, Window.D1), level = d.view.fact(s, Metric.CLOSE, null);
        boolean both = points.isPresent() && level.isPresent();   // an index: its point move and level, as the wrap's lede
        scope.put("points", both ? figure(d.use(points.get())) : "");
        scope.put("level", both ? figure(d.use(level.get())) : "");
        scope.put("relative", d.fact(s, Metric.RELATIVE_RETURN, Window.D1).map(f -> s + " " + relative(f)).orElse(""));
        scope.put("thirty", d.fact(s, Metric.RETURN, Window.D30).map(f -> s + " " + standing(f)).orElse(""));
        return render("performance-day", scope);
    }

    private String thirty(AnswerDraft d, String s) {
        Optional<Fact> r = d.fact(s, Metric.RETURN, Window.D30);
        if (r.isEmpty()) {
            return missing(d, s, "return over the past 30 sessions", Metric.RETURN, Window.D30) + " " + day(d, s);
        }
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("date", d.longDate());
        scope.put("name", d.name(s));
        scope.put("standing", standing(r.get()));
        scope.put("relative", d.fact(s, Metric.RELATIVE_RETURN, Window.D30).map(f -> s + " " + relative(f)).orElse(""));
        scope.put("day", d.fact(s, Metric.RETURN, Window.D1).map(f -> s + " " + dailyMove(f)).orElse(""));
        return render("performance-thirty", scope);
    }

    /** A return over the past week or year, month to date or year to date, against its benchmark and with the day's. */
    private String period(AnswerDraft d, String s, Window w) {
        Optional<Fact> r = d.fact(s, Metric.RETURN, w);
        if (r.isEmpty()) return missing(d, s, "return " + span(w), Metric.RETURN, w) + " " + day(d, s);
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("date", d.longDate());
        scope.put("name", d.name(s));
        scope.put("standing", standing(r.get()));
        scope.put("span", span(w));
        scope.put("relative", d.fact(s, Metric.RELATIVE_RETURN, w).map(f -> s + " " + relative(f)).orElse(""));
        scope.put("day", d.fact(s, Metric.RETURN, Window.D1).map(f -> s + " " + dailyMove(f)).orElse(""));
        return render("performance-period", scope);
    }

    /** How the answer says a window: "over the past 5 sessions", "month to date". */
    static String span(Window w) {
        return switch (w) {
            case MTD -> "month to date";
            case YTD -> "year to date";
            case D1 -> "on the day";
            default -> "over the past " + w.sessions() + " sessions";
        };
    }

    private String rsi(AnswerDraft d, String s) {
        Optional<Fact> rsi = d.fact(s, Metric.RSI, Window.D14);
        if (rsi.isEmpty()) return missing(d, s, "RSI", Metric.RSI, Window.D14);
        Optional<Fact> zone = d.fact(s, Metric.RSI_ZONE, Window.D14);
        return render("rsi", Map.of("date", d.longDate(), "name", d.name(s), "figure", figure(rsi.get()),
                "zone", zone.map(f -> figure(f)).orElse("")));
    }

    /** The close against the range of the past 252 closes, and whether it set a new high or low. */
    private String record(AnswerDraft d, String s) {
        Optional<Fact> close = d.fact(s, Metric.CLOSE, null);
        Optional<Fact> low = d.fact(s, Metric.LOW_52W, Window.D252), high = d.fact(s, Metric.HIGH_52W, Window.D252);
        if (close.isEmpty() || high.isEmpty() || low.isEmpty()) {
            return missing(d, s, "range of closes over the past 252 sessions", Metric.HIGH_52W, Window.D252);
        }
        Optional<Fact> newHigh = d.view.fact(s, Metric.NEW_HIGH_52W, Window.D252).filter(f -> "yes".equals(f.labelText()));
        Optional<Fact> newLow = d.view.fact(s, Metric.NEW_LOW_52W, Window.D252).filter(f -> "yes".equals(f.labelText()));
        String record = newHigh.map(f -> "That close is its highest of the past 252 sessions [" + d.use(f).id() + "].")
                .or(() -> newLow.map(f -> "That close is its lowest of the past 252 sessions [" + d.use(f).id() + "]."))
                .orElse("");
        return render("record", Map.of("date", d.longDate(), "name", d.name(s), "close", figure(close.get()),
                "low", figure(low.get()), "high", figure(high.get()), "record", record));
    }

    private String volatility(AnswerDraft d, String s, boolean alone) {
        Optional<Fact> v = d.fact(s, Metric.VOLATILITY, Window.D30);
        if (v.isEmpty()) return missing(d, s, "30-day volatility", Metric.VOLATILITY, Window.D30);
        String market = d.view.market().map(m -> m.symbol()).filter(m -> alone && !m.equals(s))
                .flatMap(m -> d.fact(m, Metric.VOLATILITY, Window.D30).map(f -> m + "'s was " + figure(f))).orElse("");
        return render("volatility", Map.of("name", d.sentenceName(s), "figure", figure(v.get()), "date", d.longDate(),
                "market", market));
    }

    private String volume(AnswerDraft d, String s) {
        Optional<Fact> v = d.fact(s, Metric.VOLUME, Window.D1);
        if (v.isEmpty()) return missing(d, s, "volume", Metric.VOLUME, Window.D1);
        Optional<Fact> ratio = d.fact(s, Metric.VOLUME_RATIO, Window.D30);
        Optional<Fact> average = ratio.flatMap(r -> d.fact(s, Metric.AVERAGE_VOLUME, Window.D30));
        boolean both = ratio.isPresent() && average.isPresent();
        return render("volume", Map.of("name", d.sentenceName(s), "volume", figure(v.get()), "date", d.longDate(),
                "ratio", both ? figure(ratio.get()) : "",
                "average", both ? figure(average.get()) : "",
                "judgement", both ? judgement(ratio.get().number()) : "",
                "noRatio", both ? "" : d.reason(s, Metric.VOLUME_RATIO, Window.D30)));
    }

    /** How unusual a day's volume is against its 30-day average (a ratio; 1 is a normal day). */
    static String judgement(double ratio) {
        if (ratio >= 1.5) return "unusually heavy trading";
        if (ratio >= 1.2) return "busier than usual";
        if (ratio <= 0.67) return "unusually light trading";
        if (ratio <= 0.83) return "quieter than usual";
        return "a fairly normal day";
    }

    private String beta(AnswerDraft d, String s) {
        Optional<Fact> b = d.fact(s, Metric.BETA, Window.D252);
        if (b.isEmpty()) return missing(d, s, "252-day beta", Metric.BETA, Window.D252);
        Fact f = b.get();
        if (s.equals(f.against())) return render("beta-own", Map.of("name", d.sentenceName(s), "figure", figure(f)));
        String how = f.number() > 1.05 ? "more than" : f.number() < 0.95 ? "less than" : "about in line with";
        return render("beta", Map.of("name", d.sentenceName(s), "against", f.against(), "figure", figure(f), "how", how));
    }

    private String valuation(AnswerDraft d, String s) {
        Optional<Fact> pe = d.fact(s, Metric.PE_RATIO, null);
        if (pe.isEmpty()) {
            List<String> have = d.sheet.facts().stream().filter(f -> f.metric() == Metric.PE_RATIO).map(Fact::subject).toList();
            String alternatives = have.isEmpty() ? "" : " It has P/E ratios for " + OfflineWriter.joined(have) + ".";
            return "Factline has no P/E ratio for " + d.name(s) + " as of " + d.longDate() + ": "
                    + d.reason(s, Metric.PE_RATIO, null) + "." + alternatives;
        }
        Object quoted = pe.get().inputs().getOrDefault("quoted on", d.date);
        return render("valuation", Map.of("name", d.sentenceName(s), "figure", figure(pe.get()),
                "quoted", AnswerDraft.longDate(java.time.LocalDate.parse(quoted.toString()))));
    }

    private String macd(AnswerDraft d, String s) {
        Optional<Fact> macd = d.fact(s, Metric.MACD, null);
        Optional<Fact> signal = d.fact(s, Metric.MACD_SIGNAL, null);
        Optional<Fact> trend = d.fact(s, Metric.MACD_TREND, null);
        if (macd.isEmpty() || signal.isEmpty() || trend.isEmpty()) return missing(d, s, "MACD", Metric.MACD, null);
        return render("macd", Map.of("date", d.longDate(), "name", d.name(s), "macd", figure(macd.get()),
                "signal", figure(signal.get()), "trend", figure(trend.get())));
    }

    private String trend(AnswerDraft d, String s) {
        Optional<Fact> t = d.fact(s, Metric.TREND, null);
        if (t.isEmpty()) return missing(d, s, "trend", Metric.TREND, null);
        String word = t.get().labelText();
        String says = word.equals("uptrend") ? "is in an " : word.equals("downtrend") ? "is in a " : "is moving ";
        return render("trend", Map.of("date", d.longDate(), "name", d.name(s), "trend", says + figure(t.get()),
                "macd", d.fact(s, Metric.MACD_TREND, null).map(f -> figure(f)).orElse("")));
    }

    private String price(AnswerDraft d, String s) {
        Optional<Fact> c = d.fact(s, Metric.CLOSE, null);
        if (c.isEmpty()) return missing(d, s, "close", Metric.CLOSE, null);
        return render("price", Map.of("name", d.sentenceName(s), "close", figure(c.get()), "date", d.longDate(),
                "move", d.fact(s, Metric.RETURN, Window.D1).map(f -> dailyMove(f)).orElse("")));
    }

    String missing(AnswerDraft d, String s, String what, Metric metric, Window window) {
        return "Factline has no " + what + " for " + d.name(s) + " on " + d.longDate() + ": " + d.reason(s, metric, window) + ".";
    }

    private String render(String template, Map<String, Object> scope) {
        return templates.render(template, scope).strip();
    }
}
