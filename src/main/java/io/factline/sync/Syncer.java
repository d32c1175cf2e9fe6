package io.factline.sync;

import io.factline.market.feed.Fetch;
import io.factline.market.feed.PriceProvider;
import io.factline.market.feed.ProviderError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings stored bars up to date: for each symbol fetches only what is missing — days before the first
 * stored day, and from the last stored day on — plus the last {@code refreshDays} calendar days
 * already stored, so a provider's corrections arrive as new revisions. A failed symbol is reported
 * with its error; nothing is dropped silently.
 */
public final class Syncer {

    private final BarStore store;

    public Syncer(BarStore store) {
        this.store = store;
    }

    /** What happened to one symbol. {@code error} is null on success. */
    public record Outcome(String symbol, List<String> ranges, BarStore.Saved saved, ProviderError error) {
        public boolean failed() {
            return error != null;
        }
    }

    /** Told as each symbol is settled, e.g. to advance a progress bar. */
    @FunctionalInterface
    public interface Listener {
        void settled(Outcome outcome);
    }

    public Map<String, Outcome> sync(PriceProvider provider, List<String> symbols, LocalDate from, LocalDate to,
                                     int refreshDays, Listener listener) {
        Map<String, Outcome> out = new LinkedHashMap<>();
        for (String symbol : symbols) {
            Outcome o = syncOne(provider, symbol, from, to, refreshDays);
            out.put(symbol, o);
            listener.settled(o);
        }
        return out;
    }

    private Outcome syncOne(PriceProvider provider, String symbol, LocalDate from, LocalDate to, int refreshDays) {
        List<LocalDate[]> ranges = missing(store.span(symbol, provider.name()).orElse(null), from, to, refreshDays);
        int added = 0, revised = 0, unchanged = 0;
        List<String> described = new ArrayList<>();
        for (LocalDate[] r : ranges) {
            described.add(r[0] + " to " + r[1]);
            try {
                Fetch fetch = provider.fetch(symbol, r[0], r[1]);
                BarStore.Saved s = store.save(fetch);
                added += s.added();
                revised += s.revised();
                unchanged += s.unchanged();
            } catch (ProviderError e) {
                return new Outcome(symbol, described, new BarStore.Saved(added, revised, unchanged), e);
            }
        }
        return new Outcome(symbol, described, new BarStore.Saved(added, revised, unchanged), null);
    }

    /** The date ranges to fetch, given what is stored ({@code span} = first and last stored day, or null). */
    static List<LocalDate[]> missing(LocalDate[] span, LocalDate from, LocalDate to, int refreshDays) {
        List<LocalDate[]> ranges = new ArrayList<>();
        if (span == null) {
            ranges.add(new LocalDate[] {from, to});
            return ranges;
        }
        if (from.isBefore(span[0])) ranges.add(new LocalDate[] {from, min(span[0].minusDays(1), to)});
        LocalDate tailFrom = max(from, refreshDays == 0 ? span[1].plusDays(1) : span[1].minusDays(refreshDays));
        if (!tailFrom.isAfter(to)) ranges.add(new LocalDate[] {tailFrom, to});
        return ranges;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
