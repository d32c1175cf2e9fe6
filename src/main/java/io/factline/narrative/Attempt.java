package io.factline.narrative;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Locale;

/**
 * One try at a commentary: which writer, whether its draft passed validation, and if not why —
 * the validator's findings, or the error that stopped the writer. Rejected text itself is not kept
 * here: only what was wrong with it.
 *
 * @param result how the try ended, written in JSON as {@code "outcome"}
 */
public record Attempt(int number, String writer, @JsonProperty("outcome") Outcome result, List<Finding> findings,
                      String error) {

    /** "passed", "rejected" (failed validation) or "error" (the writer produced nothing usable). */
    public enum Outcome {
        PASSED, REJECTED, ERROR;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Outcome of(String wire) {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        }

        @Override
        public String toString() {
            return wire();
        }
    }

    public Attempt {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** The outcome's wire name. */
    public String outcome() {
        return result.wire();
    }

    public static Attempt passed(int n, String writer) {
        return new Attempt(n, writer, Outcome.PASSED, List.of(), null);
    }

    public static Attempt rejected(int n, String writer, List<Finding> findings) {
        return new Attempt(n, writer, Outcome.REJECTED, findings, null);
    }

    public static Attempt error(int n, String writer, String error) {
        return new Attempt(n, writer, Outcome.ERROR, List.of(), error);
    }
}
