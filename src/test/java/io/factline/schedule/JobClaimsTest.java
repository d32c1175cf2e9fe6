package io.factline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factline.store.Database;
import io.factline.store.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

class JobClaimsTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 23);
    static final Instant NOW = Instant.parse("2026-03-23T21:30:00Z");
    static final Duration LEASE = Duration.ofMinutes(10);

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("h2", (Supplier<Database>) TestDatabases::h2),
                Arguments.of("postgresql", (Supplier<Database>) () -> TestDatabases.postgres().orElse(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_let_exactly_one_of_many_racing_servers_claim_the_day(String name, Supplier<Database> open) throws Exception {
        try (Database db = opened(name, open)) {
            int servers = 8;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(servers);
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < servers; i++) {
                JobClaims claimsOfServer = new JobClaims(db.jdbi());
                String server = "server-" + i;
                claims.add(pool.submit((Callable<Boolean>) () -> {
                    go.await();
                    return claimsOfServer.claim(DAY, "default", server, NOW, LEASE);
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> f : claims) won += f.get() ? 1 : 0;
            pool.shutdown();

            assertThat(won).isEqualTo(1);
            assertThat(new JobClaims(db.jdbi()).find(DAY, "default").orElseThrow().attempts()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_hand_a_job_whose_server_died_to_another_once_the_lease_runs_out(String name, Supplier<Database> open) {
        try (Database db = opened(name, open)) {
            JobClaims claims = new JobClaims(db.jdbi());
            assertThat(claims.claim(DAY, "default", "a", NOW, LEASE)).isTrue();   // server a dies holding it

            boolean early = claims.claim(DAY, "default", "b", NOW.plus(Duration.ofMinutes(5)), LEASE);
            boolean late = claims.claim(DAY, "default", "b", NOW.plus(Duration.ofMinutes(11)), LEASE);

            assertThat(early).isFalse();
            assertThat(late).isTrue();
            JobClaims.Job job = claims.find(DAY, "default").orElseThrow();
            assertThat(job.claimedBy()).isEqualTo("b");
            assertThat(job.attempts()).isEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_not_run_a_done_day_again_and_retry_a_failed_one_a_bounded_number_of_times(String name, Supplier<Database> open) {
        try (Database db = opened(name, open)) {
            JobClaims claims = new JobClaims(db.jdbi());
            claims.claim(DAY, "default", "a", NOW, LEASE);
            claims.complete(DAY, "default", "a", 42L, NOW);
            LocalDate next = DAY.plusDays(1);

            assertThat(claims.claim(DAY, "default", "b", NOW.plus(Duration.ofDays(1)), LEASE)).isFalse();
            assertThat(claims.find(DAY, "default").orElseThrow().draftId()).isEqualTo(42L);
            for (int i = 0; i < JobClaims.MAX_ATTEMPTS; i++) {
                assertThat(claims.claim(next, "default", "a", NOW, LEASE)).isTrue();
                claims.fail(next, "default", "a", "provider down", NOW, true);
            }
            assertThat(claims.claim(next, "default", "a", NOW, LEASE)).isFalse();
            assertThat(claims.find(next, "default").orElseThrow().lastError()).isEqualTo("provider down");
        }
    }

    private static Database opened(String name, Supplier<Database> open) {
        if (name.equals("postgresql")) assumeTrue(TestDatabases.postgresConfigured(), "no PostgreSQL for this run");
        return open.get();
    }
}
