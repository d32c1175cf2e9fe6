package io.factline.schedule;

import io.factline.drafts.CrashPoint;
import io.factline.drafts.DraftStore;
import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.Drafters;
import io.factline.drafts.SheetSource;
import io.factline.market.Instrument;
import io.factline.market.feed.Providers;
import io.factline.narrative.CommentaryDesk;
import io.factline.sync.BarStore;
import io.factline.sync.Syncer;
import io.factline.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Jdbi;

/** The daily job's wiring: what {@code serve} starts when FACTLINE_SCHEDULE is not {@code off}. */
public final class DailyJob {

    /** Days synced back from the job's date, enough for the 252-session figures. */
    private static final int SYNC_DAYS = 400;
    /** Recent days fetched again, so a provider's late correction becomes a revision. */
    private static final int REFRESH_DAYS = 5;

    private DailyJob() {
    }

    /**
     * Starts the scheduler on its own thread, or nothing when the schedule is off.
     *
     * @param status how the scheduled day stands, shown on /health
     */
    public static Optional<Scheduler> start(DailyRunSettings daily, Jdbi jdbi, SheetSource sheets, CommentaryDesk desk,
                                            Drafters drafters, Validator validator, Providers providers, Clock clock,
                                            RunStatus status) {
        return daily.schedule().map(schedule -> {
            DraftWorkflow drafts = new DraftWorkflow(new DraftStore(jdbi, CrashPoint.NONE), sheets, desk, drafters, validator,
                    clock);
            List<String> symbols = sheets.market().instruments().stream().map(Instrument::symbol).toList();
            Optional<Consumer<LocalDate>> sync = daily.provider().map(name -> {
                var provider = providers.open(name);
                var syncer = new Syncer(new BarStore(jdbi));
                return day -> syncer.sync(provider, symbols, day.minusDays(SYNC_DAYS), day, REFRESH_DAYS, outcome -> { });
            });
            DailyRun run = new DailyRun(new JobClaims(jdbi), daily.universe(symbols), DailyRunSettings.serverId(),
                    DailyRunSettings.LEASE, clock, sync, sheets, drafts, daily.drafter());
            Scheduler scheduler = new Scheduler(schedule, run, clock, Alarm.onThread(clock), DailyRunSettings.RETRY, status);
            scheduler.start();
            return scheduler;
        });
    }
}
