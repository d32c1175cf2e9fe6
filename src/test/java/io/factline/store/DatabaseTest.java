package io.factline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void should_migrate_an_empty_h2_database_when_opened() {
        try (Database db = TestDatabases.h2()) {
            String schema = db.jdbi().withHandle(h -> h.createQuery("SELECT info_value FROM factline_info WHERE info_key = 'schema'")
                    .mapTo(String.class).one());

            assertThat(schema).isEqualTo("factline");
        }
    }

    @Test
    void should_migrate_postgresql_the_same_way_when_one_is_configured() {
        assumeTrue(TestDatabases.postgresConfigured(), "FACTLINE_TEST_DB_URL not set: no PostgreSQL for this run");
        try (Database db = TestDatabases.postgres().orElseThrow()) {
            String schema = db.jdbi().withHandle(h -> h.createQuery("SELECT info_value FROM factline_info WHERE info_key = 'schema'")
                    .mapTo(String.class).one());

            assertThat(schema).isEqualTo("factline");
        }
    }

    @Test
    void should_default_to_an_h2_file_under_data_when_no_url_is_configured() {
        assertThat(DatabaseConfig.fromEnvironment(Map.of()).url()).startsWith("jdbc:h2:file:./data/factline");
        assertThat(DatabaseConfig.fromEnvironment(Map.of("FACTLINE_DB_URL", "jdbc:postgresql://db/factline",
                "FACTLINE_DB_USER", "u", "FACTLINE_DB_PASSWORD", "secret")).isPostgres()).isTrue();
    }

    @Test
    void should_name_the_variable_when_the_url_is_not_a_supported_database() {
        assertThatThrownBy(() -> DatabaseConfig.fromEnvironment(Map.of("FACTLINE_DB_URL", "jdbc:mysql://x/y")))
                .hasMessage("FACTLINE_DB_URL: 'jdbc:mysql://x/y' is neither a jdbc:h2: nor a jdbc:postgresql: URL");
    }

    @Test
    void should_fail_with_one_line_when_the_database_is_unreachable() {
        var config = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "u", "p");

        assertThatThrownBy(() -> Database.open(config)).isInstanceOf(Database.StoreUnavailable.class)
                .hasMessageStartingWith("cannot open the database jdbc:postgresql://127.0.0.1:1/none")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
