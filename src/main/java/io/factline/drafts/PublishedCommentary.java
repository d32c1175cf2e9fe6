package io.factline.drafts;

import io.factline.facts.FactSheet;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A published draft as readers see it: the published version, the sheet behind it (with the editor-sourced
 * facts appended), the correction it carries, if any, and the draft that superseded it, if any.
 *
 * @param correction the reopen whose note readers see as "Corrected on {@code correctedAt}: note", when the
 *                   published version is a correction
 */
public record PublishedCommentary(DraftRecord draft, DraftVersion version, FactSheet sheet, Optional<Correction> correction,
                                  Optional<DraftRecord> supersededBy, List<AuditEvent> events) {

    /** A correction as readers see it. */
    public record Correction(Instant correctedAt, String note, String by) {
    }

    /** The latest publish that followed a reopen: the note of that reopen, dated by the publish. */
    static Optional<Correction> correction(List<AuditEvent> events) {
        AuditEvent reopen = null;
        Correction found = null;
        for (AuditEvent e : events) {
            if (e.action().equals(Action.REOPEN.wire())) reopen = e;
            if (e.action().equals(Action.PUBLISH.wire()) && reopen != null) found = new Correction(e.at(), reopen.note(), reopen.actor());
        }
        return Optional.ofNullable(found);
    }
}
