package io.factline.narrative;

import static io.factline.narrative.Wording.dailyMove;
import static io.factline.narrative.Wording.figure;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Breadth and the stocks that moved most (issue 16, section 1), for a sheet with single stocks: the
 * advancers against the decliners, and at most five stocks chosen by {@link Salience}, each called by its
 * company name ("Nvidia (NVDA)"), with its volume against its average. Empty for a sheet without stocks.
 */
final class MoversSection {

    /** The subject of the breadth figures over every stock of the sheet. */
    private static final String ALL = "stocks";

    /** At most this many movers get a sentence on an RSI extreme. */
    private static final int MOST_RSI = 2;

    private final SheetView v;
    private final Templates templates;
    private final Jargon jargon;
    private int rsiSentences;

    MoversSection(SheetView v, Templates templates, Jargon jargon) {
        this.v = v;
        this.templates = templates;
        this.jargon = jargon;
    }

    String text() {
        List<Salience.Candidate> movers = new Salience(v).stocks();
        String breadth = breadth();
        if (movers.isEmpty() && breadth.isEmpty()) return "";
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < movers.size(); n++) lines.add(mover(movers.get(n), n));
        String stocks = templates.render("movers", Map.of("movers", lines)).strip();
        return breadth.isEmpty() ? stocks : stocks.isEmpty() ? breadth : breadth + "\n\n" + stocks;
    }

    /**
     * Breadth from the advancers, decliners and the share above the 50-day average of all stocks: "Among
     * individual stocks, 68 rose [F1] and 428 fell [F2], decliners far outnumbering advancers, though 75.00% [F3]
     * still trade above their 50-day moving average." Each count's verb follows it, as the validator reads counts
     * of member stocks (docs/validation.md, figures about member stocks).
     */
    private String breadth() {
        Optional<Fact> up = v.fact(ALL, Metric.ADVANCERS, Window.D1), down = v.fact(ALL, Metric.DECLINERS, Window.D1);
        if (up.isEmpty() || down.isEmpty()) return "";
        double a = up.get().number(), d = down.get().number();
        String balance = d >= 3 * a ? "decliners far outnumbering advancers" : a >= 3 * d ? "advancers far outnumbering decliners"
                : d >= 1.5 * a ? "decliners outnumbering advancers" : a >= 1.5 * d ? "advancers outnumbering decliners"
                : "advancers and decliners roughly even";
        boolean weak = d > a;
        String trend = v.fact(ALL, Metric.PCT_ABOVE_SMA50, Window.D50).map(f -> {
            double p = f.number();
            String share = figure(f);
            return p >= 50 ? (weak ? ", though " : ", and ") + share + " still trade above their 50-day moving average"
                    : (weak ? ", and only " : ", though only ") + share + " trade above their 50-day moving average";
        }).orElse("");
        return "Among individual stocks, " + Wording.magnitude(up.get()) + " rose [" + up.get().id() + "] and " + Wording.magnitude(down.get()) + " fell ["
                + down.get().id() + "], " + balance + trend + ".";
    }

    /**
     * "The Walt Disney Company (DIS)" for instruments.csv's "Walt Disney Company (The)"; "IBM", not "IBM (IBM)";
     * "Fox Corporation (FOXA)" without "(Class A)", whose "A" would read as Agilent's ticker (the ticker tells the
     * share classes apart); "MMM" for "3M", whose leading figure would read as a number.
     */
    static String company(Instrument i) {
        String name = i.name().replaceAll(" \\(Class [A-Z]\\)$", "");
        if (name.endsWith(" (The)")) name = "The " + name.substring(0, name.length() - " (The)".length());
        if (name.equals(i.symbol()) || Character.isDigit(name.charAt(0))) return i.symbol();
        return name + " (" + i.symbol() + ")";
    }

    private String mover(Salience.Candidate c, int n) {
        Instrument i = c.instrument();
        String name = company(i);
        String volume = v.fact(i, Metric.VOLUME_RATIO, Window.D30)
                .map(f -> " Its volume was " + figure(f) + " its 30-day average.").orElse("");
        return (n % 2 == 0 ? name + " " + dailyMove(c.day()) + " on the day" + record(i) + "."
                : "Shares of " + name + " " + dailyMove(c.day()) + " on the day" + record(i) + ".") + volume + rsi(i);
    }

    /** ", closing at a new 52-week high [F1]" when the stock set one (its flag says yes), else "". */
    private String record(Instrument i) {
        for (Metric m : List.of(Metric.NEW_HIGH_52W, Metric.NEW_LOW_52W)) {
            Optional<Fact> flag = v.fact(i, m, Window.D252).filter(f -> "yes".equals(f.labelText()));
            if (flag.isPresent()) {
                return ", closing at a new 52-week " + (m == Metric.NEW_HIGH_52W ? "high" : "low") + " [" + flag.get().id() + "]";
            }
        }
        return "";
    }

    /** " Its 14-day relative strength index (RSI), …, is 88.96 [F1], in overbought territory [F2]." for an extreme. */
    private String rsi(Instrument i) {
        Optional<Fact> zone = v.fact(i, Metric.RSI_ZONE, Window.D14).filter(f -> !"neutral".equals(f.labelText()));
        Optional<Fact> rsi = v.fact(i, Metric.RSI, Window.D14);
        if (zone.isEmpty() || rsi.isEmpty() || rsiSentences >= MOST_RSI) return "";
        rsiSentences++;
        String explained = jargon.explain(Jargon.Term.RSI);
        return " Its 14-day " + (explained.isEmpty() ? "RSI" : "relative strength index" + explained) + " is "
                + figure(rsi.get()) + ", in " + zone.get().labelText() + " territory [" + zone.get().id() + "].";
    }
}
