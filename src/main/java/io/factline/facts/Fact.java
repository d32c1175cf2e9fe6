package io.factline.facts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * One computed figure, citable as {@code [id]}. {@code value} is full precision; {@code display} the
 * default rounding for readers (see {@link Display}). {@code formula} and {@code inputs} let an editor
 * recompute it by hand. Sheets written by other tools may leave display, formula and inputs out.
 */
@JsonPropertyOrder({"id", "subject", "metric", "window", "against", "value", "unit", "display", "label",
        "sources", "formula", "inputs"})
public record Fact(String id, String subject, Metric metric, Window window, String against, FactValue value,
                   Unit unit, String display, String label, List<String> sources, String formula,
                   Map<String, Object> inputs) {

    public Fact {
        sources = sources == null ? List.of() : List.copyOf(sources);
        inputs = inputs == null ? Map.of() : inputs;
    }

    @JsonIgnore
    public boolean isLabel() {
        return value instanceof FactValue.Label;
    }

    /** @throws IllegalStateException for a label fact */
    @JsonIgnore
    public double number() {
        if (value instanceof FactValue.Num n) return n.value();
        throw new IllegalStateException(id + " is a label, not a number");
    }

    /** @return the label word, or null for a number fact */
    @JsonIgnore
    public String labelText() {
        return value instanceof FactValue.Label l ? l.text() : null;
    }

    /** The display if the sheet carries one, else the default rounding of the value. */
    @JsonIgnore
    public String shown() {
        return display != null ? display : Display.of(metric, unit, value);
    }
}
