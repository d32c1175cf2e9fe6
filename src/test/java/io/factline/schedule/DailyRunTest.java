package io.factline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import io.factline.store.TestDatabases;
import io.factline.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scheduled run with the real drafts store and workflow, each "server" with its own connection
 * pool on the same database: racing servers make one draft, and a job whose server died is resumed.
 */
class DailyRunTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 23);
    static final Instant RUN_AT = Instant.parse("2026-03-23T21:30:00Z");
    static final String UNIVERSE = "bundled";
    static final SheetSource SHEETS = new SheetSource(Path.of("fixtures/market"), new CsvMarketLoader(), new FactEngine());

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("h2", (Supplier<Database>) TestDatabases::h2),
                Arguments.of("postgresql", (Supplier<Database>) () -> TestDatabases.postgres().orElse(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_make_exactly_one_draft_when_two_servers_race_for_the_day(String name, Supplier<Database> open) throws Exception {
        try (Database first = opened(name, open); Database second = Database.open(first.config())) {
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<DailyRun.Result>> results = new ArrayList<>();
            for (Database server : List.of(first, second)) {
                DailyRun run = run(server, "server-" + results.size(), RUN_AT);
                results.add(pool.submit((Callable<DailyRun.Result>) () -> {
                    go.await();
                    return run.run(DAY);
                }));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<DailyRun.Result> f : results) outcomes.add(f.get().outcome());
            pool.shutdown();

            assertThat(outcomes).containsExactlyInAnyOrder("made", "skipped");
            assertThat(draftsFor(first, DAY)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_resume_a_job_whose_server_died_once_its_lease_runs_out(String name, Supplier<Database> open) {
        try (Database db = opened(name, open)) {
            // a server claims the day and dies before doing anything
            new JobClaims(db.jdbi()).claim(DAY, UNIVERSE, "dead-server", RUN_AT, DailyRunSettings.LEASE);

            DailyRun.Result early = run(db, "b", RUN_AT.plus(Duration.ofMinutes(5))).run(DAY);
            DailyRun.Result late = run(db, "b", RUN_AT.plus(Duration.ofMinutes(16))).run(DAY);

            assertThat(early.outcome()).isEqualTo("skipped");
            assertThat(late.outcome()).isEqualTo("made");
            assertThat(draftsFor(db, DAY)).isEqualTo(1);
            JobClaims.Job job = new JobClaims(db.jdbi()).find(DAY, UNIVERSE).orElseThrow();
            assertThat(job.status()).isEqualTo("done");
            assertThat(job.attempts()).isEqualTo(2);
            assertThat(job.draftId()).isEqualTo(late.draftId());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_reuse_the_draft_when_the_server_died_after_making_it(String name, Supplier<Database> open) {
        try (Database db = opened(name, open)) {
            DailyRun dying = run(db, "dead-server", RUN_AT);
            new JobClaims(db.jdbi()).claim(DAY, UNIVERSE, "dead-server", RUN_AT, DailyRunSettings.LEASE);
            long made = workflow(db, RUN_AT).create(DAY, "template", dying.actor());   // ... then died before marking done

            DailyRun.Result resumed = run(db, "b", RUN_AT.plus(Duration.ofMinutes(16))).run(DAY);

            assertThat(resumed.outcome()).isEqualTo("made");
            assertThat(resumed.draftId()).isEqualTo(made);
            assertThat(draftsFor(db, DAY)).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_finish_a_day_without_market_data_without_a_draft(String name, Supplier<Database> open) {
        try (Database db = opened(name, open)) {
            LocalDate sunday = LocalDate.of(2026, 3, 22);

            DailyRun.Result r = run(db, "a", RUN_AT).run(sunday);

            assertThat(r.outcome()).isEqualTo("no data");
            assertThat(draftsFor(db, sunday)).isZero();
            assertThat(new JobClaims(db.jdbi()).find(sunday, UNIVERSE).orElseThrow().status()).isEqualTo("done");
            assertThat(run(db, "b", RUN_AT.plus(Duration.ofHours(1))).run(sunday).outcome()).isEqualTo("skipped");
        }
    }

    private static DailyRun run(Database db, String server, Instant now) {
        return new DailyRun(new JobClaims(db.jdbi()), UNIVERSE, server, DailyRunSettings.LEASE, Clock.fixed(now, ZoneOffset.UTC),
                Optional.empty(), SHEETS, workflow(db, now), "template");
    }

    private static DraftWorkflow workflow(Database db, Instant now) {
        TemplateWriter template = new TemplateWriter(new Templates("narrative"));
        Validator validator = new Validator();
        return new DraftWorkflow(new DraftStore(db.jdbi(), CrashPoint.NONE), SHEETS, new CommentaryDesk(validator, template, 2),
                new Drafters(template, Optional.empty()), validator, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static long draftsFor(Database db, LocalDate day) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM drafts WHERE as_of = :d")
                .bind("d", day).mapTo(Long.class).one());
    }

    private static Database opened(String name, Supplier<Database> open) {
        if (name.equals("postgresql")) assumeTrue(TestDatabases.postgresConfigured(), "no PostgreSQL for this run");
        return open.get();
    }
}
