package io.factline.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The unit a fact's value is in. {@code PERCENT} values are already multiplied by 100 (2.16 means
 * 2.16%); {@code PP} is a difference of two percents; {@code X} a ratio; {@code SHARES} a count of
 * shares; {@code PRICE} a quote in the instrument's currency or index points; {@code NUMBER} a
 * dimensionless statistic (beta, MACD, P/E, RSI); {@code LABEL} a word; {@code COUNT} a whole number of
 * things (stocks that rose); {@code POINTS} a change of an index level in index points; {@code BP} a
 * change of a yield in basis points (hundredths of a percentage point).
 */
public enum Unit {
    PRICE, PERCENT, PP, X, SHARES, NUMBER, LABEL, COUNT, POINTS, BP;

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
