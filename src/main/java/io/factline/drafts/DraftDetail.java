package io.factline.drafts;

import io.factline.facts.EditorFact;
import io.factline.facts.FactSheet;
import java.util.List;
import java.util.Optional;

/**
 * Everything the draft page and {@code GET /api/drafts/{id}} show: the draft, one version of its text
 * (the current one unless another was asked for), the sheet it is checked against (with the editor-sourced
 * facts appended, so they are footnoted like the sheet's), those facts, and its history.
 */
public record DraftDetail(DraftRecord draft, DraftVersion version, FactSheet sheet, List<EditorFact> editorFacts,
                          List<VersionInfo> versions, List<AuditEvent> events) {

    public DraftDetail {
        editorFacts = List.copyOf(editorFacts);
        versions = List.copyOf(versions);
        events = List.copyOf(events);
    }

    public boolean isCurrent() {
        return version.number() == draft.currentVersion();
    }

    /** An approval of this draft that overrode a failing validation before issue 17 removed overrides, if there was one. */
    public Optional<AuditEvent> override() {
        return events.stream().filter(e -> e.overrideReason() != null).reduce((first, second) -> second);
    }

    /**
     * The note pinned at the top of a draft sent back: the request_changes or reopen that moved it to draft,
     * while it is still a draft.
     */
    public Optional<AuditEvent> pinnedNote() {
        return pinned(draft, events);
    }

    static Optional<AuditEvent> pinned(DraftRecord draft, List<AuditEvent> events) {
        if (draft.state() != DraftState.DRAFT) return Optional.empty();
        for (int i = events.size() - 1; i >= 0; i--) {
            AuditEvent e = events.get(i);
            if (e.from() == null || e.from() == e.to()) continue;   // create, edits, facts: no change of state
            boolean sentBack = e.action().equals(Action.REQUEST_CHANGES.wire()) || e.action().equals(Action.REOPEN.wire());
            return sentBack ? Optional.of(e) : Optional.empty();
        }
        return Optional.empty();
    }
}
