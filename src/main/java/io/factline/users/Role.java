package io.factline.users;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * What a signed-in person may do. An editor creates, edits, approves, rejects and publishes drafts and
 * manages their own API tokens; an admin may do all of that and also manage users.
 */
public enum Role {
    EDITOR, ADMIN;

    /** Whether this role includes what {@code needed} may do. */
    public boolean includes(Role needed) {
        return this == ADMIN || needed == EDITOR;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) {
            if (r.wire().equals(text)) return Optional.of(r);
        }
        return Optional.empty();
    }
}
