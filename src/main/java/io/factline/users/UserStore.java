package io.factline.users;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Users and their password hashes in the database. */
public final class UserStore {

    /** SQLSTATE of a unique or primary key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;

    public UserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A user with the bcrypt hash of their password. */
    public record Credentials(User user, String passwordHash) {
    }

    public Optional<Credentials> credentials(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT username, role, enabled, created_at, password_hash FROM users "
                        + "WHERE username = :u").bind("u", username)
                .map((rs, ctx) -> new Credentials(user(rs), rs.getString("password_hash"))).findOne());
    }

    public Optional<User> find(String username) {
        return credentials(username).map(Credentials::user);
    }

    public List<User> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT username, role, enabled, created_at FROM users ORDER BY username")
                .map((rs, ctx) -> user(rs)).list());
    }

    /** @return false when the name is taken */
    public boolean create(String username, String passwordHash, Role role, Instant now) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO users (username, password_hash, role, enabled, created_at, updated_at) "
                            + "VALUES (:u, :h, :r, TRUE, :at, :at)")
                    .bind("u", username).bind("h", passwordHash).bind("r", role.wire()).bind("at", utc(now)).execute());
            return true;
        } catch (UnableToExecuteStatementException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) return false;
            throw e;
        }
    }

    /**
     * Changes role and enabled flag. Disabling also ends everything the user signed in with ({@link #endAccess}),
     * in the same transaction, so enabling them again brings back no old session or token.
     *
     * @return false when there is no such user
     */
    public boolean update(String username, Role role, boolean enabled, Instant now) {
        return jdbi.inTransaction(h -> {
            boolean found = h.createUpdate("UPDATE users SET role = :r, enabled = :e, updated_at = :at WHERE username = :u")
                    .bind("r", role.wire()).bind("e", enabled).bind("at", utc(now)).bind("u", username).execute() == 1;
            if (found && !enabled) endAccess(h, username, now);
            return found;
        });
    }

    /**
     * Sets a new password and ends everything signed in with the old one ({@link #endAccess}), in one transaction.
     *
     * @return false when there is no such user
     */
    public boolean setPassword(String username, String passwordHash, Instant now) {
        return jdbi.inTransaction(h -> {
            boolean found = h.createUpdate("UPDATE users SET password_hash = :h, updated_at = :at WHERE username = :u")
                    .bind("h", passwordHash).bind("at", utc(now)).bind("u", username).execute() == 1;
            if (found) endAccess(h, username, now);
            return found;
        });
    }

    /**
     * Ends the user's sessions, revokes their API tokens and forgets their known browsers. These rows hang off
     * the user (sessions, api_tokens, known_devices; see the auth package), so the store that changes the user
     * ends them in the same transaction: a reset or a disable leaves no moment with the old access still open.
     */
    private static void endAccess(Handle h, String username, Instant now) {
        h.createUpdate("DELETE FROM sessions WHERE username = :u").bind("u", username).execute();
        h.createUpdate("UPDATE api_tokens SET revoked_at = :at WHERE username = :u AND revoked_at IS NULL")
                .bind("at", utc(now)).bind("u", username).execute();
        h.createUpdate("DELETE FROM known_devices WHERE username = :u").bind("u", username).execute();
    }

    static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("username"), Role.parse(rs.getString("role")).orElseThrow(),
                rs.getBoolean("enabled"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    static OffsetDateTime utc(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
