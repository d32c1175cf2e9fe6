package io.factline.drafts;

/**
 * An editor's request to move a draft on.
 *
 * @param version the version the editor saw; when given and no longer current the request is refused
 *                as stale, so nobody approves text they have not read. Null skips the check.
 * @param note    free text for the audit trail; required to reject, to request changes and to reopen
 *                (a correction's note is shown to readers)
 */
public record TransitionRequest(Action action, Integer version, String note) {
}
