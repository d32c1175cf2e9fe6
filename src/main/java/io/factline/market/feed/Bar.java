package io.factline.market.feed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One daily bar as a provider gave it. A null field means the provider gave none (Alpha Vantage's free
 * daily series has no adjusted close; Yahoo leaves holes). {@code close} is the provider's close as
 * traded on {@code date}; {@code adjClose} is its split- and dividend-adjusted close; volume is in
 * shares, as traded (never adjusted).
 */
public record Bar(LocalDate date, Double open, Double high, Double low, double close, Double adjClose,
                  Double volume) {

    public Bar {
        Objects.requireNonNull(date, "date");
    }
}
