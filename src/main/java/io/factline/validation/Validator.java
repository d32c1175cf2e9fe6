package io.factline.validation;

import io.factline.facts.EditorFact;
import io.factline.facts.FactSheet;
import java.util.ArrayList;
import java.util.Comparator;
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

    /**
     * Like {@link #validate(FactSheet, String, boolean)} for a text that may also cite editor-sourced facts
     * ({@code [E1]}): the sentences citing them are checked by {@link EditorFactCheck}, the rest as usual.
     */
    public ValidationReport validate(FactSheet sheet, String text, boolean requireCitations, List<EditorFact> editorFacts) {
        if (!EditorFactCheck.applies(text)) return validate(sheet, text, requireCitations);
        EditorFactCheck.Result r = EditorFactCheck.check(text, editorFacts);
        ValidationReport rest = validate(sheet, r.masked(), requireCitations);
        List<Claim> claims = new ArrayList<>(rest.claims());
        claims.addAll(r.claims());
        claims.sort(Comparator.comparingInt(Claim::start));
        List<Problem> problems = new ArrayList<>(rest.problems());
        problems.addAll(r.problems());
        problems.sort(Comparator.comparingInt(Problem::start));
        boolean failed = !rest.passed() || !r.problems().isEmpty()
                || r.claims().stream().anyMatch(c -> c.status() != ClaimStatus.SUPPORTED);
        return new ValidationReport(failed ? Verdict.FAIL : Verdict.PASS, claims, problems);
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
