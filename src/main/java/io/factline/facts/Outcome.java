package io.factline.facts;

import java.util.Map;

/** What one metric computation gave: a value with its formula and inputs, or why there is none. */
public sealed interface Outcome permits Outcome.Computed, Outcome.Missing {

    record Computed(FactValue value, String formula, Map<String, Object> inputs) implements Outcome {
    }

    record Missing(String reason) implements Outcome {
    }

    static Outcome computed(double value, String formula, Map<String, Object> inputs) {
        return new Computed(FactValue.of(value), formula, inputs);
    }

    static Outcome missing(String reason) {
        return new Missing(reason);
    }

    static Outcome label(String word, String formula, Map<String, Object> inputs) {
        return new Computed(FactValue.of(word), formula, inputs);
    }

    /** The number of a computed outcome. */
    static double number(Outcome o) {
        return ((FactValue.Num) ((Computed) o).value()).value();
    }
}
