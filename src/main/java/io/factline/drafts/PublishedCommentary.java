package io.factline.drafts;

import io.factline.facts.FactSheet;
import java.util.Optional;

/** A published draft as readers see it: the published version, the sheet behind it, any override. */
public record PublishedCommentary(DraftRecord draft, DraftVersion version, FactSheet sheet, Optional<AuditEvent> override) {
}
