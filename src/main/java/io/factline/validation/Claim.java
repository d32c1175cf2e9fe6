package io.factline.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.factline.facts.Unit;
import java.util.List;

/**
 * One claim of a text and what the sheet says about it. {@code start}/{@code end} are String indices of
 * the claim (number with its sign, scale and unit words: "78.75 million shares"); {@code value} is the
 * written number after scaling with its written sign (from a sign character, or for returns from the
 * governing direction word), null for a label word; {@code factIds} the facts it was checked against
 * (two for a derived gap or ratio, the matching one for an uncited number).
 */
@JsonPropertyOrder({"start", "end", "text", "value", "unit", "factIds", "status", "message"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Claim(int start, int end, String text, Double value, Unit unit, List<String> factIds,
                    ClaimStatus status, String message) {

    public Claim {
        factIds = factIds == null ? List.of() : List.copyOf(factIds);
    }
}
