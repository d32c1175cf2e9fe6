package io.factline.chat;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Source;
import io.factline.facts.Unavailable;
import io.factline.market.Instrument;
import io.factline.reader.DataSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts gathered for one answer, under answer-local IDs F1, F2, … in gathering order, so facts from
 * several dates never collide; their sources get local IDs S1, S2, … the same way, and each label says
 * which date's sheet the fact is from. The answer is validated against {@link #sheet} — exactly these
 * facts. Not thread-safe: one registry per answer. (An AI service may run its tools on its own thread,
 * hence the synchronized methods.)
 */
final class FactRegistry {

    /** Where a local fact came from: the date of its sheet and its ID there. */
    record Origin(LocalDate date, String id) {
    }

    private final Map<String, Fact> byOrigin = new LinkedHashMap<>();
    private final Map<String, Origin> origins = new LinkedHashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final List<Unavailable> unavailable = new ArrayList<>();
    /** How the data files are named to readers ("S&P 500 data pack (Yahoo Finance)"), or null for the default. */
    private final String pack;

    FactRegistry() {
        this(null);
    }

    FactRegistry(String pack) {
        this.pack = pack;
    }

    /** @return the local copy of {@code f} from {@code from}; the same copy when gathered again */
    synchronized Fact add(Fact f, FactSheet from) {
        String origin = from.asOf() + "/" + f.id();
        Fact known = byOrigin.get(origin);
        if (known != null) return known;
        List<String> localSources = new ArrayList<>();
        for (String id : f.sources()) {
            from.source(id).ifPresent(s -> localSources.add(source(s)));
        }
        String label = (f.label() == null ? f.subject() + " " + f.metric().wire() : f.label()) + " (" + from.asOf() + ")";
        Fact local = new Fact("F" + (facts.size() + 1), f.subject(), f.metric(), f.window(), f.against(), f.value(),
                f.unit(), f.shown(), label, localSources, f.formula(), f.inputs());
        byOrigin.put(origin, local);
        origins.put(local.id(), new Origin(from.asOf(), f.id()));
        facts.add(local);
        return local;
    }

    /** Remembers a figure that could not be computed, for the prompt's "unavailable" list. */
    synchronized void unavailable(Unavailable u) {
        if (!unavailable.contains(u)) unavailable.add(u);
    }

    /** Local ID → origin, for remembering an answer's facts beyond this registry. */
    synchronized Map<String, Origin> origins() {
        return Map.copyOf(origins);
    }

    synchronized List<Fact> facts() {
        return List.copyOf(facts);
    }

    /** A sheet of just the gathered facts, for validation and prompts; {@code asOf} is the question's date. */
    synchronized FactSheet sheet(LocalDate asOf, List<Instrument> instruments) {
        return new FactSheet(asOf, List.copyOf(sources.values()), instruments, List.copyOf(facts),
                List.copyOf(unavailable), List.of());
    }

    private String source(Source s) {
        String key = s.title() + "\u0000" + s.location();
        Source local = sources.get(key);
        if (local == null) {
            // readers see the data set and its provider, never a file path of the server (reader.DataSet)
            DataSet said = DataSet.of(s).inPack(pack);
            local = new Source("S" + (sources.size() + 1), said.dataSet(), said.provider());
            sources.put(key, local);
        }
        return local.id();
    }
}
