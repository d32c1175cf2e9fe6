package io.factline.facts;

import io.factline.market.Instrument;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything Factline may say about one date: the facts, the figures it could not compute and why,
 * the instruments (for names) and the sources the facts cite.
 */
public record FactSheet(LocalDate asOf, List<Source> sources, List<Instrument> instruments, List<Fact> facts,
                        List<Unavailable> unavailable) {

    public FactSheet {
        sources = sources == null ? List.of() : List.copyOf(sources);
        instruments = instruments == null ? List.of() : List.copyOf(instruments);
        facts = facts == null ? List.of() : List.copyOf(facts);
        unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
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
