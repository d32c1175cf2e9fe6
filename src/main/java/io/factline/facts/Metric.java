package io.factline.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The figures the metrics core computes; definitions in docs/metrics.md. */
public enum Metric {
    CLOSE(Unit.PRICE),
    RETURN(Unit.PERCENT),
    RELATIVE_RETURN(Unit.PP),
    VOLATILITY(Unit.PERCENT),
    VOLUME(Unit.SHARES),
    AVERAGE_VOLUME(Unit.SHARES),
    VOLUME_RATIO(Unit.X),
    BETA(Unit.NUMBER),
    MACD(Unit.NUMBER),
    MACD_SIGNAL(Unit.NUMBER),
    MACD_HISTOGRAM(Unit.NUMBER),
    MACD_TREND(Unit.LABEL),
    TREND(Unit.LABEL),
    PE_RATIO(Unit.NUMBER);

    private final Unit unit;

    Metric(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    /** Whether the metric compares the subject with another instrument, named in {@code against}. */
    public boolean hasAgainst() {
        return this == RELATIVE_RETURN || this == BETA;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    @JsonCreator
    public static Metric parse(String text) {
        for (Metric m : values()) {
            if (m.wire().equals(text)) return m;
        }
        throw new IllegalArgumentException("unknown metric '" + text + "'");
    }
}
