package io.factline.narrative;

import io.factline.facts.FactSheet;
import io.factline.narrative.llm.ModelFailure;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a commentary and guarantees it is validated: every draft goes through the validator; a
 * rejected LLM draft is sent back, its failing sentences marked with their findings ({@link Review}),
 * up to {@code maxRepairs} times; if it still fails (or the model fails), the template writer's
 * commentary is used. Should a sentence of the template's draft fail, it is left out ({@link Trim})
 * and the commentary says so in {@link Commentary#omitted()}. Text that failed validation is never
 * returned — if even the trimmed template draft fails, this throws {@link NoValidCommentary}.
 */
public final class CommentaryDesk {

    /** Cutting a sentence can orphan the next one ("Its volume…"); a few rounds settle that. */
    private static final int TRIM_ROUNDS = 3;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

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
                .orElseThrow(() -> NoValidCommentary.of(sheet.asOf(), attempts));
    }

    private Optional<Commentary> tryWriter(FactSheet sheet, Writer writer, List<Attempt> attempts, int tries) {
        Review rejected = null;
        Draft draft = null;
        for (int i = 0; i < tries; i++) {
            int n = attempts.size() + 1;
            try {
                draft = rejected == null ? writer.draft(sheet) : writer.redraft(sheet, rejected);
            } catch (ModelFailure e) {
                attempts.add(Attempt.error(n, writer.name(), e.getMessage()));
                return Optional.empty();   // a transport failure already had its retries
            }
            Checked checked = check(sheet, draft);
            if (checked.review().passed()) {
                attempts.add(Attempt.passed(n, writer.name()));
                return Optional.of(commentary(sheet, checked, writer, attempts, List.of()));
            }
            attempts.add(Attempt.rejected(n, writer.name(), checked.review().findings()));
            rejected = checked.review();
        }
        return writer == template ? trimmed(sheet, draft, rejected, attempts) : Optional.empty();
    }

    /** The template's draft without its failing sentences, if that passes. */
    private Optional<Commentary> trimmed(FactSheet sheet, Draft draft, Review review, List<Attempt> attempts) {
        List<Omission> omitted = new ArrayList<>();
        String plainHeadline = "Market commentary for " + sheet.asOf().format(LONG_DATE);
        for (int round = 0; round < TRIM_ROUNDS; round++) {
            Optional<Trim.Result> trim = Trim.of(draft, review, plainHeadline);
            if (trim.isEmpty()) return Optional.empty();
            omitted.addAll(trim.get().omitted());
            draft = trim.get().draft();
            Checked checked = check(sheet, draft);
            if (checked.review().passed()) {
                attempts.add(Attempt.passed(attempts.size() + 1, template.name()));
                return Optional.of(commentary(sheet, checked, template, attempts, omitted));
            }
            review = checked.review();
        }
        return Optional.empty();
    }

    private Checked check(FactSheet sheet, Draft draft) {
        String narrative = Narrative.of(draft);
        ValidationReport report = validator.validate(sheet, narrative, true);   // every figure must be cited
        return new Checked(narrative, report, Review.of(draft, report));
    }

    private static Commentary commentary(FactSheet sheet, Checked passed, Writer writer, List<Attempt> attempts,
                                         List<Omission> omitted) {
        var cited = Footnotes.cited(passed.narrative(), sheet);
        return new Commentary(sheet.asOf(), passed.narrative(), cited, Footnotes.sources(cited, sheet),
                DataNotes.of(sheet), Commentary.DISCLAIMER, passed.report(), writer.name(), attempts, omitted);
    }

    private record Checked(String narrative, ValidationReport report, Review review) {
    }

    /** Neither the preferred writer nor the template produced text that passes validation. */
    public static final class NoValidCommentary extends RuntimeException {
        public NoValidCommentary(String message) {
            super(message, null, false, false);
        }

        /** One line: the date, then each attempt's writer and outcome with its first finding or its error. */
        static NoValidCommentary of(LocalDate asOf, List<Attempt> attempts) {
            String tries = String.join("; ", attempts.stream().map(NoValidCommentary::brief).toList());
            return new NoValidCommentary((asOf + ": no commentary passed validation: " + tries).replaceAll("\\s+", " "));
        }

        private static String brief(Attempt a) {
            String head = a.writer() + " " + a.outcome();
            if (a.error() != null) return head + ": " + a.error();
            if (a.findings().isEmpty()) return head;
            Finding first = a.findings().get(0);
            int more = a.findings().size() - 1;
            return head + ": \"" + first.text() + "\": " + first.message() + (more > 0 ? " (and " + more + " more findings)" : "");
        }
    }
}
