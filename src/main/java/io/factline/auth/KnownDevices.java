package io.factline.auth;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jdbi.v3.core.Jdbi;

/**
 * Browsers that signed in as a user before, remembered by a long-lived cookie ({@link #LIFETIME}): a
 * 256-bit random value of which only the SHA-256 is stored. A known browser is spared the per-name
 * slow-down of {@link SignInThrottle}, so guessers elsewhere cannot keep the real user out. The record
 * proves only that this browser once knew the password: it signs nobody in. A password reset or a disable
 * forgets the user's browsers (UserStore).
 */
public final class KnownDevices {

    public static final Duration LIFETIME = Duration.ofDays(180);

    private final Jdbi jdbi;
    private final Secrets secrets;

    public KnownDevices(Jdbi jdbi, Secrets secrets) {
        this.jdbi = jdbi;
        this.secrets = secrets;
    }

    /** @return the new cookie value (secret, never stored) */
    public String remember(String username, Instant now) {
        String id = secrets.random(32);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM known_devices WHERE expires_at < :now").bind("now", utc(now)).execute();
            h.createUpdate("INSERT INTO known_devices (id_hash, username, created_at, expires_at) VALUES (:id, :u, :now, :exp)")
                    .bind("id", Secrets.sha256(id)).bind("u", username).bind("now", utc(now)).bind("exp", utc(now.plus(LIFETIME)))
                    .execute();
        });
        return id;
    }

    /** Whether {@code cookieValue} names a live record of a browser that signed in as {@code username}. */
    public boolean knows(String cookieValue, String username, Instant now) {
        if (cookieValue == null || cookieValue.isBlank() || cookieValue.length() > 100 || username == null) return false;
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM known_devices WHERE id_hash = :id AND username = :u "
                        + "AND expires_at > :now")
                .bind("id", Secrets.sha256(cookieValue)).bind("u", username).bind("now", utc(now)).mapTo(Integer.class).one()) > 0;
    }

    private static OffsetDateTime utc(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
