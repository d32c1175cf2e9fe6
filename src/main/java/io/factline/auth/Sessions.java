package io.factline.auth;

import io.factline.users.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Signed-in sessions, kept in the database so several servers on one PostgreSQL share them. The
 * cookie carries a 256-bit random id; only its SHA-256 is stored. A session ends at a fixed time
 * ({@code lifetime} after sign-in), on sign-out, or when its user is disabled.
 */
public final class Sessions {

    private final Jdbi jdbi;
    private final Secrets secrets;
    private final Duration lifetime;

    public Sessions(Jdbi jdbi, Secrets secrets, Duration lifetime) {
        this.jdbi = jdbi;
        this.secrets = secrets;
        this.lifetime = lifetime;
    }

    /** A new session: the cookie value (secret, never stored), its CSRF token and when it ends. */
    public record Opened(String cookieValue, String csrf, Instant expires) {
    }

    public Opened open(String username, Instant now) {
        String id = secrets.random(32);
        String csrf = secrets.random(32);
        Instant expires = now.plus(lifetime);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM sessions WHERE expires_at < :now").bind("now", utc(now)).execute();
            h.createUpdate("INSERT INTO sessions (id_hash, username, csrf_token, created_at, expires_at) "
                            + "VALUES (:id, :u, :csrf, :now, :exp)")
                    .bind("id", Secrets.sha256(id)).bind("u", username).bind("csrf", csrf)
                    .bind("now", utc(now)).bind("exp", utc(expires)).execute();
        });
        return new Opened(id, csrf, expires);
    }

    /** @return the session's principal, if the cookie names a live session of an enabled user */
    public Optional<Principal> find(String cookieValue, Instant now) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT u.username, u.role, s.csrf_token FROM sessions s "
                        + "JOIN users u ON u.username = s.username WHERE s.id_hash = :id AND s.expires_at > :now AND u.enabled")
                .bind("id", Secrets.sha256(cookieValue)).bind("now", utc(now))
                .map((rs, ctx) -> new Principal(rs.getString("username"), Role.parse(rs.getString("role")).orElseThrow(),
                        Principal.Via.SESSION, rs.getString("csrf_token")))
                .findOne());
    }

    public void close(String cookieValue) {
        if (cookieValue == null) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM sessions WHERE id_hash = :id").bind("id", Secrets.sha256(cookieValue)).execute());
    }

    public Duration lifetime() {
        return lifetime;
    }

    private static OffsetDateTime utc(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
