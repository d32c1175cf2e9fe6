package io.factline.narrative;

import java.util.List;

/**
 * One try at a commentary: which writer, whether its draft passed validation, and if not why —
 * the validator's findings, or the error that stopped the writer. Rejected text itself is not kept
 * here: only what was wrong with it.
 *
 * @param outcome "passed", "rejected" (failed validation) or "error" (the writer produced nothing usable)
 */
public record Attempt(int number, String writer, String outcome, List<Finding> findings, String error) {

    public Attempt {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public static Attempt passed(int n, String writer) {
        return new Attempt(n, writer, "passed", List.of(), null);
    }

    public static Attempt rejected(int n, String writer, List<Finding> findings) {
        return new Attempt(n, writer, "rejected", findings, null);
    }

    public static Attempt error(int n, String writer, String error) {
        return new Attempt(n, writer, "error", List.of(), error);
    }
}
