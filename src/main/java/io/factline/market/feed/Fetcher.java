package io.factline.market.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Fetches a list of symbols from one provider, one after the other, and reports each symbol as fetched
 * or failed — never dropped. Once the provider says the key is refused (AUTH) or the quota is used up
 * (QUOTA), every later symbol would fail the same way, so they are not called: each is reported failed
 * with that error, noting it was not tried.
 */
public final class Fetcher {

    /** Told about each symbol as soon as it is settled, in order; e.g. to print progress. */
    @FunctionalInterface
    public interface Listener {
        /** @param fetched the fetch, or null when {@code failed} is not */
        void settled(String symbol, Fetch fetched, ProviderError failed);
    }

    private final PriceProvider provider;

    public Fetcher(PriceProvider provider) {
        this.provider = provider;
    }

    public FetchResult fetch(List<String> symbols, LocalDate from, LocalDate to) {
        return fetch(symbols, from, to, (symbol, fetched, failed) -> { });
    }

    /** Symbols asked twice are fetched once. */
    public FetchResult fetch(List<String> symbols, LocalDate from, LocalDate to, Listener listener) {
        List<Fetch> fetched = new ArrayList<>();
        Map<String, ProviderError> failed = new LinkedHashMap<>();
        ProviderError stopper = null;
        for (String symbol : new LinkedHashSet<>(symbols)) {
            if (stopper != null) {
                ProviderError skipped = new ProviderError(stopper.kind(), provider.name(), symbol,
                        "not tried: " + stopper.symbol() + " was refused with " + stopper.detail());
                failed.put(symbol, skipped);
                listener.settled(symbol, null, skipped);
                continue;
            }
            try {
                Fetch f = provider.fetch(symbol, from, to);
                fetched.add(f);
                listener.settled(symbol, f, null);
            } catch (ProviderError e) {
                failed.put(symbol, e);
                listener.settled(symbol, null, e);
                if (e.kind() == ProviderError.Kind.AUTH || e.kind() == ProviderError.Kind.QUOTA) stopper = e;
            }
        }
        return new FetchResult(fetched, failed);
    }
}
