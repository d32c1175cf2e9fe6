package io.factline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, finding 15: the H2 file grew to about eleven times its live data, because H2 keeps the
 * chunks each commit leaves behind. The store compacts it ({@code SHUTDOWN COMPACT}) when it closes and
 * when it opens, so a file left large by a killed process shrinks at the next start.
 */
class H2CompactionTest {

    @TempDir
    Path dir;

    @Test
    void should_shrink_the_file_when_the_store_closes_after_many_writes_and_deletes() throws Exception {
        DatabaseConfig config = config();
        long grown;
        try (Database db = Database.open(config)) {
            churn(db.jdbi().open().getConnection());
            grown = Files.size(file());
        }

        assertThat(Files.size(file())).isLessThan(grown / 4);
    }

    @Test
    void should_shrink_a_file_left_large_by_a_server_that_did_not_close_the_store() throws Exception {
        DatabaseConfig config = config();
        Database.open(config).close();
        // as a killed server leaves it: written and deleted outside the store, closed without its compaction
        try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
            churn(c);
        }
        long left = Files.size(file());

        try (Database db = Database.open(config)) {
            assertThat(Files.size(file())).isLessThan(left / 4);
            String schema = db.jdbi().withHandle(h -> h.createQuery("SELECT info_value FROM factline_info WHERE info_key = 'schema'")
                    .mapTo(String.class).one());
            assertThat(schema).isEqualTo("factline");
        }
    }

    /** Eight hundred one-row commits of 250 characters, each updated once, then all deleted: little live data, many dead chunks. */
    private static void churn(Connection c) throws Exception {
        try (c; PreparedStatement insert = c.prepareStatement("INSERT INTO factline_info (info_key, info_value) VALUES (?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE factline_info SET info_value = ? WHERE info_key = ?")) {
            c.setAutoCommit(true);
            for (int i = 0; i < 800; i++) {
                insert.setString(1, "churn-" + i);
                insert.setString(2, "x".repeat(250));
                insert.executeUpdate();
                update.setString(1, "y".repeat(250));
                update.setString(2, "churn-" + i);
                update.executeUpdate();
            }
            c.createStatement().executeUpdate("DELETE FROM factline_info WHERE info_key LIKE 'churn-%'");
        }
    }

    private DatabaseConfig config() {
        return new DatabaseConfig("jdbc:h2:file:" + dir.resolve("factline") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0", "sa", "");
    }

    private Path file() {
        return dir.resolve("factline.mv.db");
    }
}
