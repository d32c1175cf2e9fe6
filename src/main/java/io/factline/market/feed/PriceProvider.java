package io.factline.market.feed;

import java.time.LocalDate;

/**
 * A source of daily bars over the network. Implementations map one provider's wire format to
 * {@link Bar}s and every failure to a {@link ProviderError}; they never return part of an answer they
 * could not fully read.
 */
public interface PriceProvider {

    /** The provider's short name as users type it and facts cite it: "alphavantage", "tiingo", "yahoo". */
    String name();

    /**
     * The daily bars of {@code symbol} dated {@code from} to {@code to}, both inclusive, sorted by date.
     * An empty list means the provider answered and had no bar in the range (a weekend, say).
     *
     * @throws ProviderError for anything else: the provider refused, failed, or answered unreadably
     */
    Fetch fetch(String symbol, LocalDate from, LocalDate to);
}
