package io.factline.drafts;

import io.factline.facts.FactSheet;
import java.util.List;
import java.util.Optional;

/**
 * Everything the draft page and {@code GET /api/drafts/{id}} show: the draft, one version of its text
 * (the current one unless another was asked for), the sheet it is checked against, and its history.
 */
public record DraftDetail(DraftRecord draft, DraftVersion version, FactSheet sheet, List<VersionInfo> versions,
                          List<AuditEvent> events) {

    public boolean isCurrent() {
        return version.number() == draft.currentVersion();
    }

    /** The approval of this draft that overrode a failing validation, if there was one. */
    public Optional<AuditEvent> override() {
        return events.stream().filter(e -> e.overrideReason() != null).reduce((first, second) -> second);
    }
}
