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
 * @param publishedVersion the version readers see, once published; null before
 */
public record DraftRecord(long id, LocalDate asOf, DraftState state, int currentVersion, String writer,
                          List<Attempt> attempts, List<String> dataNotes, String disclaimer, String createdBy,
                          Instant createdAt, Instant updatedAt, Integer publishedVersion, Instant publishedAt) {

    public DraftRecord {
        attempts = List.copyOf(attempts);
        dataNotes = List.copyOf(dataNotes);
    }
}
