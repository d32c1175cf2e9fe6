package io.factline.facts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a fact's {@code inputs} in the order they were given, so sheets read the same every run. */
final class Inputs {
    private final Map<String, Object> map = new LinkedHashMap<>();

    static Inputs of(String key, Object value) {
        return new Inputs().and(key, value);
    }

    Inputs and(String key, Object value) {
        map.put(key, value instanceof java.time.LocalDate d ? d.toString() : value);
        return this;
    }

    Map<String, Object> map() {
        return map;
    }
}
