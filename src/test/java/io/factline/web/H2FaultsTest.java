package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.schedule.RunStatus;
import io.factline.store.Database;
import io.factline.store.DatabaseConfig;
import io.factline.store.FullDisk;
import io.factline.web.TestDesk.Caller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, finding 9, on the real desk over an H2 file: a full disk closed the database until a
 * restart, and a deleted file silently lost every later write while /health said ok. The full disk is
 * H2's own file-system abstraction failing writes ({@link FullDisk}); the deleted file is deleted.
 */
class H2FaultsTest {

    @TempDir
    Path dir;

    @AfterEach
    void freeTheDisk() {
        FullDisk.free();
    }

    @Test
    void should_answer_503_while_the_disk_is_full_and_reopen_the_database_once_it_is_not() {
        DatabaseConfig config = config(dir.resolve("factline"));
        try (TestDesk desk = new TestDesk(Database.open(config))) {
            assertThat(create(desk)).isEqualTo(201);

            FullDisk.fill();
            int whileFull = create(desk);
            TestDesk.Reply health = desk.get(Caller.ANONYMOUS, "/health");

            assertThat(whileFull).isEqualTo(503);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("database").asText()).isEqualTo("closed");

            FullDisk.free();

            assertThat(desk.get(Caller.ANONYMOUS, "/health").status()).isEqualTo(200);
            assertThat(create(desk)).isEqualTo(201);
        }
        assertThat(draftsIn(config)).isEqualTo(2);
    }

    @Test
    void should_rewrite_a_deleted_file_from_the_open_database_so_no_later_write_is_lost() throws Exception {
        DatabaseConfig config = config(dir.resolve("factline"));
        try (TestDesk desk = new TestDesk(Database.open(config))) {
            assertThat(create(desk)).isEqualTo(201);

            Files.delete(dir.resolve("factline.mv.db"));

            assertThat(create(desk)).isEqualTo(201);
            assertThat(dir.resolve("factline.mv.db")).exists();
            assertThat(desk.get(Caller.ANONYMOUS, "/health").json().get("database").asText()).isEqualTo("ok");
        }
        assertThat(draftsIn(config)).isEqualTo(2);   // both, read back from the file after the server stopped
    }

    @Test
    void should_answer_503_and_say_so_while_a_deleted_file_cannot_be_rewritten() throws Exception {
        Path sub = dir.resolve("data");
        DatabaseConfig config = config(sub.resolve("factline"));
        try (TestDesk desk = new TestDesk(Database.open(config))) {
            assertThat(create(desk)).isEqualTo(201);

            // the file is deleted and its directory is taken away: nowhere to write a new one
            Files.delete(sub.resolve("factline.mv.db"));
            Files.move(sub, dir.resolve("away"));
            Files.writeString(sub, "not a directory");
            int broken = create(desk);
            TestDesk.Reply health = desk.get(Caller.ANONYMOUS, "/health");

            assertThat(broken).isEqualTo(503);
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("database").asText()).isEqualTo("file_missing");

            Files.delete(sub);
            Files.move(dir.resolve("away"), sub);

            assertThat(create(desk)).isEqualTo(201);
            assertThat(desk.get(Caller.ANONYMOUS, "/health").status()).isEqualTo(200);
        }
        assertThat(draftsIn(config)).isEqualTo(2);
    }

    @Test
    void should_reopen_by_itself_when_the_database_is_shut_down_underneath() throws Exception {
        DatabaseConfig config = config(dir.resolve("factline"));
        try (TestDesk desk = new TestDesk(Database.open(config))) {
            assertThat(create(desk)).isEqualTo(201);

            try (Connection c = DriverManager.getConnection(config.url(), config.user(), config.password())) {
                c.createStatement().execute("SHUTDOWN");
            }
            int first = create(desk);   // a pooled connection of the closed database answers 503, or a fresh one 201

            assertThat(first).isIn(201, 503);
            assertThat(create(desk)).isEqualTo(201);
            assertThat(desk.get(Caller.ANONYMOUS, "/health").status()).isEqualTo(200);
        }
    }

    @Test
    void should_say_in_health_when_the_scheduled_day_is_late() {
        try (TestDesk desk = TestDesk.start()) {
            java.time.Instant next = java.time.Instant.parse("2026-03-23T21:34:00Z");
            desk.schedule.set(new RunStatus.View(java.time.LocalDate.of(2026, 3, 23), "late", 2, next, "database unreachable"));

            TestDesk.Reply health = desk.get(Caller.ANONYMOUS, "/health");

            assertThat(health.status()).isEqualTo(200);   // the desk itself serves: a late run is not a reason to pull it
            assertThat(health.json().get("schedule").get("state").asText()).isEqualTo("late");
            assertThat(health.json().get("schedule").get("day").asText()).isEqualTo("2026-03-23");
            assertThat(health.json().get("schedule").get("nextAttempt").asText()).isEqualTo("2026-03-23T21:34:00Z");
        }
    }

    private static DatabaseConfig config(Path db) {
        return new DatabaseConfig(FullDisk.url(db), "sa", "");
    }

    private static int create(TestDesk desk) {
        return desk.postJson(desk.editorToken, "/api/commentary", Map.of("date", "2026-03-23", "drafter", "template")).status();
    }

    private static long draftsIn(DatabaseConfig config) {
        try (Database db = Database.open(config)) {
            return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM drafts").mapTo(Long.class).one());
        }
    }
}
