package io.factline.drafts;

import io.factline.validation.Verdict;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the drafts list: the current version's verdict and the last change (when and by whom). */
public record DraftSummary(long id, LocalDate asOf, String writer, DraftState state, int version, Verdict verdict,
                           Instant updatedAt, String updatedBy) {
}
