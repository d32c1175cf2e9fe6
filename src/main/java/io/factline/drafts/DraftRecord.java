package io.factline.drafts;

import io.factline.narrative.Attempt;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft's metadata as stored: everything but its versions' text, its fact sheet and its history.
 *
 * @param writer           the writer whose draft passed the desk ("template" or "llm:MODEL")
 * @param attempts         the desk's tries, including rejected drafts' findings
 * @param publishedVersion the version readers see, once published (also while a correction is in the works); null before
 * @param supersededBy     the draft published later for the same date, which readers now see instead; null while live
 */
public record DraftRecord(long id, LocalDate asOf, DraftState state, int currentVersion, String writer,
                          List<Attempt> attempts, List<String> dataNotes, String disclaimer, String createdBy,
                          Instant createdAt, Instant updatedAt, Integer publishedVersion, Instant publishedAt,
                          Long supersededBy) {

    public DraftRecord {
        attempts = List.copyOf(attempts);
        dataNotes = List.copyOf(dataNotes);
    }

    /** Published once, and not superseded: readers see it at /commentary/{date}. */
    public boolean live() {
        return publishedVersion != null && supersededBy == null;
    }
}
