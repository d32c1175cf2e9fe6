package io.factline.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The validator's answer for one text: the verdict, every claim in text order, and the problems. */
@JsonPropertyOrder({"verdict", "claims", "problems"})
public record ValidationReport(Verdict verdict, List<Claim> claims, List<Problem> problems) {

    public ValidationReport {
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
    }

    @JsonIgnore
    public boolean passed() {
        return verdict == Verdict.PASS;
    }
}
