package io.factline.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;

/** A fact's value: a number at full double precision, or a label word. In JSON a number or a string. */
public sealed interface FactValue permits FactValue.Num, FactValue.Label {

    record Num(double value) implements FactValue {
        public Num {
            if (!Double.isFinite(value)) throw new IllegalArgumentException("a fact value must be finite, got " + value);
        }

        @JsonValue
        public double json() {
            return value;
        }
    }

    record Label(String text) implements FactValue {
        @JsonValue
        public String json() {
            return text;
        }
    }

    static FactValue of(double v) {
        return new Num(v);
    }

    static FactValue of(String label) {
        return new Label(label);
    }

    @JsonCreator
    static FactValue fromJson(JsonNode node) {
        if (node.isNumber()) return new Num(node.doubleValue());
        if (node.isTextual()) return new Label(node.textValue());
        throw new IllegalArgumentException("a fact value must be a number or a string, got " + node.getNodeType());
    }
}
