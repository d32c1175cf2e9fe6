package io.factline.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factline.market.feed.Bar;
import io.factline.market.feed.Fetch;
import io.factline.store.Database;
import io.factline.store.TestDatabases;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same behaviour on H2 and on a real PostgreSQL (when scripts/test.sh started one). */
class BarStoreTest {

    static final LocalDate D1 = LocalDate.of(2026, 3, 19), D2 = LocalDate.of(2026, 3, 20);
    static final Instant T1 = Instant.parse("2026-03-20T22:00:00Z"), T2 = Instant.parse("2026-03-23T22:00:00Z");

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("h2", (Supplier<Database>) TestDatabases::h2),
                Arguments.of("postgresql", (Supplier<Database>) () -> TestDatabases.postgres().orElse(null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_add_new_days_and_skip_unchanged_ones(String name, Supplier<Database> open) {
        try (Database db = opened(name, open)) {
            BarStore store = new BarStore(db.jdbi());

            BarStore.Saved first = store.save(fetch(T1, bar(D1, 100), bar(D2, 101)));
            BarStore.Saved again = store.save(fetch(T2, bar(D1, 100), bar(D2, 101)));

            assertThat(first).isEqualTo(new BarStore.Saved(2, 0, 0));
            assertThat(again).isEqualTo(new BarStore.Saved(0, 0, 2));
            assertThat(store.latest("SPY", "yahoo")).extracting(BarStore.StoredBar::revision).containsExactly(1, 1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_keep_a_corrected_day_as_a_new_revision_and_read_the_latest(String name, Supplier<Database> open) {
        try (Database db = opened(name, open)) {
            BarStore store = new BarStore(db.jdbi());
            store.save(fetch(T1, bar(D1, 100), bar(D2, 101)));

            BarStore.Saved corrected = store.save(fetch(T2, bar(D2, 101.5)));

            assertThat(corrected).isEqualTo(new BarStore.Saved(0, 1, 0));
            List<BarStore.StoredBar> latest = store.latest("SPY", "yahoo");
            assertThat(latest).extracting(s -> s.bar().close()).containsExactly(100.0, 101.5);
            assertThat(latest.get(1).revision()).isEqualTo(2);
            assertThat(latest.get(1).retrievedAt()).isEqualTo(T2);
            Long kept = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM bars WHERE bar_date = :d")
                    .bind("d", D2).mapTo(Long.class).one());
            assertThat(kept).as("the first revision is kept, not overwritten").isEqualTo(2L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void should_report_the_stored_span_and_the_latest_provider(String name, Supplier<Database> open) {
        try (Database db = opened(name, open)) {
            BarStore store = new BarStore(db.jdbi());
            store.save(fetch(T1, bar(D1, 100), bar(D2, 101)));
            store.save(new Fetch("tiingo", "SPY", T2, List.of(bar(D2, 101))));

            assertThat(store.span("SPY", "yahoo").orElseThrow()).containsExactly(D1, D2);
            assertThat(store.span("IWM", "yahoo")).isEmpty();
            assertThat(store.latestProvider("SPY")).contains("tiingo");
        }
    }

    private static Database opened(String name, Supplier<Database> open) {
        if (name.equals("postgresql")) assumeTrue(TestDatabases.postgresConfigured(), "no PostgreSQL for this run");
        return open.get();
    }

    static Fetch fetch(Instant at, Bar... bars) {
        return new Fetch("yahoo", "SPY", at, List.of(bars));
    }

    static Bar bar(LocalDate d, double close) {
        return new Bar(d, close - 1, close + 1, close - 2, close, close * 0.99, 1_000_000.0);
    }
}
