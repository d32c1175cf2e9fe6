package io.factline.chat;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Unavailable;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.narrative.SheetView;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tools the model may call, over the metrics core. Every figure they return is a fact registered in
 * the answer's {@link FactRegistry} under its answer-local ID; the answer is validated against exactly
 * those facts. Bad arguments (an unknown instrument, a date without data) get a plain explanation the
 * model can act on, never an exception. One instance per answer.
 */
public final class FactTools {

    /** Facts one call may return, so a reply stays readable and small. */
    static final int MAX_FACTS_PER_CALL = 40;

    private final MarketFacts facts;
    private final FactRegistry registry;
    private final Vocabulary vocabulary;
    private final Subjects subjects;
    private final LocalDate today;

    FactTools(MarketFacts facts, FactRegistry registry, Vocabulary vocabulary, LocalDate today) {
        this.facts = facts;
        this.registry = registry;
        this.vocabulary = vocabulary;
        this.subjects = new Subjects(facts);
        this.today = today;
    }

    @Tool(name = "facts", value = "Returns facts (figures with IDs to cite, e.g. F7) for instruments on a date. "
            + "Metrics: return, relative_return, volatility, volume, average_volume, volume_ratio, beta, pe_ratio, "
            + "macd, macd_signal, macd_histogram, macd_trend, trend, close, rsi, rsi_zone, sma, pct_vs_sma200, high_52w, "
            + "low_52w, pct_from_high_52w, pct_from_low_52w, new_high_52w, new_low_52w, points_change (indices), "
            + "change_bp (rates); breadth for \"stocks\" or \"<sector> stocks\": members, average_return, advancers, "
            + "decliners, unchanged, pct_above_sma50, new_highs_52w, new_lows_52w. "
            + "Windows: 1d, 5d, 14d, 30d, 50d, 200d, 252d, mtd, ytd.")
    public String facts(@P("instruments: symbols, names or sectors, e.g. [\"IWM\", \"SPY\"] or [\"Technology\"]; "
                                + "\"stocks\" or \"Energy stocks\" for breadth") List<String> instruments,
                        @P(value = "metrics to include; empty or missing for all", required = false) List<String> metrics,
                        @P(value = "window: 1d, 5d, 14d, 30d, 50d, 200d, 252d, mtd or ytd; empty or missing for all", required = false) String window,
                        @P(value = "date as YYYY-MM-DD; empty or missing for the question's date", required = false) String date) {
        LocalDate d = date(date);
        if (!facts.hasData(d)) return noData(d);
        Set<Metric> wanted = metrics(metrics);
        Window w = window(window);
        StringBuilder out = new StringBuilder("Facts for " + d + " (cite them by ID):\n");
        List<String> symbols = new ArrayList<>();
        for (String name : instruments == null ? List.<String>of() : instruments) {
            String s = BreadthSubjects.of(name, facts.sheet(d)) != null ? null : symbol(name, d);
            if (s == null && BreadthSubjects.of(name, facts.sheet(d)) != null) continue;
            if (s == null) out.append("- unknown instrument '").append(name).append("'; Factline covers ").append(covered()).append('\n');
            else symbols.add(s);
        }
        FactSheet sheet = facts.sheet(d);
        for (String name : instruments == null ? List.<String>of() : instruments) {
            String group = BreadthSubjects.of(name, sheet);
            if (group != null && !symbols.contains(group)) symbols.add(group);
        }
        int n = 0;
        for (String s : symbols) {
            for (Fact f : sheet.facts()) {
                if (f.subject().equals(s) && wanted.contains(f.metric()) && (w == null || f.window() == null || f.window() == w)
                        && n++ < MAX_FACTS_PER_CALL) {
                    out.append(line(registry.add(f, sheet))).append('\n');
                }
            }
            for (Unavailable u : sheet.unavailable()) {
                if (u.subject().equals(s) && wanted.contains(u.metric()) && (w == null || u.window() == null || u.window() == w)) {
                    registry.unavailable(u);
                    out.append("- unavailable: ").append(s).append(' ').append(u.metric().wire())
                            .append(u.window() == null ? "" : " " + u.window().wire()).append(": ").append(u.reason()).append('\n');
                }
            }
        }
        return out.toString();
    }

