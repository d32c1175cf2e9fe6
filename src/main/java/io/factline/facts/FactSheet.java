package io.factline.facts;

import io.factline.market.Instrument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything Factline may say about one date: the facts, the figures it could not compute and why,
 * the instruments (for names), the sources the facts cite, and the data-quality issues that matter.
 */
public record FactSheet(LocalDate asOf, List<Source> sources, List<Instrument> instruments, List<Fact> facts,
                        List<Unavailable> unavailable, List<QualityIssue> quality) {

    public FactSheet {
        sources = sources == null ? List.of() : List.copyOf(sources);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        facts = IndexedFacts.copyOf(facts == null ? List.of() : facts);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        quality = quality == null ? List.of() : List.copyOf(quality);
    }

    /** A sheet without a quality section (sheets from other tools, tests). */
    public FactSheet(LocalDate asOf, List<Source> sources, List<Instrument> instruments, List<Fact> facts,
                     List<Unavailable> unavailable) {
        this(asOf, sources, instruments, facts, unavailable, List.of());
    }

    /**
     * The part of the sheet about some subjects and metrics (null: all): their facts, unavailable
     * figures, instruments and quality issues, with the sources those facts cite. IDs are kept.
     */
    public FactSheet only(java.util.Set<String> subjects, java.util.Set<Metric> metrics) {
        java.util.function.Predicate<String> subject = s -> subjects == null || subjects.contains(s);
        java.util.function.Predicate<Metric> metric = m -> metrics == null || metrics.contains(m);
        List<Fact> kept = facts.stream().filter(f -> subject.test(f.subject()) && metric.test(f.metric())).toList();
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (Fact f : kept) cited.addAll(f.sources());
        return new FactSheet(asOf, sources.stream().filter(s -> cited.contains(s.id())).toList(),
                instruments.stream().filter(i -> subject.test(i.symbol())).toList(), kept,
                unavailable.stream().filter(u -> subject.test(u.subject()) && metric.test(u.metric())).toList(),
                quality.stream().filter(q -> subject.test(q.subject())).toList());
    }

    public Optional<Fact> fact(String id) {
        return ((IndexedFacts) facts).byId(id);
    }

    /** The first fact about {@code subject}'s {@code metric} over {@code window} (null: a metric without one). */
    public Optional<Fact> find(String subject, Metric metric, Window window) {
        return ((IndexedFacts) facts).find(subject, metric, window);
    }

    public Optional<Instrument> instrument(String symbol) {
        return instruments.stream().filter(i -> i.symbol().equals(symbol)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
