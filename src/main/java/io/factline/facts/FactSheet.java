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
        facts = facts == null ? List.of() : List.copyOf(facts);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
        quality = quality == null ? List.of() : List.copyOf(quality);
    }

    /** A sheet without a quality section (sheets from other tools, tests). */
    public FactSheet(LocalDate asOf, List<Source> sources, List<Instrument> instruments, List<Fact> facts,
                     List<Unavailable> unavailable) {
        this(asOf, sources, instruments, facts, unavailable, List.of());
    }

    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Fact> find(String subject, Metric metric, Window window) {
        return facts.stream()
                .filter(f -> f.subject().equals(subject) && f.metric() == metric && f.window() == window)
                .findFirst();
    }

    public Optional<Instrument> instrument(String symbol) {
        return instruments.stream().filter(i -> i.symbol().equals(symbol)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
