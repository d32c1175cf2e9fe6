package io.factline.narrative;

import io.factline.facts.FactSheet;
import io.factline.narrative.llm.ModelFailure;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a commentary and guarantees it is validated: every draft goes through the validator; a
 * rejected LLM draft is sent back, its failing sentences marked with their findings ({@link Review}),
 * up to {@code maxRepairs} times; if it still
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
        Review rejected = null;
        for (int i = 0; i < tries; i++) {
            int n = attempts.size() + 1;
            Draft draft;
            try {
                draft = rejected == null ? writer.draft(sheet) : writer.redraft(sheet, rejected);
            } catch (ModelFailure e) {
                attempts.add(Attempt.error(n, writer.name(), e.getMessage()));
                return Optional.empty();   // a transport failure already had its retries
            }
            String narrative = Narrative.of(draft);
            ValidationReport report = validator.validate(sheet, narrative, true);   // every figure must be cited
            Review review = Review.of(draft, report);
            if (review.passed()) {
                attempts.add(Attempt.passed(n, writer.name()));
                var cited = Footnotes.cited(narrative, sheet);
                return Optional.of(new Commentary(sheet.asOf(), narrative, cited, Footnotes.sources(cited, sheet),
                        DataNotes.of(sheet), Commentary.DISCLAIMER, report, writer.name(), attempts));
            }
            attempts.add(Attempt.rejected(n, writer.name(), review.findings()));
            rejected = review;
        }
        return Optional.empty();
    }

    /** Neither the preferred writer nor the template produced text that passes validation. */
    public static final class NoValidCommentary extends RuntimeException {
        public NoValidCommentary(String message) {
            super(message, null, false, false);
        }
    }
}
