package io.factline.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the daily run on its schedule, on one background thread. On start it catches up: a server
 * started after today's time runs today's job (a no-op when another server already did it). Each
 * firing computes the next from the clock, so daylight-saving changes and a slow run never drift.
 */
public final class Scheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final Schedule schedule;
    private final DailyRun run;
    private final Clock clock;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "factline-scheduler");
        t.setDaemon(true);
        return t;
    });

    public Scheduler(Schedule schedule, DailyRun run, Clock clock) {
        this.schedule = schedule;
        this.run = run;
        this.clock = clock;
    }

    public void start() {
        schedule.dueToday(clock.instant()).ifPresent(day -> thread.execute(() -> fire(day)));
        planNext();
        LOG.info("daily run scheduled {} {} {}; next at {}", schedule.days(), schedule.time(), schedule.zone(),
                schedule.next(clock.instant()));
    }

    private void planNext() {
        Instant next = schedule.next(clock.instant());
        long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
        thread.schedule(() -> {
            fire(next.atZone(schedule.zone()).toLocalDate());
            planNext();
        }, delay, TimeUnit.MILLISECONDS);
    }

    private void fire(LocalDate day) {
        try {
            DailyRun.Result r = run.run(day);
            LOG.info("daily run {}: {} ({})", day, r.outcome(), r.detail());
        } catch (RuntimeException e) {
            LOG.error("daily run {} crashed", day, e);   // keep the thread alive for tomorrow
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
