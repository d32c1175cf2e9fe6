package io.factline.facts;

import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups breadth is computed for: all stocks (kind {@code stock}) with a bar on t, subject
 * {@code stocks}, then each sector named by a stock in instruments.csv, in order of first mention,
 * subject the sector's name as written there. A data set without stocks has no breadth figures.
 */
final class BreadthGroups {

    static final String ALL = "stocks";

    private BreadthGroups() {
    }

    static void write(SheetWriter out, List<Instrument> instruments, Map<String, BreadthMember> members, LocalDate asOf) {
        Map<String, List<BreadthMember>> groups = new LinkedHashMap<>();
        Map<String, Integer> listed = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            if (i.kind() != Kind.STOCK) continue;
            List<String> names = i.sector() == null ? List.of(ALL) : List.of(ALL, i.sector());
            for (String g : names) {
                groups.computeIfAbsent(g, k -> new ArrayList<>());
                listed.merge(g, 1, Integer::sum);
                BreadthMember m = members.get(i.symbol());
                if (m != null) groups.get(g).add(m);
            }
        }
        for (var g : groups.entrySet()) {
            String title = (g.getKey().equals(ALL) ? "daily bars of all " : "daily bars of the " + g.getKey() + " ")
                    + "stocks (kind stock in instruments.csv): " + g.getValue().size() + " of "
                    + listed.get(g.getKey()) + " with a bar on " + asOf;
            for (Breadth.Figure f : Breadth.of(g.getKey(), g.getValue())) {
                out.addAggregate(g.getKey(), f, title, location(g.getValue()));
            }
        }
    }

    /** The directory all the members' files are in ("fixtures/sp500/prices/"), else their first location and a count. */
    private static String location(List<BreadthMember> group) {
        if (group.isEmpty()) return "no price series";
        String first = group.get(0).location();
        int slash = first == null ? -1 : first.lastIndexOf('/');
        String dir = slash < 0 ? null : first.substring(0, slash + 1);
        boolean shared = dir != null && group.stream().allMatch(m -> m.location() != null && m.location().startsWith(dir));
        if (shared) return dir;
        return group.size() == 1 ? first : first + " and " + (group.size() - 1) + " more";
    }
}
