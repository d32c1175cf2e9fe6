package io.factline.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Who runs the daily job for a date and universe, across servers sharing one database. A claim
 * locks the row with {@code SELECT ... FOR UPDATE SKIP LOCKED} (a server that finds it locked moves
 * on at once) and takes it only if it is pending, failed with attempts left, or running on a lease
 * that has run out — the mark of a server that died half-way. Times come from the caller's clock.
 */
public final class JobClaims {

    /** A job that failed this many times is left for a person to look at. */
    static final int MAX_ATTEMPTS = 3;

    private final Jdbi jdbi;

    public JobClaims(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A job's row as stored. */
    public record Job(LocalDate date, String universe, String status, String claimedBy, Instant leaseUntil, int attempts,
                      Long draftId, String lastError) {
    }

    /** @return true when this server now holds the job and must run it */
    public boolean claim(LocalDate date, String universe, String server, Instant now, Duration lease) {
        ensure(date, universe, now);
        return jdbi.inTransaction(h -> {
            Optional<Job> job = h.createQuery("SELECT * FROM daily_jobs WHERE job_date = :d AND universe = :u "
                            + "FOR UPDATE SKIP LOCKED")
                    .bind("d", date).bind("u", universe).map((rs, ctx) -> row(rs)).findOne();
            if (job.isEmpty() || !claimable(job.get(), now)) return false;
            h.createUpdate("UPDATE daily_jobs SET status = 'running', claimed_by = :s, lease_until = :l, "
                            + "attempts = attempts + 1, updated_at = :n WHERE job_date = :d AND universe = :u")
                    .bind("s", server).bind("l", at(now.plus(lease))).bind("n", at(now))
                    .bind("d", date).bind("u", universe).execute();
            return true;
        });
    }

    /** Marks the job done with the draft it made; only the server holding the claim may. */
    /** @param draftId null when the day needed no draft (no market data) */
    public void complete(LocalDate date, String universe, String server, Long draftId, Instant now) {
        finish(date, universe, server, now, "done", draftId, null);
    }

    /** @param counts false when the failure was not the job's (the database was down): its attempt is given back */
    public void fail(LocalDate date, String universe, String server, String error, Instant now, boolean counts) {
        finish(date, universe, server, now, "failed", null, error);
        if (!counts) {
            jdbi.useHandle(h -> h.createUpdate("UPDATE daily_jobs SET attempts = attempts - 1 WHERE job_date = :d "
                    + "AND universe = :u AND claimed_by = :s AND attempts > 0").bind("d", date).bind("u", universe)
                    .bind("s", server).execute());
        }
    }

    public Optional<Job> find(LocalDate date, String universe) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM daily_jobs WHERE job_date = :d AND universe = :u")
                .bind("d", date).bind("u", universe).map((rs, ctx) -> row(rs)).findOne());
    }

    private static boolean claimable(Job j, Instant now) {
        return switch (j.status()) {
            case "pending" -> true;
            case "failed" -> j.attempts() < MAX_ATTEMPTS;
            case "running" -> j.leaseUntil() == null || !j.leaseUntil().isAfter(now);
            default -> false;
        };
    }

    private void finish(LocalDate date, String universe, String server, Instant now, String status, Long draftId, String error) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE daily_jobs SET status = :st, draft_id = :id, last_error = :e, "
                        + "lease_until = NULL, updated_at = :n WHERE job_date = :d AND universe = :u AND claimed_by = :s")
                .bind("st", status).bind("id", draftId).bind("e", error).bind("n", at(now))
                .bind("d", date).bind("u", universe).bind("s", server).execute());
    }

    /** Inserts the pending row unless it exists; a concurrent insert by another server is fine. */
    private void ensure(LocalDate date, String universe, Instant now) {
        jdbi.useHandle(h -> {
            if (exists(h, date, universe)) return;
            try {
                h.createUpdate("INSERT INTO daily_jobs (job_date, universe, status, attempts, updated_at) "
                        + "VALUES (:d, :u, 'pending', 0, :n)").bind("d", date).bind("u", universe).bind("n", at(now)).execute();
            } catch (RuntimeException e) {
                if (!exists(h, date, universe)) throw e;   // lost the race to insert: the row is there, as wanted
            }
        });
    }

    private static boolean exists(Handle h, LocalDate date, String universe) {
        return h.createQuery("SELECT COUNT(*) FROM daily_jobs WHERE job_date = :d AND universe = :u")
                .bind("d", date).bind("u", universe).mapTo(Long.class).one() > 0;
    }

    private static Job row(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime lease = rs.getObject("lease_until", OffsetDateTime.class);
        long draft = rs.getLong("draft_id");
        Long draftId = rs.wasNull() ? null : draft;
        return new Job(rs.getObject("job_date", LocalDate.class), rs.getString("universe"), rs.getString("status"),
                rs.getString("claimed_by"), lease == null ? null : lease.toInstant(), rs.getInt("attempts"), draftId,
                rs.getString("last_error"));
    }

    private static OffsetDateTime at(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
