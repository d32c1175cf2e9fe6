package io.factline.users;

import java.time.Instant;

/** A person who can sign in. Disabled users can neither sign in nor use their sessions or tokens. */
public record User(String username, Role role, boolean enabled, Instant createdAt) {
}
