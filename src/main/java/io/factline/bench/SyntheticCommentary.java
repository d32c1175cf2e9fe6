package io.factline.bench;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.FactValue;
import io.factline.facts.Metric;
import io.factline.facts.Source;
import io.factline.facts.Unit;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A fact sheet of {@code instruments} × 12 facts and a commentary of about {@code words} words written
 * from it, every number cited (fixed seed: every run measures the same text). The text mixes the forms
 * the validator must read: signs and direction words, "pp", "x", scaled share counts, labels, window
 * phrases, derived gaps, markdown bullets.
 */
public final class SyntheticCommentary {

    private static final String[] FIRST = {"Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Proseware",
            "Adatum", "Woodgrove", "Lucerne", "Margie", "Wingtip", "Humongous", "Coho", "Trey", "Alpine", "Blue"};
    private static final String[] SECOND = {"Industries", "Holdings", "Systems", "Energy", "Foods", "Motors", "Labs"};
    private static final String[] SECTORS = {"Energy", "Technology", "Healthcare", "Utilities", "Industrials",
            "Financial Services", "Real Estate", "Basic Materials", "Consumer Cyclical", "Consumer Defensive",
            "Communication Services"};

    public record Sample(FactSheet sheet, String text) {
    }

    private SyntheticCommentary() {
    }

    public static Sample generate(int instruments, int words, long seed) {
        return generate(instruments, words, seed, 0);
    }

