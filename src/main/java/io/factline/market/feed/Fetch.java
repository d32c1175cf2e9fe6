package io.factline.market.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one call to a provider returned: the bars of {@code symbol}, sorted by date with no date twice,
 * and when they were retrieved (the provider's clock when the answer arrived) — facts computed from
 * them cite both.
 */
public record Fetch(String provider, String symbol, Instant retrievedAt, List<Bar> bars) {

    public Fetch {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(retrievedAt, "retrievedAt");
        bars = List.copyOf(bars);
        for (int i = 1; i < bars.size(); i++) {
            LocalDate before = bars.get(i - 1).date(), at = bars.get(i).date();
            if (!before.isBefore(at)) {
                throw new IllegalArgumentException("bars must be sorted by date, each date once: " + before + " then " + at);
            }
        }
    }

    /** Whether there are bars and every one has an adjusted close: only then may prices be adjusted ones. */
    public boolean everyBarAdjusted() {
        return !bars.isEmpty() && bars.stream().allMatch(b -> b.adjClose() != null);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }

    public LocalDate first() {
        return bars.get(0).date();
    }

    public LocalDate last() {
        return bars.get(bars.size() - 1).date();
    }
}
