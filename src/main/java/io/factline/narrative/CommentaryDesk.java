package io.factline.narrative;

import io.factline.facts.FactSheet;
import io.factline.narrative.llm.ModelFailure;
import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import io.factline.validation.Problem;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a commentary and guarantees it is validated: every draft goes through the validator; a
 * rejected LLM draft is sent back with the findings, up to {@code maxRepairs} times; if it still
 * fails (or the model fails), the template writer's commentary is used. Text that failed validation
 * is never returned — if even the template fails, this throws {@link NoValidCommentary}.
 */
public final class CommentaryDesk {

    private final Validator validator;
    private final TemplateWriter template;
    private final int maxRepairs;

    public CommentaryDesk(Validator validator, TemplateWriter template, int maxRepairs) {
        this.validator = validator;
        this.template = template;
        this.maxRepairs = maxRepairs;
    }

    /** @param writer the preferred writer; the template writer when no model is configured */
    public Commentary write(FactSheet sheet, Writer writer) {
        List<Attempt> attempts = new ArrayList<>();
        if (writer != template) {
            Optional<Commentary> drafted = tryWriter(sheet, writer, attempts, 1 + maxRepairs);
            if (drafted.isPresent()) return drafted.get();
        }
        return tryWriter(sheet, template, attempts, 1)
                .orElseThrow(() -> new NoValidCommentary(sheet.asOf() + ": no draft passed validation; attempts: " + attempts));
    }

    private Optional<Commentary> tryWriter(FactSheet sheet, Writer writer, List<Attempt> attempts, int tries) {
        List<Finding> findings = List.of();
        for (int i = 0; i < tries; i++) {
            int n = attempts.size() + 1;
            Draft draft;
            try {
                draft = writer.draft(sheet, findings);
            } catch (ModelFailure e) {
                attempts.add(Attempt.error(n, writer.name(), e.getMessage()));
                return Optional.empty();   // a transport failure already had its retries
            }
            String narrative = Narrative.of(draft);
            ValidationReport report = validator.validate(sheet, narrative, true);   // every figure must be cited
            findings = findings(report, draft);
            if (findings.isEmpty()) {
                attempts.add(Attempt.passed(n, writer.name()));
                var cited = Footnotes.cited(narrative, sheet);
                return Optional.of(new Commentary(sheet.asOf(), narrative, cited, Footnotes.sources(cited, sheet),
                        DataNotes.of(sheet), Commentary.DISCLAIMER, report, writer.name(), attempts));
            }
            attempts.add(Attempt.rejected(n, writer.name(), findings));
        }
        return Optional.empty();
    }

    /** What the validator rejected, plus risk/opportunity bullets that cite no fact at all. */
    static List<Finding> findings(ValidationReport report, Draft draft) {
        List<Finding> out = new ArrayList<>();
        for (Claim c : report.claims()) {
            if (c.status() != ClaimStatus.SUPPORTED) out.add(new Finding(c.text(), c.message()));
        }
        for (Problem p : report.problems()) out.add(new Finding(p.kind(), p.message()));
        if (!report.passed() && out.isEmpty()) out.add(new Finding("draft", "the validator rejected the draft"));
        ungrounded("risk", draft.risks(), out);
        ungrounded("opportunity", draft.opportunities(), out);
        return out;
    }

    private static void ungrounded(String kind, List<String> bullets, List<Finding> out) {
        for (int i = 0; i < bullets.size(); i++) {
            if (!bullets.get(i).matches("(?s).*\\[F\\d+.*")) {
                out.add(new Finding(bullets.get(i), kind + " bullet " + (i + 1) + " cites no fact"));
            }
        }
    }

    /** Neither the preferred writer nor the template produced text that passes validation. */
    public static final class NoValidCommentary extends RuntimeException {
        public NoValidCommentary(String message) {
            super(message, null, false, false);
        }
    }
}
