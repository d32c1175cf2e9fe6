package io.factline.narrative;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;
import static io.factline.narrative.Wording.shown;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded writer used when no model is configured, and the fallback when a model's drafts keep
 * failing validation. Deterministic: the same sheet gives the same text. Rules choose what to say
 * (leaders and laggards ranked, verbs by size of move: "surged" from 2%, "edged up" below 0.25%);
 * the templates in {@code narrative/} say it; every figure carries its marker.
 */
public final class TemplateWriter implements Writer {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    private final Templates templates;

    public TemplateWriter(Templates templates) {
        this.templates = templates;
    }

    @Override
    public String name() {
        return "template";
    }

    @Override
    public Draft draft(FactSheet sheet) {
        SheetView v = new SheetView(SheetView.forDailyWriter(sheet)), full = new SheetView(sheet);
        boolean stocks = hasStocks(sheet);
        Optional<Instrument> market = v.market();
        // the small caps against the large caps: the Russell 2000 fund where the sheet has it, else the first fund measured against the market
        Optional<Instrument> pair = market.flatMap(m -> v.broad().stream()
                .filter(i -> m.symbol().equals(i.benchmark()) && !i.isOwnBenchmark())
                .filter(i -> v.fact(i, Metric.RELATIVE_RETURN, Window.D1).isPresent())
                .min(java.util.Comparator.comparing((Instrument i) -> !i.name().contains("Russell 2000"))));
        List<Instrument> first = new ArrayList<>();
        market.ifPresent(first::add);
        pair.ifPresent(first::add);
        Jargon jargon = new Jargon();
        // a sheet with single stocks: the lede covers the indices, market moves the breadth and the stocks that moved most
        String moves = stocks ? new MoversSection(full, templates, jargon).text() : marketMoves(v);
        String headline = headline(v, market, pair), summary = new Lede(v, full, market, templates).text();
        String sectors = new SectorsSection(v, full, stocks, templates).text(), valuation = valuation(v);
        NameBudget riskNames = new NameBudget();
        String rates = rates(full, riskNames);
        String risk = String.join(" ", java.util.stream.Stream.of(rates,
                new RiskSection(v, !stocks, first, riskNames, jargon).text()).filter(x -> !x.isBlank()).toList());
        String technicals = new TechnicalsSection(v, first, jargon).text();
        return new Draft(headline, summary, moves, sectors, valuation, risk, technicals,
                new Bullets(v, market, pair).risks(), new Bullets(v, market, pair).opportunities(),
                keyFigures(v, market, pair));
    }

    private String headline(SheetView v, Optional<Instrument> market, Optional<Instrument> pair) {
        Optional<Fact> day = market.flatMap(m -> v.fact(m, Metric.RETURN, Window.D1));
        String mood = day.map(f -> f.number() >= 1 ? "Stocks rally" : f.number() >= 0 ? "Stocks edge higher"
                : f.number() > -1 ? "Stocks edge lower" : "Stocks sell off").orElse("Markets");
        // plain words, no figure and so no marker (issue 16): the lede repeats the figures with their markers
        String pairText = pair.filter(p -> p.name().contains("Russell 2000"))
                .flatMap(p -> v.fact(p, Metric.RELATIVE_RETURN, Window.D1)).filter(r -> Math.abs(r.number()) >= 0.5)
                .map(r -> smallCaps(v, r)).orElse("");
        return render("headline", Map.of("mood", mood, "date", v.sheet().asOf().format(LONG_DATE), "pair", pairText));
    }

    /**
     * "small caps lead" only when the small-cap fund's day was the best of the broad instruments (the VIX
     * included: a ranking word ranks the group), else "small caps outpace large caps"; "lag" and "trail" alike.
     */
    private static String smallCaps(SheetView v, Fact relative) {
        List<Double> days = v.broad().stream().flatMap(i -> v.fact(i, Metric.RETURN, Window.D1).stream()).map(Fact::number).toList();
        double own = v.fact(relative.subject(), Metric.RETURN, Window.D1).map(Fact::number).orElse(Double.NaN);
        boolean up = relative.number() > 0;
        boolean extreme = !days.isEmpty() && own == (up ? java.util.Collections.max(days) : java.util.Collections.min(days));
        return up ? (extreme ? "small caps lead" : "small caps outpace large caps")
                : (extreme ? "small caps lag" : "small caps trail large caps");
    }

    private static boolean hasStocks(FactSheet sheet) {
        return sheet.instruments().stream().anyMatch(i -> i.kind() == Kind.STOCK);
    }

    /** The 10-year yield's move in basis points and the VIX, where the data has them, before the risk figures. */
    private static String rates(SheetView full, NameBudget names) {
        List<String> s = new ArrayList<>();
        full.sheet().instruments().stream().filter(i -> i.kind() == Kind.RATE).findFirst().filter(r -> names.take(r.symbol()))
                .ifPresent(r -> full.fact(r, Metric.CHANGE_BP, Window.D1).ifPresent(bp -> {
                    String dir = bp.number() > 0 ? "rose " : bp.number() < 0 ? "fell " : "was unchanged, ";
                    s.add("The 10-year Treasury yield (" + r.symbol() + ") " + dir + Wording.inWords(bp)
                            + " on the day" + full.fact(r, Metric.CLOSE, null).map(c -> ", to " + figure(c)).orElse("") + ".");
                }));
        full.sheet().instrument("^VIX").filter(vix -> names.take(vix.symbol()))
                .ifPresent(vix -> full.fact(vix, Metric.RETURN, Window.D1).ifPresent(d ->
                        s.add("The Cboe Volatility Index (^VIX) " + dailyMove(d) + " on the day"
                                + full.fact(vix, Metric.CLOSE, null).map(c -> "; the index closed at " + figure(c)).orElse("") + ".")));
        return String.join(" ", s);
    }

