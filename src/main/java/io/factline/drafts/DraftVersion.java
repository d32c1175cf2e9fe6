package io.factline.drafts;

import io.factline.validation.ValidationReport;
import java.time.Instant;

/**
 * One immutable version of a draft's text and what the validator said about it then, against the
 * draft's fact sheet. {@code body} is markdown with [Fn] markers, line breaks normalised to "\n";
 * the report's offsets index into it.
 */
public record DraftVersion(long draftId, int number, String body, ValidationReport validation, String author,
                           Instant createdAt) {
}
