package io.factline.narrative;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;
import static io.factline.narrative.Wording.standing;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The summary that opens the commentary (issue 16): the market on the day, each index with its point
 * move and level, the small caps against the large caps, the week and the year so far where they add
 * something, the past 30 sessions, and how the sector funds went. At most five instruments.
 */
final class Lede {

    private final SheetView v;
    private final SheetView full;
    private final Optional<Instrument> market;
    private final Templates templates;
    private final NameBudget names = new NameBudget();

    /** @param v the funds-and-indices view; @param full the whole sheet (the week and year-to-date figures) */
    Lede(SheetView v, SheetView full, Optional<Instrument> market, Templates templates) {
        this.v = v;
        this.full = full;
        this.market = market;
        this.templates = templates;
    }

    String text() {
        String marketText = market.flatMap(m -> v.fact(m, Metric.RETURN, Window.D1)).filter(f -> names.take(f.subject()))
                .map(f -> f.subject() + " " + dailyMove(f)).orElse("");
        List<String> indices = new ArrayList<>();
        for (Instrument i : ledeIndices()) {
            v.fact(i, Metric.RETURN, Window.D1).filter(f -> names.take(i.symbol())).ifPresent(f -> {
                indices.add("The " + Wording.fullName(i) + " " + dailyMove(f) + pointsAndLevel(i) + ".");
                smallCaps(i).ifPresent(indices::add);
            });
        }
        // a sheet with single stocks has no market-moves paragraph per fund: a broad fund the indices do not cover
        if (full.sheet().instruments().stream().anyMatch(i -> i.kind() == Kind.STOCK)) {
            v.broad().stream().filter(i -> i.kind() != Kind.INDEX && !v.isStale(i) && !names.has(i.symbol()))
                    .filter(i -> !tracksANamedIndex(i)).findFirst()
                    .flatMap(i -> v.fact(i, Metric.RETURN, Window.D1)).filter(f -> names.take(f.subject()))
                    .ifPresent(f -> indices.add(Wording.fullName(v.instrument(f.subject())) + " " + dailyMove(f) + " on the day."));
        }
        String thirty = market.flatMap(m -> v.fact(m, Metric.RETURN, Window.D30))
                .map(f -> f.subject() + " " + standing(f)).orElse("");
        List<String> left = new ArrayList<>();
        for (Instrument i : v.broad()) {
            if (v.isStale(i) && names.take(i.symbol())) {
                left.add("The " + Wording.fullName(i) + " is left out: " + TemplateWriter.staleReason(v, i) + ".");
            }
        }
        return templates.render("summary", Map.of("market", marketText, "indices", indices, "week", week(), "year", year(),
                "thirty", thirty, "breadth", breadth(), "left", String.join(" ", left))).strip();
    }

    /** The indices with a point change, the market's own index first, the VIX left to "Volatility and risk". */
    private List<Instrument> ledeIndices() {
        List<Instrument> out = new ArrayList<>();
        v.broad().stream().filter(i -> i.kind() == Kind.INDEX && i.isOwnBenchmark()).forEach(out::add);
        v.broad().stream().filter(i -> i.kind() == Kind.INDEX && !i.isOwnBenchmark())
                .filter(i -> v.fact(i, Metric.POINTS_CHANGE, Window.D1).isPresent()).forEach(out::add);
        return out.stream().filter(i -> !i.symbol().equals("^VIX"))
                .filter(i -> v.fact(i, Metric.POINTS_CHANGE, Window.D1).isPresent()).toList();
    }

    /** "SPDR Dow Jones Industrial Average ETF Trust" tracks the Dow, named already; QQQ tracks no index of the sheet. */
    private boolean tracksANamedIndex(Instrument fund) {
        return v.broad().stream().filter(i -> i.kind() == Kind.INDEX && names.has(i.symbol()))
                .anyMatch(i -> fund.name().contains(i.name()));
    }

    /** ", or 13.65 points [F9], to 6,581.00 [F1]" where the sheet has the index's point change and close. */
    private String pointsAndLevel(Instrument i) {
        Optional<Fact> points = v.fact(i, Metric.POINTS_CHANGE, Window.D1), close = v.fact(i, Metric.CLOSE, null);
        if (points.isEmpty() || close.isEmpty()) return "";
        return ", or " + figure(points.get()) + ", to " + figure(close.get());
    }

    /** The small caps against the large caps, at index level: "On the day, ^RUT trailed ^GSPC by 0.72 percentage points". */
    private Optional<String> smallCaps(Instrument i) {
        if (!i.name().contains("Russell 2000")) return Optional.empty();
        return v.fact(i, Metric.RELATIVE_RETURN, Window.D1).filter(r -> names.has(r.against()))
                .map(r -> "On the day, " + i.symbol() + " " + Wording.relativeInWords(r) + ".");
    }

    /** The past five sessions, where they went the other way from the day or moved 2% or more. */
    private String week() {
        return beside(Window.D5, Window.D1, 2, "Over the past five sessions, ");
    }

    /** The year to date, where it went the other way from the past 30 sessions or moved 10% or more. */
    private String year() {
        return beside(Window.YTD, Window.D30, 10, "Year to date, ");
    }

    /** The market's {@code window} move when it went the other way from its {@code shorter} one or moved {@code big}% or more. */
    private String beside(Window window, Window shorter, double big, String lead) {
        if (market.isEmpty()) return "";
        Instrument m = market.get();
        Optional<Fact> other = full.fact(m, Metric.RETURN, shorter);
        return full.fact(m, Metric.RETURN, window)
                .filter(f -> other.isPresent() && (Math.signum(f.number()) != Math.signum(other.get().number()) || Math.abs(f.number()) >= big))
                .map(f -> lead + m.symbol() + " " + standing(f) + ".").orElse("");
    }

    /**
     * How the sector funds went; not on a sheet with single stocks, where market moves give the breadth of
     * the stocks and the validator counts every instrument with a sector as a "sector fund" (docs/writer.md).
     */
    private String breadth() {
        if (full.sheet().instruments().stream().anyMatch(i -> i.kind() == Kind.STOCK)) return "";
        List<Fact> day = v.ranked(Metric.RETURN, Window.D1);
        long up = day.stream().filter(f -> f.number() > 0).count(), down = day.size() - up;
        return day.isEmpty() ? "" : up * 3 >= day.size() * 2 ? "Most sector funds rose on the day."
                : down * 3 >= day.size() * 2 ? "Most sector funds fell on the day." : "Sector funds were mixed on the day.";
    }
}
