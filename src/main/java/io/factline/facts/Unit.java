package io.factline.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The unit a fact's value is in. {@code PERCENT} values are already multiplied by 100 (2.16 means
 * 2.16%); {@code PP} is a difference of two percents; {@code X} a ratio; {@code SHARES} a count of
 * shares; {@code PRICE} a quote in the instrument's currency or index points; {@code NUMBER} a
 * dimensionless statistic (beta, MACD, P/E); {@code LABEL} a word.
 */
public enum Unit {
    PRICE, PERCENT, PP, X, SHARES, NUMBER, LABEL;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Unit parse(String text) {
        for (Unit u : values()) {
            if (u.wire().equals(text)) return u;
        }
        throw new IllegalArgumentException("unknown unit '" + text + "'");
    }
}
