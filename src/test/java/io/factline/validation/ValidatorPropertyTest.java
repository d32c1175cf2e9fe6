package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Source;
import io.factline.facts.Unit;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For random fact sheets (fixed seeds), a text written from the facts passes, and every single change
 * of one digit, one direction word, one subject or one unit fails it.
 */
class ValidatorPropertyTest {

    private static final String[] NAMES = {"Northwind", "Contoso", "Fabrikam", "Tailspin", "Litware", "Proseware", "Adatum",
            "Woodgrove", "Lucerne", "Wingtip"};

    /** One sentence: a pattern with {S} subject, {D} direction word, {N} number, {U} unit, and its values. */
    private record Line(String pattern, String subject, String direction, String number, String unit, String label) {

        String render() {
            return with(subject, direction, number, unit, label);
        }

        String with(String s, String d, String n, String u, String l) {
            return pattern.replace("{S}", s).replace("{D}", d == null ? "" : d).replace("{N}", n == null ? "" : n)
                    .replace("{U}", u == null ? "" : u).replace("{L}", l == null ? "" : l);
        }
    }

    private record Case(FactSheet sheet, List<Line> lines, List<String> symbols) {
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void should_pass_a_text_written_from_the_facts_and_fail_every_single_change(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Case c = generate(random);
        Validator validator = new Validator();
        PreparedSheet sheet = PreparedSheet.of(c.sheet());

        ValidationReport clean = validator.validate(sheet, text(c.lines(), -1, null), false);
        assertThat(clean.verdict()).as("clean text:%n%s%n%s", text(c.lines(), -1, null), clean).isEqualTo(Verdict.PASS);
        assertThat(clean.claims()).extracting(Claim::status).containsOnly(ClaimStatus.SUPPORTED);

        for (int i = 0; i < c.lines().size(); i++) {
            for (String mutated : mutations(c.lines().get(i), c.symbols(), random)) {
                String text = text(c.lines(), i, mutated);
                ValidationReport report = validator.validate(sheet, text, false);
                assertThat(report.verdict()).as("mutated line %d: %s%n%s", i, mutated, report).isEqualTo(Verdict.FAIL);
            }
        }
    }

    private static String text(List<Line> lines, int replaced, String replacement) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            b.append(i == replaced ? replacement : lines.get(i).render()).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return b.toString();
    }

    /** The one-change variants of a line: a digit, the direction word, the subject, the unit, the label. */
    private static List<String> mutations(Line l, List<String> symbols, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        if (l.number() != null) {
            int[] digits = l.number().chars().filter(Character::isDigit).toArray();
            int pick = random.nextInt(digits.length), seen = -1;
            StringBuilder n = new StringBuilder(l.number());
            for (int k = 0; k < n.length(); k++) {
                if (Character.isDigit(n.charAt(k)) && ++seen == pick) n.setCharAt(k, (char) ('0' + (n.charAt(k) - '0' + 5) % 10));
            }
            out.add(l.with(l.subject(), l.direction(), n.toString(), l.unit(), l.label()));
        }
        if (l.direction() != null) out.add(l.with(l.subject(), flip(l.direction()), l.number(), l.unit(), l.label()));
        String other = symbols.get((symbols.indexOf(l.subject()) + 1 + random.nextInt(symbols.size() - 1)) % symbols.size());
        out.add(l.with(other, l.direction(), l.number(), l.unit(), l.label()));
        if (l.number() != null) out.add(l.with(l.subject(), l.direction(), l.number(), swapUnit(l.unit()), l.label()));
        if (l.label() != null) out.add(l.with(l.subject(), null, null, null, l.label().equals("bullish") ? "bearish" : "bullish"));
        return out;
    }

    private static String flip(String direction) {
        return switch (direction) {
            case "rose" -> "fell";
            case "fell" -> "rose";
            case "gained" -> "lost";
            case "lost" -> "gained";
            case "outperformed" -> "trailed";
            case "trailed" -> "outperformed";
            default -> throw new IllegalArgumentException(direction);
        };
    }

    private static String swapUnit(String unit) {
        return switch (unit) {
            case "%" -> " pp";
            case " pp" -> "%";
            case "x" -> "%";
            case " million shares" -> "%";
            case "" -> "%";
            default -> throw new IllegalArgumentException(unit);
        };
    }

