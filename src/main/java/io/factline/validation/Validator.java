package io.factline.validation;

import io.factline.facts.FactSheet;
import java.util.List;

/**
 * Reads every number of a text and says whether a cited fact supports it (rules in docs/validation.md).
 * Stateless and thread-safe: all state of one validation lives in objects {@link #validate} makes.
 * Pipeline: scan tokens; find instrument names and window phrases (their digits are no claims); split
 * sentences and clauses; find claims; then {@link TextCheck} binds, reads and verifies each claim.
 */
public final class Validator {

    public Validator() {
    }

    /** Uncited numbers that match exactly one fact are a warning, not a failure. */
    public ValidationReport validate(FactSheet sheet, String text) {
        return validate(sheet, text, false);
    }

    /** @param requireCitations when true an uncited number fails the text even if one fact matches it */
    public ValidationReport validate(FactSheet sheet, String text, boolean requireCitations) {
        return validate(PreparedSheet.of(sheet), text, requireCitations);
    }

    /** For many texts against one sheet: prepare it once with {@link PreparedSheet#of}. */
    public ValidationReport validate(PreparedSheet sheet, String text, boolean requireCitations) {
        Text t = Text.read(sheet, text);
        List<Written> written = new ClaimFinder(t, sheet).find();
        Reaches reaches = new Reaches(t, written);
        CitationBinder binder = new CitationBinder(t, sheet);
        ContextReader contexts = new ContextReader(t, reaches, sheet);
        TextCheck check = new TextCheck(t, reaches, binder, contexts, new ClaimVerifier(sheet), written.size());
        for (Written w : written) check.check(w);
        return check.report(requireCitations, Weekdays.wrong(t.windows(), t.tokens(), sheet.sheet().asOf()));
    }
}
