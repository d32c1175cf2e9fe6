package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factline.auth.ApiTokens;
import io.factline.auth.Secrets;
import io.factline.drafts.CrashPoint;
import io.factline.drafts.DraftStore;
import io.factline.drafts.DraftVersion;
import io.factline.drafts.Samples;
import io.factline.store.Database;
import io.factline.store.DatabaseConfig;
import io.factline.store.TestDatabases;
import io.factline.users.Accounts;
import io.factline.users.Passwords;
import io.factline.users.UserStore;
import io.factline.validation.Validator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Kills the server (SIGKILL, a separate JVM) in the middle of saving a version and restarts it: the
 * store holds the old version or the new one, whole, never a torn or half-recorded save. "Mid-way" is
 * exact, not timed: the server runs with the test-only {@link CrashPoint} armed, which creates a signal
 * file and blocks the saving thread at the named point; the test waits for the file, then kills.
 * Points: before the save's transaction commits (old version must survive) and right after it commits,
 * before the answer is sent (new version must survive). On H2 (a file database with the production
 * settings) and on PostgreSQL when FACTLINE_TEST_DB_URL is set.
 */
class RestartTest {

    static final String NEW_LINE = "An editor's added sentence, saved while the server died.";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: killed at {1}")
    @CsvSource({"h2, save-version:before-commit, 1", "h2, save-version:after-commit, 2",
            "postgres, save-version:before-commit, 1", "postgres, save-version:after-commit, 2"})
    void should_hold_the_old_or_the_new_version_whole_when_the_server_is_killed_mid_save(String database, String point,
                                                                                        int survivor) throws Exception {
        DatabaseConfig config = database(database);
        String original = Samples.commentary().narrative();
        String edited = original + "\n" + NEW_LINE + "\n";
        long id;
        String token;
        try (Database db = Database.open(config)) {
            new Accounts(new UserStore(db.jdbi()), new Passwords(4), Clock.systemUTC()).create("erin", TestDesk.PASSWORD, "editor");
            token = new ApiTokens(db.jdbi(), new Secrets()).issue("erin", "restart test", Instant.now()).token();
            id = new DraftStore(db.jdbi(), CrashPoint.NONE).create(Samples.newDraft(), "erin", Instant.now());
        }
        Path signal = dir.resolve("crash-point-reached");

        try (ServerProcess server = new ServerProcess(dir, Samples.DATA, env(config),
                List.of("-Dfactline.crashPoint=" + point, "-Dfactline.crashPoint.signal=" + signal))) {
            CompletableFuture<HttpResponse<String>> save = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create(server.url + "/api/drafts/" + id + "/versions"))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(FactSheetJsonText.of(Map.of("baseVersion", 1, "text", edited))))
                            .build(), HttpResponse.BodyHandlers.ofString());
            awaitFile(signal, Duration.ofSeconds(60));

            server.kill();

            assertThat(save).failsWithin(Duration.ofSeconds(30));   // the client never got an answer
        }

        try (Database db = Database.open(config)) {
            DraftStore store = new DraftStore(db.jdbi(), CrashPoint.NONE);
            assertThat(store.find(id).orElseThrow().currentVersion()).isEqualTo(survivor);
            assertThat(store.versions(id)).hasSize(survivor);
            DraftVersion current = store.version(id, survivor).orElseThrow();
            assertThat(current.body()).isEqualTo(survivor == 1 ? original : edited);
            assertThat(current.validation()).isEqualTo(new Validator().validate(Samples.sheet(), current.body(), true));
            assertThat(store.events(id)).extracting(e -> e.action()).containsExactlyElementsOf(
                    survivor == 1 ? List.of("create") : List.of("create", "edit"));
        }

        try (ServerProcess again = new ServerProcess(dir, Samples.DATA, env(config), List.of())) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(again.url + "/api/drafts/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(again.url + "/api/drafts/" + id + "/versions"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(FactSheetJsonText.of(Map.of("baseVersion", survivor, "text", edited))))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("\"currentVersion\":" + survivor);
            assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
            assertThat(next.body()).contains("\"version\":" + (survivor + 1));
        }
    }

    private DatabaseConfig database(String kind) throws Exception {
        if (kind.equals("h2")) {
            return new DatabaseConfig(DatabaseConfig.DEFAULT_URL.replace("./data/factline", dir.resolve("factline").toString()), "sa", "");
        }
        assumeTrue(TestDatabases.postgresConfigured(), "FACTLINE_TEST_DB_URL not set: no PostgreSQL for this run");
        try (Database db = TestDatabases.postgres().orElseThrow()) {
            return db.config();   // a fresh, migrated schema
        }
    }

    /** The server's whole environment: the database and nothing of the developer's (no admin, no model). */
    private static Map<String, String> env(DatabaseConfig config) {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("FACTLINE_DB_URL", config.url());
        env.put("FACTLINE_DB_USER", config.user());
        env.put("FACTLINE_DB_PASSWORD", config.password());
        return env;
    }

    /** Polls for the server's signal file until a deadline; the condition is the file, not elapsed time. */
    private static void awaitFile(Path file, Duration limit) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!Files.exists(file)) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("the server never reached the crash point");
            Thread.sleep(20);
        }
    }

    /** JSON of a small map, with the project's settings. */
    private static final class FactSheetJsonText {
        static String of(Map<String, Object> value) throws Exception {
            return io.factline.facts.FactSheetJson.mapper().writeValueAsString(value);
        }
    }
}
