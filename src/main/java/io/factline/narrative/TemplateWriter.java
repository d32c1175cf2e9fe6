package io.factline.narrative;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;
import static io.factline.narrative.Wording.relative;
import static io.factline.narrative.Wording.shown;
import static io.factline.narrative.Wording.standing;

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
        SheetView v = new SheetView(SheetView.forDailyWriter(sheet));
        String movers = new MoversSection(new SheetView(sheet), templates).text();
        boolean stocks = hasStocks(sheet);
        Optional<Instrument> market = v.market();
        Optional<Instrument> pair = market.flatMap(m -> v.broad().stream()
                .filter(i -> m.symbol().equals(i.benchmark()) && !i.isOwnBenchmark())
                .filter(i -> v.fact(i, Metric.RELATIVE_RETURN, Window.D1).isPresent()).findFirst());
        String moves = movers.isEmpty() ? marketMoves(v) : marketMoves(v) + "\n\n" + movers;
        return new Draft(headline(v, market, pair), summary(v, market), moves, sectors(v, stocks), valuation(v),
                rates(new SheetView(sheet), new RiskSection(v, !stocks).text()), new TechnicalsSection(v).text(),
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
                .map(r -> r.number() > 0 ? "small caps lead" : "small caps lag").orElse("");
        return render("headline", Map.of("mood", mood, "date", v.sheet().asOf().format(LONG_DATE), "pair", pairText));
    }

    private static boolean hasStocks(FactSheet sheet) {
        return sheet.instruments().stream().anyMatch(i -> i.kind() == Kind.STOCK);
    }

    /** The 10-year yield's move in basis points and the VIX, where the data has them, before the risk figures. */
    private static String rates(SheetView full, String risk) {
        List<String> s = new ArrayList<>();
        full.sheet().instruments().stream().filter(i -> i.kind() == Kind.RATE).findFirst().ifPresent(r ->
                full.fact(r, Metric.CHANGE_BP, Window.D1).ifPresent(bp -> {
                    String dir = bp.number() > 0 ? "rose " : bp.number() < 0 ? "fell " : "was unchanged, ";
                    s.add("The 10-year Treasury yield (" + r.symbol() + ") " + dir + Wording.magnitude(bp).replace(" bp", " basis points")
                            + " [" + bp.id() + "] on the day" + full.fact(r, Metric.CLOSE, null)
                            .map(c -> ", to " + figure(c)).orElse("") + ".");
                }));
        full.sheet().instrument("^VIX").ifPresent(vix -> full.fact(vix, Metric.RETURN, Window.D1).ifPresent(d ->
                s.add("The Cboe Volatility Index (^VIX) " + dailyMove(d) + " on the day"
                        + full.fact(vix, Metric.CLOSE, null).map(c -> "; the index closed at " + figure(c)).orElse("") + ".")));
        if (!risk.isBlank()) s.add(risk);
        return String.join(" ", s);
    }

    private String summary(SheetView v, Optional<Instrument> market) {
        String marketText = market.flatMap(m -> v.fact(m, Metric.RETURN, Window.D1))
                .map(f -> f.subject() + " " + dailyMove(f)).orElse("");
        String index = v.broad().stream().filter(i -> i.kind() == Kind.INDEX && i.isOwnBenchmark())
                .flatMap(i -> v.fact(i, Metric.RETURN, Window.D1).stream()
                        .map(f -> "The " + Wording.fullName(i) + " " + dailyMove(f) + pointsAndLevel(v, i)))
                .findFirst().orElse("");
        String thirty = market.flatMap(m -> v.fact(m, Metric.RETURN, Window.D30))
                .map(f -> f.subject() + " " + standing(f)).orElse("");
        List<Fact> day = v.ranked(Metric.RETURN, Window.D1);
        long up = day.stream().filter(f -> f.number() > 0).count(), down = day.size() - up;
        String breadth = day.isEmpty() ? "" : up * 3 >= day.size() * 2 ? "Most sector funds rose on the day."
                : down * 3 >= day.size() * 2 ? "Most sector funds fell on the day." : "Sector funds were mixed on the day.";
        List<String> left = new ArrayList<>();
        for (Instrument i : v.broad()) {
            if (v.isStale(i)) {
                left.add("The " + Wording.fullName(i) + " is left out: " + staleReason(v, i) + ".");
            }
        }
        return render("summary", Map.of("market", marketText, "index", index, "thirty", thirty, "breadth", breadth,
                "left", String.join(" ", left))).strip();
    }

    /** ", or 13.65 points [F9], to 6,581.00 [F1]" where the sheet has the index's point change and close. */
    private static String pointsAndLevel(SheetView v, Instrument i) {
        Optional<Fact> points = v.fact(i, Metric.POINTS_CHANGE, Window.D1), close = v.fact(i, Metric.CLOSE, null);
        if (points.isEmpty() || close.isEmpty()) return "";
        return ", or " + figure(points.get()) + ", to " + figure(close.get());
    }

    private String marketMoves(SheetView v) {
        List<String> paragraphs = new ArrayList<>();
        for (Instrument i : v.broad()) {
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
            scope.put("relDay", v.fact(i, Metric.RELATIVE_RETURN, Window.D1).map(r -> i.symbol() + " " + relative(r)).orElse(""));
            scope.put("relThirty", v.fact(i, Metric.RELATIVE_RETURN, Window.D30).map(r -> i.symbol() + " " + relative(r)).orElse(""));
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

    private String sectors(SheetView v, boolean stocks) {
        List<Fact> day = v.ranked(Metric.RETURN, Window.D1);
        if (day.isEmpty()) return v.sectors().isEmpty() ? "" : "No sector fund has a figure for the day.";
        int n = Math.min(3, day.size() / 2);
        List<Fact> leaders = day.subList(0, Math.max(1, n));
        List<Fact> laggards = new ArrayList<>(day.size() > 1 ? day.subList(day.size() - Math.max(1, n), day.size()) : List.of());
        java.util.Collections.reverse(laggards);
        boolean anyUp = leaders.get(0).number() > 0, anyDown = !laggards.isEmpty() && laggards.get(0).number() < 0;
        List<Fact> thirty = v.ranked(Metric.RETURN, Window.D30);
        // with single stocks in the sheet the validator ranks a "strongest" among every instrument with a sector
        String thirtyText = thirty.size() < 2 || stocks ? "" : movesOf(v, List.of(thirty.get(0)), true) + ", the strongest; "
                + movesOf(v, List.of(thirty.get(thirty.size() - 1)), true) + ", the weakest";
        List<String> missing = new ArrayList<>();
        v.unavailableByReason(Metric.RETURN, Window.D30).forEach((why, subjects) -> {
            List<String> names = subjects.stream().map(v::instrument).filter(i -> i.sector() != null && !v.isStale(i))
                    .map(Wording::name).toList();
            if (!names.isEmpty()) missing.add("No 30-day figures for " + joined(names) + ": " + why + ".");
        });
        return render("sectors", Map.of(
                "leadIn", anyUp ? "Leading on the day" : "Holding up best on the day",
                "leaders", movesOf(v, leaders, false),
                "lagIn", anyDown ? "Lagging" : "Gaining least",
                "laggards", movesOf(v, laggards, false),
                "thirty", thirtyText,
                "missing", String.join(" ", missing))).strip();
    }

    private static String movesOf(SheetView v, List<Fact> facts, boolean standing) {
        return String.join("; ", facts.stream()
                .map(f -> Wording.name(v.instrument(f.subject())) + " " + (standing ? standing(f) : dailyMove(f))).toList());
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
                .map(f -> f.label() + ": " + shown(f)).toList();
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
