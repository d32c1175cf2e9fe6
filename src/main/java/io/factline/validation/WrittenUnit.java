package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Unit;

/**
 * The unit a number is written in, and which fact units it may stand for: "%"/"percent" a percent,
 * "pp"/"percentage points" (and "bps", a hundredth of one) a pp difference, "x"/"times" a ratio or a
 * P/E, a scaled count or "shares" shares, "$"/"dollars" a price, "points" a price (index level), an index's
 * point change or a pp difference, "basis points"/"bp" also a yield's change in bp, a bare number a price, a
 * plain number or a count (a count needs no decimals: "68 stocks").
 */
enum WrittenUnit {
    PERCENT, PP, BPS, X, SHARES, CURRENCY, POINTS, BARE, LABEL;

    boolean fits(Fact f) {
        Unit u = f.unit();
        return switch (this) {
            case PERCENT -> u == Unit.PERCENT;
            case PP -> u == Unit.PP;
            case BPS -> u == Unit.PP || u == Unit.BP;
            case X -> u == Unit.X || f.metric() == Metric.PE_RATIO;
            case SHARES -> u == Unit.SHARES;
            case CURRENCY -> u == Unit.PRICE;
            case POINTS -> u == Unit.PRICE || u == Unit.PP || u == Unit.POINTS;
            case BARE -> u == Unit.PRICE || u == Unit.NUMBER || u == Unit.COUNT;
            case LABEL -> u == Unit.LABEL;
        };
    }

    /** The unit the report shows for a claim written this way and checked against {@code f} (may be null). */
    Unit reported(Fact f) {
        return switch (this) {
            case PERCENT -> Unit.PERCENT;
            case PP -> Unit.PP;
            case BPS -> f != null && f.unit() == Unit.BP ? Unit.BP : Unit.PP;
            case X -> Unit.X;
            case SHARES -> Unit.SHARES;
            case CURRENCY -> Unit.PRICE;
            case POINTS -> f != null && (f.unit() == Unit.PP || f.unit() == Unit.POINTS) ? f.unit() : Unit.PRICE;
            case BARE -> f != null && (f.unit() == Unit.PRICE || f.unit() == Unit.COUNT) ? f.unit() : Unit.NUMBER;
            case LABEL -> Unit.LABEL;
        };
    }

    /** How an editor would call it: "says 1.26% (a percent), ...". */
    String describe() {
        return switch (this) {
            case PERCENT -> "a percent";
            case PP -> "percentage points";
            case BPS -> "basis points";
            case X -> "a multiple";
            case SHARES -> "a share count";
            case CURRENCY -> "a dollar amount";
            case POINTS -> "points";
            case BARE -> "a plain number";
            case LABEL -> "a label";
        };
    }
}