    /**
     * @param prosePerParagraph paragraphs of narrative without figures (names, sectors, direction words)
     *     after each paragraph of figures: 0 gives the densest text (about 155 claims per 1,000 words), 3
     *     about the density of published commentary (about 40 figures per 1,000 words)
     */
    public static Sample generate(int instruments, int words, long seed, int prosePerParagraph) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Instrument> list = new ArrayList<>();
        list.add(new Instrument("BENCH", "Benchmark Index Fund", Kind.ETF, null, "BENCH"));
        for (int i = 1; i < instruments; i++) {
            String symbol = symbol(i);
            list.add(new Instrument(symbol, FIRST[i % FIRST.length] + " " + SECOND[(i / FIRST.length) % SECOND.length]
                    + " " + symbol, Kind.STOCK, SECTORS[i % SECTORS.length], "BENCH"));
        }
        List<Fact> facts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (Instrument in : list) {
            String s = in.symbol();
            double close = 20 + r.nextDouble() * 600, ret = r.nextGaussian() * 1.5, ret30 = r.nextGaussian() * 6;
            double vol = 1e6 + r.nextDouble() * 9e7, avg = vol * (0.5 + r.nextDouble());
            facts.add(fact(++n, s, Metric.CLOSE, null, null, close, Unit.PRICE));
            facts.add(fact(++n, s, Metric.RETURN, Window.D1, null, ret, Unit.PERCENT));
            facts.add(fact(++n, s, Metric.RETURN, Window.D30, null, ret30, Unit.PERCENT));
            facts.add(fact(++n, s, Metric.VOLATILITY, Window.D30, null, 0.5 + r.nextDouble() * 2, Unit.PERCENT));
            facts.add(fact(++n, s, Metric.VOLUME, Window.D1, null, Math.rint(vol), Unit.SHARES));
            facts.add(fact(++n, s, Metric.AVERAGE_VOLUME, Window.D30, null, avg, Unit.SHARES));
            facts.add(fact(++n, s, Metric.VOLUME_RATIO, Window.D30, null, vol / avg, Unit.X));
            facts.add(fact(++n, s, Metric.RELATIVE_RETURN, Window.D1, "BENCH", ret - 0.4, Unit.PP));
            facts.add(fact(++n, s, Metric.BETA, Window.D252, "BENCH", 0.4 + r.nextDouble(), Unit.NUMBER));
            facts.add(fact(++n, s, Metric.MACD, null, null, r.nextGaussian() * 3, Unit.NUMBER));
            facts.add(label(++n, s, Metric.MACD_TREND, r.nextBoolean() ? "bullish" : "bearish"));
            facts.add(label(++n, s, Metric.TREND, r.nextBoolean() ? "uptrend" : "sideways"));
        }
        int i = 0;
        while (count(text) < words) {
            Instrument in = list.get(i % list.size());
            int base = (i % list.size()) * 12;
            text.append(paragraph(in, facts, base, i));
            for (int p = 0; p < prosePerParagraph && count(text) < words; p++) {
                text.append(prose(in, list.get((i * 7 + p + 1) % list.size()), i * 3 + p));
            }
            i++;
        }
        FactSheet sheet = new FactSheet(LocalDate.of(2026, 3, 23), List.of(new Source("S1", "synthetic", null)), list,
                facts, List.of());
        return new Sample(sheet, text.toString());
    }

    private static String paragraph(Instrument in, List<Fact> facts, int base, int i) {
        String s = in.symbol();
        Fact close = facts.get(base), ret = facts.get(base + 1), ret30 = facts.get(base + 2), vola = facts.get(base + 3);
        Fact vol = facts.get(base + 4), avg = facts.get(base + 5), ratio = facts.get(base + 6), rel = facts.get(base + 7);
        Fact beta = facts.get(base + 8), trend = facts.get(base + 11);
        String dir = ret.number() >= 0 ? "rose" : "fell";
        String relDir = rel.number() >= 0 ? "outperformed" : "trailed";
        String bullet = i % 3 == 0 ? "- " : "";
        return bullet + in.name() + " (" + s + ") " + dir + " " + abs(ret.number()) + "% " + cite(ret) + " on the day to close at $"
                + two(close.number()) + " " + cite(close) + ", and " + relDir + " BENCH by " + abs(rel.number()) + " pp "
                + cite(rel) + ". Over the past 30 sessions, " + s + " returned " + signed(ret30.number()) + "% " + cite(ret30)
                + ", with a 30-day volatility of " + two(vola.number()) + "% " + cite(vola) + ". It traded "
                + two(vol.number() / 1e6) + " million shares " + cite(vol) + ", " + two(ratio.number()) + "x its 30-day average of "
                + two(avg.number() / 1e6) + "M " + cite(avg) + cite(ratio) + ". Its beta against BENCH is " + two(beta.number())
                + " " + cite(beta) + " and the trend is " + trend.labelText() + " " + cite(trend) + ".\n";
    }

    private static final String[] PROSE = {
            "%s traded with the %s sector for most of the session, and desks pointed to rate expectations rather than company news. Buyers returned late in the afternoon, while %s lagged as investors rotated out of the recent leaders.\n",
            "Analysts at several brokers said the move in %s looked technical: the shares held above their moving averages and the %s group followed it higher. %s drifted lower on light volume, with no change to guidance.\n",
            "- Positioning in %s stayed cautious ahead of the earnings calendar, and the %s names gave up part of their earlier gains. Commentary on %s focused on margins and on how long the current trend can last.\n",
            "Strategists noted that breadth improved as %s recovered from the open; the %s sector tracked the benchmark closely. Options activity around %s was unremarkable, and the market closed near the day's midpoint.\n"};

    /** A paragraph of narrative about two instruments and a sector, without a figure: words the validator must read past. */
    private static String prose(Instrument a, Instrument b, int k) {
        String sector = a.sector() != null ? a.sector() : b.sector() != null ? b.sector() : "Technology";
        return String.format(Locale.ROOT, PROSE[k % PROSE.length], a.name() + " (" + a.symbol() + ")", sector, b.symbol());
    }

    private static int count(CharSequence text) {
        int words = 0;
        boolean in = false;
        for (int k = 0; k < text.length(); k++) {
            boolean space = Character.isWhitespace(text.charAt(k));
            if (!space && !in) words++;
            in = !space;
        }
        return words;
    }

    private static String symbol(int i) {
        return "" + (char) ('A' + i % 26) + (char) ('A' + (i / 26) % 26) + (char) ('K' + i % 7) + "X";
    }

    private static String cite(Fact f) {
        return "[" + f.id() + "]";
    }

    private static String two(double v) {
        return String.format(Locale.ROOT, "%.2f", new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP));
    }

    private static String abs(double v) {
        return two(Math.abs(v));
    }

    private static String signed(double v) {
        String t = two(v);
        return v > 0 && !t.equals("0.00") ? "+" + t : t;
    }

    private static Fact fact(int n, String s, Metric m, Window w, String against, double v, Unit u) {
        return new Fact("F" + n, s, m, w, against, FactValue.of(v), u, null, s + " " + m.wire(), List.of("S1"), null, null);
    }

    private static Fact label(int n, String s, Metric m, String word) {
        return new Fact("F" + n, s, m, null, null, FactValue.of(word), Unit.LABEL, null, s + " " + m.wire(), List.of("S1"), null, null);
    }
}
