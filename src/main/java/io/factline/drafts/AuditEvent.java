package io.factline.drafts;

import java.time.Instant;

/**
 * One change to a draft, as the audit trail keeps it: who, when, what, from which state to which,
 * for which version, and why. {@code action} is "create", "edit" or an {@link Action}'s wire name;
 * {@code from} is null for "create". {@code overrideReason} is set only when an editor approved a
 * version that failed validation.
 */
public record AuditEvent(Instant at, String actor, String action, DraftState from, DraftState to, int version,
                         String note, String overrideReason) {
}