    private static Case generate(SplittableRandom r) {
        List<Instrument> instruments = new ArrayList<>();
        instruments.add(new Instrument("BMK", "Benchmark Index Fund", Kind.ETF, null, "BMK"));
        List<String> symbols = new ArrayList<>();
        int count = 4 + r.nextInt(4);
        for (int i = 0; i < count; i++) {
            String symbol = "Q" + (char) ('A' + i) + (char) ('A' + r.nextInt(26));
            symbols.add(symbol);
            instruments.add(new Instrument(symbol, NAMES[i] + " Corp", Kind.STOCK, null, "BMK"));
        }
        List<Fact> facts = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (String s : symbols) {
            double ret = signed(r, 0.1, 4), ret30 = signed(r, 0.3, 12), rel = signed(r, 0.1, 3);
            double close = 5 + r.nextDouble() * 900, volume = Math.rint(1e6 + r.nextDouble() * 2e8), ratio = 0.2 + r.nextDouble() * 3;
            double beta = 0.2 + r.nextDouble() * 1.8;
            String id = "F" + (facts.size() + 1);
            facts.add(TestSheets.fact(id, s, Metric.RETURN, Window.D1, null, ret, Unit.PERCENT));
            lines.add(new Line("{S} {D} {N}{U} [" + id + "] on the day.", s, ret > 0 ? "rose" : "fell", two(Math.abs(ret)), "%", null));
            id = "F" + (facts.size() + 1);
            facts.add(TestSheets.fact(id, s, Metric.RETURN, Window.D30, null, ret30, Unit.PERCENT));
            lines.add(new Line("Over the past 30 sessions, {S} {D} {N}{U} [" + id + "].", s, ret30 > 0 ? "gained" : "lost",
                    two(Math.abs(ret30)), "%", null));
            id = "F" + (facts.size() + 1);
            facts.add(TestSheets.fact(id, s, Metric.RELATIVE_RETURN, Window.D1, "BMK", rel, Unit.PP));
            lines.add(new Line("{S} {D} BMK by {N}{U} [" + id + "] on the day.", s, rel > 0 ? "outperformed" : "trailed",
                    two(Math.abs(rel)), " pp", null));
            id = "F" + (facts.size() + 1);
            facts.add(TestSheets.fact(id, s, Metric.CLOSE, null, null, close, Unit.PRICE));
            lines.add(new Line("{S} closed at {N}{U} [" + id + "].", s, null, two(close), "", null));
            id = "F" + (facts.size() + 1);
            facts.add(TestSheets.fact(id, s, Metric.VOLUME, Window.D1, null, volume, Unit.SHARES));
            lines.add(new Line("{S} traded {N}{U} [" + id + "].", s, null, two(volume / 1e6), " million shares", null));
            id = "F" + (facts.size() + 1);
            facts.add(TestSheets.fact(id, s, Metric.VOLUME_RATIO, Window.D30, null, ratio, Unit.X));
            lines.add(new Line("{S} traded {N}{U} its 30-day average volume [" + id + "].", s, null, two(ratio), "x", null));
            id = "F" + (facts.size() + 1);
            facts.add(TestSheets.fact(id, s, Metric.BETA, Window.D252, "BMK", beta, Unit.NUMBER));
            lines.add(new Line("{S} has a beta of {N}{U} against BMK [" + id + "].", s, null, two(beta), "", null));
            id = "F" + (facts.size() + 1);
            String word = r.nextBoolean() ? "bullish" : "bearish";
            facts.add(TestSheets.label(id, s, Metric.MACD_TREND, word));
            lines.add(new Line("The MACD of {S} is {L} [" + id + "].", s, null, null, null, word));
        }
        List<Line> picked = new ArrayList<>();
        for (int i = 0; i < 10; i++) picked.add(lines.get(r.nextInt(lines.size())));
        FactSheet sheet = new FactSheet(LocalDate.of(2026, 3, 23), List.of(new Source("S1", "synthetic", null)), instruments,
                facts, List.of());
        return new Case(sheet, picked, symbols);
    }

    private static double signed(SplittableRandom r, double min, double max) {
        double v = min + r.nextDouble() * (max - min);
        return r.nextBoolean() ? v : -v;
    }

    private static String two(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
