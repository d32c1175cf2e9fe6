package io.factline.drafts;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a draft stands: draft → in_review → approved → published, or rejected from any state before
 * published. Only a draft or a draft in review can be edited; rejected and published are final.
 */
public enum DraftState {
    DRAFT, IN_REVIEW, APPROVED, PUBLISHED, REJECTED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "in review" */
    public String words() {
        return wire().replace('_', ' ');
    }

    public boolean editable() {
        return this == DRAFT || this == IN_REVIEW;
    }

    public static Optional<DraftState> parse(String text) {
        for (DraftState s : values()) {
            if (s.wire().equals(text)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
