package io.factline.auth;

import io.factline.users.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * API tokens for programmatic calls ({@code Authorization: Bearer flt_…}). A token acts as its user,
 * with the user's current role. Only the SHA-256 of a token is stored; the token itself is shown once,
 * when issued. Revoked tokens and tokens of disabled users authenticate nobody.
 */
public final class ApiTokens {

    public static final String PREFIX = "flt_";

    private final Jdbi jdbi;
    private final Secrets secrets;

    public ApiTokens(Jdbi jdbi, Secrets secrets) {
        this.jdbi = jdbi;
        this.secrets = secrets;
    }

    /** @param token the secret, to show once; never stored */
    public record Issued(long id, String name, String token) {
    }

    /** A token as listed: never the secret, only its first characters. */
    public record Listed(long id, String name, String prefix, Instant createdAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    public Issued issue(String username, String name, Instant now) {
        String token = PREFIX + secrets.random(32);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO api_tokens (token_hash, prefix, username, name, created_at) "
                        + "VALUES (:hash, :prefix, :u, :name, :at)")
                .bind("hash", Secrets.sha256(token)).bind("prefix", token.substring(0, PREFIX.length() + 6))
                .bind("u", username).bind("name", name).bind("at", utc(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Issued(id, name, token);
    }

    public Optional<Principal> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT u.username, u.role FROM api_tokens t JOIN users u ON u.username = t.username "
                        + "WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.enabled")
                .bind("hash", Secrets.sha256(token))
                .map((rs, ctx) -> new Principal(rs.getString("username"), Role.parse(rs.getString("role")).orElseThrow(),
                        Principal.Via.TOKEN, null))
                .findOne());
    }

    public List<Listed> list(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, prefix, created_at, revoked_at FROM api_tokens "
                        + "WHERE username = :u ORDER BY id DESC")
                .bind("u", username)
                .map((rs, ctx) -> new Listed(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("revoked_at") == null ? null : rs.getObject("revoked_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    /** @return false unless {@code username} owns an active token {@code id} */
    public boolean revoke(String username, long id, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE api_tokens SET revoked_at = :at "
                        + "WHERE id = :id AND username = :u AND revoked_at IS NULL")
                .bind("at", utc(now)).bind("id", id).bind("u", username).execute()) == 1;
    }

    private static OffsetDateTime utc(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
