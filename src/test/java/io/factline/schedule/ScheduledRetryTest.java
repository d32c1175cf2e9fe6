package io.factline.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.CrashPoint;
import io.factline.drafts.DraftStore;
import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.Drafters;
import io.factline.drafts.SheetSource;
import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.TemplateWriter;
import io.factline.narrative.Templates;
import io.factline.store.Database;
import io.factline.store.DatabaseConfig;
import io.factline.testing.FakeTime;
import io.factline.testing.TcpProxy;
import io.factline.validation.Validator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 10: a scheduled run that hit a database fault was skipped for the day. The real
 * daily run, on a real database (H2 served over TCP, behind a {@link TcpProxy} the test cuts and
 * restores), with the scheduler's time and waiting in the test's hands: no sleeping.
 */
class ScheduledRetryTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 23);   // a Monday
    static final Instant FIRES = Instant.parse("2026-03-23T21:30:00Z");   // 17:30 in New York
    static final SheetSource SHEETS = new SheetSource(Path.of("fixtures/market"), new CsvMarketLoader(), new FactEngine());

    Server h2;
    TcpProxy proxy;
    Database db;

    @BeforeEach
    void start() throws Exception {
        h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        proxy = new TcpProxy(h2.getPort());
        db = Database.open(new DatabaseConfig("jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", ""));
    }

    @AfterEach
    void stop() {
        db.close();
        proxy.close();
        h2.stop();
    }

    @Test
    void should_retry_a_run_that_hit_a_database_outage_and_say_it_is_late_until_it_succeeds() {
        FakeTime time = new FakeTime(FIRES);
        ManualAlarm alarm = new ManualAlarm();
        RunStatus status = new RunStatus();
        Scheduler scheduler = scheduler(time, alarm, status);

        proxy.cut();
        scheduler.start();
        alarm.runDue(time.clock().instant());

        RunStatus.View late = status.view().orElseThrow();
        assertThat(late.state()).isEqualTo("late");
        assertThat(late.day()).isEqualTo(DAY);
        assertThat(late.attempts()).isEqualTo(1);
        assertThat(late.nextAttempt()).isEqualTo(FIRES.plus(Duration.ofMinutes(1)));
        assertThat(late.lastError()).isNotBlank();

        time.sleep(Duration.ofMinutes(1));   // still down: the next wait doubles
        alarm.runDue(time.clock().instant());

        assertThat(status.view().orElseThrow().nextAttempt()).isEqualTo(FIRES.plus(Duration.ofMinutes(3)));

        proxy.restore();
        time.sleep(Duration.ofMinutes(2));
        alarm.runDue(time.clock().instant());

        RunStatus.View done = status.view().orElseThrow();
        assertThat(done.state()).isEqualTo("done");
        assertThat(done.attempts()).isEqualTo(3);
        JobClaims.Job job = new JobClaims(db.jdbi()).find(DAY, "bundled").orElseThrow();
        assertThat(job.status()).isEqualTo("done");
        assertThat(job.draftId()).isNotNull();
    }

    @Test
    void should_call_the_day_missed_when_no_retry_fits_before_midnight() {
        FakeTime time = new FakeTime(Instant.parse("2026-03-24T03:58:00Z"));   // 23:58 on the 23rd in New York
        ManualAlarm alarm = new ManualAlarm();
        RunStatus status = new RunStatus();
        Scheduler scheduler = scheduler(time, alarm, status);

        proxy.cut();
        scheduler.start();
        alarm.runDue(time.clock().instant());
        assertThat(status.view().orElseThrow().state()).isEqualTo("late");   // a retry at 23:59 still fits

        time.sleep(Duration.ofMinutes(1));
        alarm.runDue(time.clock().instant());   // the next would be at 00:01: another day

        RunStatus.View missed = status.view().orElseThrow();
        assertThat(missed.state()).isEqualTo("missed");
        assertThat(missed.day()).isEqualTo(DAY);
        assertThat(missed.nextAttempt()).isNull();
        assertThat(alarm.pendingBefore(Instant.parse("2026-03-24T21:00:00Z"))).isZero();   // only tomorrow's firing is left
    }

    private Scheduler scheduler(FakeTime time, Alarm alarm, RunStatus status) {
        TemplateWriter template = new TemplateWriter(new Templates("narrative"));
        Validator validator = new Validator();
        DraftWorkflow drafts = new DraftWorkflow(new DraftStore(db.jdbi(), CrashPoint.NONE), SHEETS,
                new CommentaryDesk(validator, template, 2), new Drafters(template, Optional.empty()), validator, time.clock());
        DailyRun run = new DailyRun(new JobClaims(db.jdbi()), "bundled", "server-a", DailyRunSettings.LEASE, time.clock(),
                Optional.empty(), SHEETS, drafts, "template");
        return new Scheduler(Schedule.parse(Schedule.DEFAULT), run, time.clock(), alarm, DailyRunSettings.RETRY, status);
    }

    /** An alarm the test winds: tasks run when the test says the time has come, on the test's thread. */
    static final class ManualAlarm implements Alarm {
        private record Task(Instant when, Runnable run) {
        }

        private final List<Task> tasks = new ArrayList<>();

        @Override
        public void at(Instant when, Runnable task) {
            tasks.add(new Task(when, task));
        }

        void runDue(Instant now) {
            for (Task t; (t = tasks.stream().filter(x -> !x.when().isAfter(now)).findFirst().orElse(null)) != null; ) {
                tasks.remove(t);
                t.run().run();
            }
        }

        long pendingBefore(Instant limit) {
            return tasks.stream().filter(t -> t.when().isBefore(limit)).count();
        }

        @Override
        public void close() {
            tasks.clear();
        }
    }
}
