package io.factline.facts;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The facts of a sheet, in sheet order and unmodifiable, with lookups by id and by subject, metric and
 * window. The lookups are built on first use: the validator's ranking and count checks look up every
 * member of a group of stocks, and a scan of a 17,000-fact sheet per member made {@link FactSheet#find}
 * the largest cost of a commentary on the S&P 500 pack (issue 15). Either lookup returns the first fact
 * in sheet order that matches, as a scan would.
 */
final class IndexedFacts extends AbstractList<Fact> implements RandomAccess {

    private final List<Fact> facts;
    private volatile Index index;

    private IndexedFacts(List<Fact> facts) {
        this.facts = facts;
    }

    static IndexedFacts copyOf(List<Fact> facts) {
        return facts instanceof IndexedFacts same ? same : new IndexedFacts(List.copyOf(facts));
    }

    @Override
    public Fact get(int i) {
        return facts.get(i);
    }

    @Override
    public int size() {
        return facts.size();
    }

    Optional<Fact> byId(String id) {
        return Optional.ofNullable(index().byId.get(id));
    }

    Optional<Fact> find(String subject, Metric metric, Window window) {
        return Optional.ofNullable(index().byFigure.get(new Figure(subject, metric, window)));
    }

    /** Built at most a few times if threads race for it; each build gives the same maps. */
    private Index index() {
        Index i = index;
        if (i == null) {
            i = new Index(facts);
            index = i;
        }
        return i;
    }

    private record Figure(String subject, Metric metric, Window window) {
    }

    private static final class Index {
        final Map<String, Fact> byId;
        final Map<Figure, Fact> byFigure;

        Index(List<Fact> facts) {
            byId = new HashMap<>(2 * facts.size());
            byFigure = new HashMap<>(2 * facts.size());
            for (Fact f : facts) {
                byId.putIfAbsent(f.id(), f);
                byFigure.putIfAbsent(new Figure(f.subject(), f.metric(), f.window()), f);
            }
        }
    }
}
