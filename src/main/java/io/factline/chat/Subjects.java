package io.factline.chat;

import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.market.Instrument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns what a reader named into instruments for a date. A name may stand for several (the "S&P 500" is
 * the index and the fund that tracks it; "small caps" the Russell 2000 and IWM): the first one with data
 * on the date is used and those passed over are reported as stale, so the answer can say why. For two
 * groups compared, the pair with a relative-return fact wins (small caps vs large caps: IWM vs SPY).
 */
final class Subjects {

    record Pick(String symbol, List<String> stale) {
    }

    record Pair(String first, String second, List<String> stale) {
    }

    private final MarketFacts facts;

    Subjects(MarketFacts facts) {
        this.facts = facts;
    }

    Pick pick(List<String> candidates, LocalDate date) {
        List<String> stale = new ArrayList<>();
        for (String c : candidates) {
            if (hasFacts(c, date)) return new Pick(c, stale);
            stale.add(c);
        }
        return new Pick(candidates.get(0), List.of(candidates.get(0)));
    }

    Pair pair(List<String> a, List<String> b, LocalDate date) {
        if (facts.hasData(date)) {
            FactSheet sheet = facts.sheet(date);
            for (String x : a) {
                for (String y : b) {
                    if (!x.equals(y) && (relative(sheet, x, y) || relative(sheet, y, x))) {
                        return new Pair(x, y, stalePassedOver(a, x, date, b, y));
                    }
                }
            }
        }
        Pick first = pick(a, date);
        List<String> rest = b.stream().filter(s -> !s.equals(first.symbol())).toList();
        Pick second = pick(rest.isEmpty() ? b : rest, date);
        List<String> stale = new ArrayList<>(first.stale());
        second.stale().stream().filter(s -> !stale.contains(s)).forEach(stale::add);
        return new Pair(first.symbol(), second.symbol(), stale);
    }

    /** The instrument's benchmark, or null when it is its own. */
    String benchmarkOf(String symbol) {
        return facts.instruments().stream().filter(i -> i.symbol().equals(symbol) && !i.isOwnBenchmark())
                .map(Instrument::benchmark).findFirst().orElse(null);
    }

    /** "The market": the benchmark most instruments are measured against, then its own benchmark. */
    List<String> market() {
        Map<String, Long> counts = facts.instruments().stream().filter(i -> !i.isOwnBenchmark())
                .collect(Collectors.groupingBy(Instrument::benchmark, Collectors.counting()));
        String top = counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey)
                .orElse(facts.instruments().get(0).symbol());
        List<String> out = new ArrayList<>(List.of(top));
        String parent = benchmarkOf(top);
        if (parent != null) out.add(parent);
        return out;
    }

    private List<String> stalePassedOver(List<String> a, String x, LocalDate date, List<String> b, String y) {
        List<String> stale = new ArrayList<>();
        for (String s : a.subList(0, a.indexOf(x))) if (!hasFacts(s, date)) stale.add(s);
        for (String s : b.subList(0, b.indexOf(y))) if (!hasFacts(s, date) && !stale.contains(s)) stale.add(s);
        return stale;
    }

    private static boolean relative(FactSheet sheet, String subject, String against) {
        return sheet.facts().stream().anyMatch(f -> f.metric() == Metric.RELATIVE_RETURN && f.subject().equals(subject)
                && against.equals(f.against()));
    }

    boolean hasFacts(String symbol, LocalDate date) {
        return facts.hasData(date) && facts.sheet(date).facts().stream().anyMatch(f -> f.subject().equals(symbol));
    }
}
