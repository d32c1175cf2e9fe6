package io.factline.schedule;

import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.SheetSource;
import io.factline.store.Outage;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The day's scheduled work for one universe: claim the day, sync the bars (when a provider is
 * configured), reload the data, and write the day's draft for review. Safe to call from every server
 * at once and again after a crash: the claim lets one server run it, and a draft this run already made
 * for the day (its server died before marking the job done) is found and reused, never made twice.
 */
public final class DailyRun {

    private static final Logger LOG = LoggerFactory.getLogger(DailyRun.class);

    private final JobClaims claims;
    private final String universe;
    private final String server;
    private final Duration lease;
    private final Clock clock;
    private final Optional<Consumer<LocalDate>> sync;
    private final SheetSource sheets;
    private final DraftWorkflow drafts;
    private final String drafter;

    /** @param sync fetches the bars the store lacks up to the day; empty when the server runs on files */
    public DailyRun(JobClaims claims, String universe, String server, Duration lease, Clock clock,
                    Optional<Consumer<LocalDate>> sync, SheetSource sheets, DraftWorkflow drafts, String drafter) {
        this.claims = claims;
        this.universe = universe;
        this.server = server;
        this.lease = lease;
        this.clock = clock;
        this.sync = sync;
        this.sheets = sheets;
        this.drafts = drafts;
        this.drafter = drafter;
    }

    /**
     * What a call did: ran the day and made (or found) its draft, found nothing to do ("skipped",
     * "no data"), failed, or gave up. {@code retry}: calling again later today may still make the day.
     */
    public record Result(Outcome kind, Long draftId, String detail, boolean retry) {

        /** The outcome's wire name ("made", "no data" …), as the logs say it. */
        public String outcome() {
            return kind.wire();
        }
    }

    /** How a call ended, with the name logs and /health use. */
    public enum Outcome {
        MADE("made"), SKIPPED("skipped"), NO_DATA("no data"), FAILED("failed"), GIVEN_UP("given up");

        private final String wire;

        Outcome(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        @Override
        public String toString() {
            return wire;
        }
    }

    public Result run(LocalDate date) {
        boolean claimed;
        try {
            claimed = claims.claim(date, universe, server, clock.instant(), lease);
        } catch (RuntimeException e) {   // the database is down: nothing was claimed, nothing to record
            LOG.warn("daily run {} {} cannot claim the day: {}", date, universe, reason(e));
            return new Result(Outcome.FAILED, null, reason(e), true);
        }
        if (!claimed) return unclaimed(date);
        try {
            sync.ifPresent(s -> {
                s.accept(date);
                sheets.reload();
            });
            if (!sheets.market().hasDataOn(date)) {   // a market holiday, or the provider has nothing yet
                claims.complete(date, universe, server, null, clock.instant());
                return new Result(Outcome.NO_DATA, null, "no market data on " + date + "; nothing to write", false);
            }
            long id = drafts.createdBy(date, actor()).orElseGet(() -> drafts.create(date, drafter, actor()));
            claims.complete(date, universe, server, id, clock.instant());
            LOG.info("daily run {} {}: draft {}", date, universe, id);
            return new Result(Outcome.MADE, id, "draft " + id, false);
        } catch (RuntimeException e) {
            String why = reason(e);
            try {   // a database outage is not the job's fault: it does not use up one of its attempts
                claims.fail(date, universe, server, why, clock.instant(), Outage.of(e).isEmpty());
            } catch (RuntimeException again) {   // the lease runs out instead, and a retry takes the job over
                LOG.warn("daily run {} {} could not record its failure: {}", date, universe, reason(again));
            }
            LOG.warn("daily run {} {} failed: {}", date, universe, why);
            return new Result(Outcome.FAILED, null, why, true);
        }
    }

    /** Done, given up, or held by another server (which may still fail: worth looking again). */
    private Result unclaimed(LocalDate date) {
        Optional<JobClaims.Job> job;
        try {
            job = claims.find(date, universe);
        } catch (RuntimeException e) {
            return new Result(Outcome.FAILED, null, reason(e), true);
        }
        if (job.isPresent() && job.get().status().equals("done")) {
            return new Result(Outcome.SKIPPED, job.get().draftId(), "done", false);
        }
        if (job.isPresent() && job.get().status().equals("failed") && job.get().attempts() >= JobClaims.MAX_ATTEMPTS) {
            return new Result(Outcome.GIVEN_UP, null, "failed " + job.get().attempts() + " times; last: " + job.get().lastError(), false);
        }
        String holder = job.map(j -> " by " + j.claimedBy() + " until " + j.leaseUntil()).orElse("");
        return new Result(Outcome.SKIPPED, null, "held" + holder, true);
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    }

    /** The actor recorded on drafts this run makes: how a retry recognises its own draft. */
    String actor() {
        String a = "scheduler:" + universe;
        return a.length() <= 64 ? a : a.substring(0, 64);   // drafts.created_by holds 64 characters
    }
}
