package io.factline.drafts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A change of state an editor asks for, and the one rule table of the review workflow: which states
 * each action starts from and where it leads. Editing is not an action: it adds a version and keeps
 * the state (allowed while {@link DraftState#editable()}).
 */
public enum Action {
    SUBMIT(DraftState.IN_REVIEW, EnumSet.of(DraftState.DRAFT)),
    APPROVE(DraftState.APPROVED, EnumSet.of(DraftState.IN_REVIEW)),
    /** Back to draft with a note pinned at the top (issue 17): the dead-end reject is for drafts that should never run. */
    REQUEST_CHANGES(DraftState.DRAFT, EnumSet.of(DraftState.IN_REVIEW, DraftState.APPROVED)),
    REJECT(DraftState.REJECTED, EnumSet.of(DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED)),
    PUBLISH(DraftState.PUBLISHED, EnumSet.of(DraftState.APPROVED)),
    /** A correction: a published draft back to draft, note required; readers keep the published text until the corrected one is published. */
    REOPEN(DraftState.DRAFT, EnumSet.of(DraftState.PUBLISHED));

    private final DraftState target;
    private final Set<DraftState> from;

    Action(DraftState target, Set<DraftState> from) {
        this.target = target;
        this.from = from;
    }

    /** @return the state this action leads to from {@code current}, or empty when it does not apply there */
    public Optional<DraftState> from(DraftState current) {
        return from.contains(current) ? Optional.of(target) : Optional.empty();
    }

    public DraftState target() {
        return target;
    }

    public Set<DraftState> sources() {
        return from;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the action needs a note saying why (shown to the writer, or to readers for a correction). */
    public boolean needsNote() {
        return this == REJECT || this == REQUEST_CHANGES || this == REOPEN;
    }

    /** "submit, approve, request_changes, …": every wire name, for messages. */
    public static String names() {
        return java.util.Arrays.stream(values()).map(Action::wire).collect(java.util.stream.Collectors.joining(", "));
    }

    public static Optional<Action> parse(String text) {
        for (Action a : values()) {
            if (a.wire().equals(text)) return Optional.of(a);
        }
        return Optional.empty();
    }
}
