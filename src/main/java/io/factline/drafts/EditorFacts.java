package io.factline.drafts;

import io.factline.facts.EditorFact;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

/** The rules an editor-sourced fact must meet before it is stored; each break names its field. */
final class EditorFacts {

    static final int MAX_SUBJECT = 32;
    static final int MAX_LABEL = 200;
    static final int MAX_TITLE = 300;
    static final int MAX_URL = 2000;

    private EditorFacts() {
    }

    /** @throws DraftProblem.InvalidInput naming the first field that cannot be used */
    static void check(EditorFact f, LocalDate draftDate) {
        text(f.subject(), "subject", MAX_SUBJECT);
        text(f.label(), "label", MAX_LABEL);
        if (f.label().chars().anyMatch(c -> c == '[' || c == ']')) {
            throw new DraftProblem.InvalidInput("label", "a label cannot contain [ or ] (they mark citations)");
        }
        if (f.asOf().isAfter(draftDate)) {
            throw new DraftProblem.InvalidInput("asOf", "asOf " + f.asOf() + " is after the draft's date " + draftDate
                    + "; a commentary cannot cite a figure from its future");
        }
        text(f.source().title(), "source.title", MAX_TITLE);
        if (f.source().url() == null && f.source().document() == null) {
            throw new DraftProblem.InvalidInput("source", "a source needs a url or a document besides its title");
        }
        if (f.source().url() != null) url(f.source().url());
        if (f.source().document() != null) text(f.source().document(), "source.document", MAX_TITLE);
    }

    private static void text(String value, String field, int max) {
        if (value == null || value.isBlank()) throw new DraftProblem.InvalidInput(field, field + " is required");
        if (value.length() > max) throw new DraftProblem.InvalidInput(field, field + " may be at most " + max + " characters");
        if (value.chars().anyMatch(c -> c == '\n' || c == '\r')) {
            throw new DraftProblem.InvalidInput(field, field + " must be one line");
        }
    }

    private static void url(String url) {
        text(url, "source.url", MAX_URL);
        try {
            URI u = new URI(url);
            if (u.getHost() != null && ("https".equals(u.getScheme()) || "http".equals(u.getScheme()))) return;
        } catch (URISyntaxException e) {
            // falls through to the message below
        }
        throw new DraftProblem.InvalidInput("source.url", "'" + url + "' is not an http or https URL");
    }
}
