package io.factline.store;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.Set;

/**
 * A database fault that is not the request's fault and may pass: the server is unreachable or down,
 * the pool timed out, H2 closed its file (disk full, {@code SHUTDOWN}) or lost it. The web layer
 * answers these 503 with {@code Retry-After}; anything else stays an unexpected error.
 *
 * @param kind   a short, public word for /health: unreachable (the server), busy (pool or lock timeout),
 *               closed (H2 closed its file or cannot write it, as on a full disk) or file_missing
 * @param detail the driver's one-line message, for the log only
 */
public record Outage(String kind, String detail) {

    /** H2: database closed (90098), closed by SHUTDOWN (90121), connection broken (90067), IO failure (90028, 90031). */
    private static final Set<Integer> H2_CLOSED = Set.of(90098, 90121, 90067, 90028, 90031);
    /** H2: the file is not there and IFEXISTS forbids creating an empty one (90146). */
    private static final int H2_NOT_FOUND = 90146;

    /** The outage somewhere in {@code e}'s causes, if it is one. */
    public static Optional<Outage> of(Throwable e) {
        Outage busy = null;   // a pool timeout says little: the connection failure it wraps, if any, says why
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof FileMissing f) return Optional.of(new Outage("file_missing", f.getMessage()));
            if (c instanceof Database.StoreUnavailable) return Optional.of(new Outage("unreachable", c.getMessage()));
            if (c instanceof java.io.IOException) {   // under a driver's error: H2 cannot write its file (disk full)
                return Optional.of(new Outage("closed", firstLine(c)));
            }
            if (c instanceof SQLException s) {
                String kind = kind(s);
                if ("busy".equals(kind)) {
                    if (busy == null) busy = new Outage(kind, firstLine(s));
                } else if (kind != null) {
                    return Optional.of(new Outage(kind, firstLine(s)));
                }
            }
        }
        return Optional.ofNullable(busy);
    }

    private static String kind(SQLException s) {
        String state = s.getSQLState() == null ? "" : s.getSQLState();
        if (s.getErrorCode() == H2_NOT_FOUND) return "file_missing";
        if (H2_CLOSED.contains(s.getErrorCode())) return "closed";
        // PostgreSQL: connection (08), insufficient resources such as a full disk (53), shut down (57P0x), IO (58)
        if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P0") || state.startsWith("58")) {
            return "unreachable";
        }
        if (s instanceof SQLNonTransientConnectionException || s instanceof SQLRecoverableException) return "unreachable";
        if (s instanceof SQLTransientException) return "busy";   // pool timeout, lock timeout, serialization failure
        return null;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /**
     * Tells HikariCP to drop a connection whose database went away (H2 closed its file; a PostgreSQL
     * connection broke, SQLSTATE 08…, or the server is shutting down, 57P0x) and to soft-evict the others, which lead to the same dead database:
     * the next borrow opens a fresh connection (H2 reopens the file) instead of failing on a stale one.
     *
     * @param evictAll soft-evicts the pool's other connections
     */
    static SQLExceptionOverride evictClosed(Runnable evictAll) {
        return new SQLExceptionOverride() {
            @java.lang.Override
            public Override adjudicate(SQLException e) {
                boolean gone = H2_CLOSED.contains(e.getErrorCode()) || e.getErrorCode() == H2_NOT_FOUND
                        || (e.getSQLState() != null && (e.getSQLState().startsWith("08") || e.getSQLState().startsWith("57P0")));
                if (!gone) return Override.CONTINUE_EVICT;
                evictAll.run();
                return Override.MUST_EVICT;
            }
        };
    }

    /** The H2 file is gone and could not be rewritten from the open database. */
    static final class FileMissing extends SQLTransientException {
        FileMissing(String message) {
            super(message);
        }
    }
}
