package io.factline.market;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One row of {@code instruments.csv}. {@code benchmark} is never blank: an instrument listed with no
 * benchmark is its own. {@code sector} is null when the row leaves it blank. In a fact sheet read from
 * elsewhere {@code benchmark} may be absent (null).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Instrument(String symbol, String name, Kind kind, String sector, String benchmark) {

    public boolean isOwnBenchmark() {
        return benchmark == null || benchmark.equals(symbol);
    }
}
