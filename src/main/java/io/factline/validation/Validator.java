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
        Scanner scanner = new Scanner(text);
        Tokens tokens = scanner.scan();
        int n = tokens.size();
        boolean[] inName = new boolean[n];
        boolean[] inWindow = new boolean[n];
        List<Mention> mentions = sheet.names().find(tokens, inName);
        List<WindowPhrase> windows = WindowPhrases.find(tokens, inName, inWindow, text);
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; i++) covered[i] = inName[i] || inWindow[i];
        TextLayout layout = TextLayout.of(tokens);
        List<Written> written = new ClaimFinder(tokens, covered, text, sheet).find();
        Reaches reaches = new Reaches(tokens, layout, inWindow, written);

        CitationBinder binder = new CitationBinder(tokens, layout, sheet, text);
        ContextReader contexts = new ContextReader(tokens, layout, reaches, mentions, windows, inWindow, sheet.indexSymbols(), sheet.sectorSymbols());
        TextCheck check = new TextCheck(tokens, text, layout, reaches, mentions, binder, contexts, new ClaimVerifier(sheet), written.size());
        for (int i = 0; i < written.size(); i++) check.check(written.get(i));
        return check.report(requireCitations, Weekdays.wrong(windows, tokens, sheet.sheet().asOf()));
    }
}
