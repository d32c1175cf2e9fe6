package io.factline.drafts;

import io.factline.validation.Verdict;
import java.time.Instant;

/** A version in a draft's history, without its text. */
public record VersionInfo(int number, String author, Instant createdAt, Verdict verdict) {
}