    @Tool(name = "compare", value = "Compares two instruments' returns on a date: each one's return and the "
            + "relative-return fact between them when one exists (in percentage points).")
    public String compare(@P("the first instrument: symbol, name or sector") String first,
                          @P("the second instrument: symbol, name or sector") String second,
                          @P(value = "window: 1d or 30d; empty or missing for both", required = false) String window,
                          @P(value = "date as YYYY-MM-DD; empty or missing for the question's date", required = false) String date) {
        LocalDate d = date(date);
        if (!facts.hasData(d)) return noData(d);
        String a = symbol(first, d), b = symbol(second, d);
        if (a == null || b == null) return "unknown instrument '" + (a == null ? first : second) + "'; Factline covers " + covered();
        String out = facts(List.of(a, b), List.of("return"), window, d.toString());
        FactSheet sheet = facts.sheet(d);
        Window w = window(window);
        StringBuilder rel = new StringBuilder();
        for (Fact f : sheet.facts()) {
            boolean pair = f.metric() == Metric.RELATIVE_RETURN && (f.subject().equals(a) && b.equals(f.against())
                    || f.subject().equals(b) && a.equals(f.against()));
            if (pair && (w == null || f.window() == w)) rel.append(line(registry.add(f, sheet))).append('\n');
        }
        return out + (rel.length() == 0 ? "- no relative-return fact for this pair; compare the two returns side by side\n" : rel);
    }

    @Tool(name = "rank_sectors", value = "Ranks the sector funds by a metric on a date, highest first, with facts.")
    public String rankSectors(@P("metric: return, relative_return, volatility, volume_ratio or beta") String metric,
                              @P(value = "window: 1d or 30d for returns; empty or missing for the metric's own", required = false) String window,
                              @P(value = "date as YYYY-MM-DD; empty or missing for the question's date", required = false) String date) {
        LocalDate d = date(date);
        if (!facts.hasData(d)) return noData(d);
        Set<Metric> m = metrics(List.of(metric == null ? "return" : metric));
        Metric chosen = m.size() == 1 ? m.iterator().next() : Metric.RETURN;
        Window w = window(window);
        if (w == null) w = chosen == Metric.BETA ? Window.D252 : chosen == Metric.RETURN || chosen == Metric.RELATIVE_RETURN
                || chosen == Metric.VOLUME ? Window.D1 : Window.D30;
        FactSheet sheet = facts.sheet(d);
        List<Fact> ranked = new SheetView(sheet).ranked(chosen, w);
        StringBuilder out = new StringBuilder("Sector funds by " + chosen.wire() + " " + w.wire() + " on " + d + ", highest first:\n");
        for (Fact f : ranked) out.append(line(registry.add(f, sheet))).append('\n');
        if (ranked.isEmpty()) out.append("- no sector fund has this figure on ").append(d).append('\n');
        return out.toString();
    }

    private LocalDate date(String text) {
        if (text == null || text.isBlank()) return today;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return today;
        }
    }

    private String noData(LocalDate d) {
        return "No data on " + d + "; nearest dates with data: "
                + facts.nearest(d).stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }

    private String symbol(String name, LocalDate d) {
        if (name == null || name.isBlank()) return null;
        String exact = name.strip().toUpperCase(Locale.ROOT);
        if (facts.instruments().stream().anyMatch(i -> i.symbol().equals(exact))) return exact;
        List<Word> words = QuestionTokenizer.tokenize(name);
        for (Term.Match m : vocabulary.find(words, new boolean[words.size()])) {
            if (m.term().is(Term.Kind.SUBJECT)) return subjects.pick(m.term().symbols(), d).symbol();
        }
        return null;
    }

    private static Set<Metric> metrics(List<String> names) {
        if (names == null || names.isEmpty() || names.stream().allMatch(n -> n == null || n.isBlank())) {
            return EnumSet.allOf(Metric.class);
        }
        Set<Metric> out = EnumSet.noneOf(Metric.class);
        for (String n : names) {
            if (n == null) continue;
            String key = n.strip().toLowerCase(Locale.ROOT);
            try {
                out.add(Metric.parse(key.replace(' ', '_')));
            } catch (IllegalArgumentException e) {
                Topic t = QuestionTerms.TOPICS.get(key);
                if (t != null) out.addAll(t.metrics());
            }
        }
        return out.isEmpty() ? EnumSet.allOf(Metric.class) : out;
    }

    private static Window window(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return Window.parse(text.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String covered() {
        List<String> all = facts.instruments().stream().map(Instrument::symbol).toList();
        return all.size() <= 30 ? String.join(", ", all)
                : String.join(", ", all.subList(0, 30)) + " and " + (all.size() - 30) + " more";
    }

    /** "- F3 | IWM 1-day return (2026-03-23) | +2.16% | percent | IWM | 1d | -", as in the prompts' facts table. */
    static String line(Fact f) {
        return "- " + f.id() + " | " + f.label() + " | " + f.shown() + " | " + f.unit().wire() + " | " + f.subject() + " | "
                + (f.window() == null ? "-" : f.window().wire()) + " | " + (f.against() == null ? "-" : f.against());
    }
}
