package io.factline.schedule;

import io.factline.market.feed.Backoff;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the daily run on its schedule. On start it catches up: a server started after today's time
 * runs today's job (a no-op when another server already did it). Each firing computes the next from
 * the clock, so daylight-saving changes and a slow run never drift. A run that fails (a database
 * outage, a provider down) or finds the day held by another server is tried again after a backoff,
 * as long as the retry still falls on the same local day; the day is then late, in the log and in
 * {@link RunStatus}, and missed once no retry fits.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final Schedule schedule;
    private final DailyRun run;
    private final Clock clock;
    private final Alarm alarm;
    private final Backoff backoff;
    private final RunStatus status;

    public Scheduler(Schedule schedule, DailyRun run, Clock clock, Alarm alarm, Backoff backoff, RunStatus status) {
        this.schedule = schedule;
        this.run = run;
        this.clock = clock;
        this.alarm = alarm;
        this.backoff = backoff;
        this.status = status;
    }

    public void start() {
        schedule.dueToday(clock.instant()).ifPresent(day -> alarm.at(clock.instant(), () -> attempt(day, 1)));
        planNext();
        LOG.info("daily run scheduled {} {} {}; next at {}", schedule.days(), schedule.time(), schedule.zone(),
                schedule.next(clock.instant()));
    }

    private void planNext() {
        Instant next = schedule.next(clock.instant());
        alarm.at(next, () -> {
            attempt(next.atZone(schedule.zone()).toLocalDate(), 1);
            planNext();
        });
    }

    private void attempt(LocalDate day, int n) {
        status.set(new RunStatus.View(day, "running", n, null, null));
        DailyRun.Result r;
        try {
            r = run.run(day);
        } catch (RuntimeException e) {   // keep the thread alive, and try again
            LOG.error("daily run {} crashed", day, e);
            r = new DailyRun.Result(DailyRun.Outcome.FAILED, null, String.valueOf(e.getMessage()), true);
        }
        String error = r.kind() == DailyRun.Outcome.FAILED ? r.detail() : null;
        if (!r.retry()) {
            boolean done = r.kind() != DailyRun.Outcome.GIVEN_UP;
            status.set(new RunStatus.View(day, done ? "done" : "missed", n, null, done ? null : r.detail()));
            if (done) LOG.info("daily run {}: {} ({})", day, r.outcome(), r.detail());
            else LOG.error("daily run {} missed: {}", day, r.detail());
            return;
        }
        Instant next = clock.instant().plus(backoff.delay(n));
        if (!next.atZone(schedule.zone()).toLocalDate().equals(day)) {
            status.set(new RunStatus.View(day, "missed", n, null, r.detail()));
            LOG.error("daily run {} missed: attempt {} {} ({}) and no retry fits in the day", day, n, r.outcome(), r.detail());
            return;
        }
        String state = error != null ? "late" : "waiting";
        status.set(new RunStatus.View(day, state, n, next, error));
        LOG.warn("daily run {} is late: attempt {} {} ({}); next attempt at {}", day, n, r.outcome(), r.detail(), next);
        alarm.at(next, () -> attempt(day, n + 1));
    }

    @Override
    public void close() {
        alarm.close();
    }
}
