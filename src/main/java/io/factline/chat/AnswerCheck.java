package io.factline.chat;

import io.factline.facts.FactSheet;
import io.factline.narrative.Finding;
import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import io.factline.validation.Problem;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.util.ArrayList;
import java.util.List;

/**
 * What an answer must pass before a reader sees it: the validator with citations required, against
 * exactly the facts gathered for it; no disclosure of configuration or instructions; and a length a chat
 * box can show ({@code maxChars}). The findings are what a repair prompt sends back.
 */
final class AnswerCheck {

    record Result(ValidationReport report, List<Finding> findings) {
        boolean passed() {
            return findings.isEmpty();
        }
    }

    private final Validator validator;
    private final Disclosure disclosure;
    private final int maxChars;

    AnswerCheck(Validator validator, Disclosure disclosure, int maxChars) {
        this.validator = validator;
        this.disclosure = disclosure;
        this.maxChars = maxChars;
    }

    Result check(String text, FactSheet gathered) {
        ValidationReport report = validator.validate(gathered, text, true);
        List<Finding> findings = new ArrayList<>();
        for (Claim c : report.claims()) {
            if (c.status() != ClaimStatus.SUPPORTED) findings.add(new Finding(c.text(), c.message()));
        }
        for (Problem p : report.problems()) findings.add(new Finding(p.kind().wire(), p.message()));
        if (!report.passed() && findings.isEmpty()) findings.add(new Finding("answer", "the validator rejected the answer"));
        if (text.isBlank()) findings.add(new Finding("answer", "the answer is empty"));
        if (text.length() > maxChars) {
            findings.add(new Finding("answer", "the answer is too long for the chat box; write two to five sentences"));
        }
        disclosure.problem(text).ifPresent(p -> findings.add(new Finding("answer", p)));
        return new Result(report, findings);
    }
}
