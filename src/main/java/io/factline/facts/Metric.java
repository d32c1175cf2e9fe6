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
    PE_RATIO(Unit.NUMBER),
    RSI(Unit.NUMBER),
    RSI_ZONE(Unit.LABEL),
    SMA(Unit.PRICE),
    PCT_VS_SMA200(Unit.PERCENT),
    HIGH_52W(Unit.PRICE),
    LOW_52W(Unit.PRICE),
    PCT_FROM_HIGH_52W(Unit.PERCENT),
    PCT_FROM_LOW_52W(Unit.PERCENT),
    NEW_HIGH_52W(Unit.LABEL),
    NEW_LOW_52W(Unit.LABEL),
    POINTS_CHANGE(Unit.POINTS),
    CHANGE_BP(Unit.BP),
    MEMBERS(Unit.COUNT),
    AVERAGE_RETURN(Unit.PERCENT),
    ADVANCERS(Unit.COUNT),
    DECLINERS(Unit.COUNT),
    UNCHANGED(Unit.COUNT),
    PCT_ABOVE_SMA50(Unit.PERCENT),
    NEW_HIGHS_52W(Unit.COUNT),
    NEW_LOWS_52W(Unit.COUNT);

    private final Unit unit;

    Metric(Unit unit) {
        this.unit = unit;
    }

    /** The metric's unit; for a rate (a yield) prices are percents, see {@link #unitFor(boolean)}. */
    public Unit unit() {
        return unit;
    }

    /** @param rate whether the subject is a yield: its close and 52-week high and low are in percent */
    public Unit unitFor(boolean rate) {
        return rate && unit == Unit.PRICE ? Unit.PERCENT : unit;
    }

    /** Whether the figure is a change, shown with its sign ("+2.16%", "-0.38 pp", "+13.65 points"). */
    public boolean isSigned() {
        return switch (this) {
            case RETURN, RELATIVE_RETURN, PCT_VS_SMA200, PCT_FROM_HIGH_52W, PCT_FROM_LOW_52W, POINTS_CHANGE,
                 CHANGE_BP, AVERAGE_RETURN -> true;
            default -> false;
        };
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
