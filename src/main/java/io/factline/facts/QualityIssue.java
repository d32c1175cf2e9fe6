package io.factline.facts;

import java.time.LocalDate;

/**
 * A data problem that matters for the figures of a sheet, said plainly. {@code check} names the rule
 * ("stale_series", "missing_sessions", "missing_volume", "zero_volume", "suspected_split",
 * "etf_index_divergence", "spliced_prices"); {@code from}/{@code to} bound the affected dates.
 */
public record QualityIssue(String check, String subject, LocalDate from, LocalDate to, String message) {
}
