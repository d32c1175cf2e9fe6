package io.factline.narrative;

import java.util.List;

/**
 * A sentence (or bullet) of the template writer's draft that failed validation and was left out of
 * the commentary, so that the rest could be served.
 *
 * @param section  the draft field it was in ("summary", "risks", …)
 * @param sentence the sentence as drafted
 * @param findings why it failed, as the validator put it
 */
public record Omission(String section, String sentence, List<Finding> findings) {

    public Omission {
        findings = List.copyOf(findings);
    }

    /** One line for stderr: {@code left out of summary: "…" (finding; finding)}. */
    public String line() {
        return "left out of " + section + ": \"" + sentence + "\" ("
                + String.join("; ", findings.stream().map(f -> "\"" + f.text() + "\": " + f.message()).toList()) + ")";
    }
}
