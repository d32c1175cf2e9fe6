package io.factline.market.feed;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What fetching several symbols from one provider gave: the fetches that succeeded, in the order asked,
 * and every symbol that failed with its error, in the order asked. Each symbol asked for is in exactly
 * one of the two.
 */
public record FetchResult(List<Fetch> fetched, Map<String, ProviderError> failed) {

    public FetchResult {
        fetched = List.copyOf(fetched);
        failed = Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }

    public boolean allSucceeded() {
        return failed.isEmpty();
    }
}