    /** Indices and broad funds one by one, at most five, for a sheet without single stocks. */
    private String marketMoves(SheetView v) {
        List<String> paragraphs = new ArrayList<>();
        NameBudget names = new NameBudget();
        for (Instrument i : v.broad()) {
            List<String> named = new ArrayList<>(List.of(i.symbol()));
            v.fact(i, Metric.RELATIVE_RETURN, Window.D1).ifPresent(r -> named.add(r.against()));
            if (i.symbol().equals("^VIX") || !names.take(named)) continue;
            Optional<Fact> day = v.fact(i, Metric.RETURN, Window.D1);
            if (day.isEmpty()) {
                String why = v.isStale(i) ? staleReason(v, i) : reason(v, i, Metric.RETURN, Window.D1);
                paragraphs.add("No figures for the " + Wording.fullName(i) + ": " + why + ".");
                continue;
            }
            Map<String, Object> scope = new LinkedHashMap<>();
            scope.put("name", (i.kind() == Kind.INDEX ? "The " : "") + Wording.fullName(i));
            scope.put("move", dailyMove(day.get()));
            scope.put("thirty", v.fact(i, Metric.RETURN, Window.D30).map(Wording::standing).orElse(""));
            scope.put("volume", volume(v, i));
            scope.put("relDay", v.fact(i, Metric.RELATIVE_RETURN, Window.D1).map(r -> i.symbol() + " " + Wording.relativeInWords(r)).orElse(""));
            scope.put("relThirty", v.fact(i, Metric.RELATIVE_RETURN, Window.D30).map(r -> i.symbol() + " " + Wording.relativeInWords(r)).orElse(""));
            paragraphs.add(render("market-instrument", scope).strip());
        }
        return String.join("\n\n", paragraphs);
    }

    private static String volume(SheetView v, Instrument i) {
        Optional<Fact> ratio = v.fact(i, Metric.VOLUME_RATIO, Window.D30);
        // "Its": a figure's sentence says whose it is (the validator fails a figure it cannot attribute)
        if (ratio.isPresent()) return "Its volume was " + figure(ratio.get()) + " its 30-day average";
        return v.fact(i, Metric.VOLUME, Window.D1).map(f -> "Its volume was " + figure(f)
                + "; no 30-day average is available").orElse("");
    }

    private String valuation(SheetView v) {
        List<String> lines = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Instrument i : v.sheet().instruments()) {
            v.fact(i, Metric.PE_RATIO, null).ifPresent(f -> {
                Object quoted = f.inputs().get("quoted on");
                boolean old = quoted != null && !quoted.toString().equals(v.sheet().asOf().toString());
                lines.add(i.symbol() + (old ? "'s P/E, as last quoted on " + quoted + ", was " : " trades at ")
                        + Wording.magnitude(f) + "x earnings [" + f.id() + "].");
                f.sources().stream().map(id -> v.sheet().source(id).map(s -> s.title()).orElse(id))
                        .filter(t -> !notes.contains(t)).forEach(notes::add);
            });
        }
        if (lines.isEmpty()) return "No P/E figures are available for " + v.sheet().asOf() + ".";
        return render("valuation", Map.of("lines", lines, "sourceNote", notes.size() == 1 ? notes.get(0) : "")).strip();
    }

    private static List<String> keyFigures(SheetView v, Optional<Instrument> market, Optional<Instrument> pair) {
        List<Optional<Fact>> picks = new ArrayList<>();
        market.ifPresent(m -> {
            picks.add(v.fact(m, Metric.RETURN, Window.D1));
            picks.add(v.fact(m, Metric.RETURN, Window.D30));
        });
        v.broad().stream().filter(i -> i.kind() == Kind.INDEX && i.isOwnBenchmark()).findFirst()
                .ifPresent(i -> picks.add(v.fact(i, Metric.RETURN, Window.D1)));
        pair.ifPresent(p -> {
            picks.add(v.fact(p, Metric.RETURN, Window.D1));
            picks.add(v.fact(p, Metric.RELATIVE_RETURN, Window.D1));
            picks.add(v.fact(p, Metric.RELATIVE_RETURN, Window.D30));
            picks.add(v.fact(p, Metric.VOLATILITY, Window.D30));
            picks.add(v.fact(p, Metric.BETA, Window.D252));
        });
        List<Fact> ranked = v.ranked(Metric.RETURN, Window.D1);
        if (!ranked.isEmpty()) {
            picks.add(Optional.of(ranked.get(0)));
            picks.add(Optional.of(ranked.get(ranked.size() - 1)));
        }
        return picks.stream().flatMap(Optional::stream).distinct().limit(10)
                .map(f -> f.label() + ": " + shown(f).replace(" pp [", " percentage points [")).toList();
    }

    /** Why an instrument has no figures, as prose may quote it ({@link Reasons#prose}). */
    static String staleReason(SheetView v, Instrument i) {
        return v.sheet().unavailable().stream().filter(u -> u.subject().equals(i.symbol())).map(u -> Reasons.prose(u.reason()))
                .findFirst().orElse("no data on " + v.sheet().asOf());
    }

    static String reason(SheetView v, Instrument i, Metric metric, Window window) {
        return v.sheet().unavailable().stream()
                .filter(u -> u.subject().equals(i.symbol()) && u.metric() == metric && u.window() == window)
                .map(u -> Reasons.prose(u.reason())).findFirst().orElse("not available");
    }

    static String joined(List<String> items) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private String render(String template, Map<String, Object> scope) {
        return templates.render(template, scope).strip();
    }
}
