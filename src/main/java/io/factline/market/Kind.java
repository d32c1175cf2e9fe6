package io.factline.market;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an instrument is; written lower-case in {@code instruments.csv} and in JSON. */
public enum Kind {
    INDEX, ETF, STOCK,
    /** The close is a yield in percent (issue 15; ^TNX). */
    RATE;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    /** @return the kind, or null when {@code text} names none */
    public static Kind parse(String text) {
        for (Kind k : values()) {
            if (k.wire().equals(text)) return k;
        }
        return null;
    }
}
