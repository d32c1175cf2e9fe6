package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.factline.store.Database;
import io.factline.store.DatabaseConfig;
import io.factline.store.TestDatabases;
import io.factline.testing.TcpProxy;
import io.factline.web.TestDesk.Caller;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 8: with PostgreSQL gone, requests held a thread for HikariCP's 30 s and then
 * answered 500. The real desk runs on the test PostgreSQL through a {@link TcpProxy}, which the test
 * cuts (as a stopped database) and restores, so the shared cluster is never stopped.
 */
class PostgresOutageTest {

    @Test
    void should_answer_503_while_postgresql_is_down_and_recover_when_it_returns() {
        assumeTrue(TestDatabases.postgresConfigured(),
                "FACTLINE_TEST_DB_URL not set: no PostgreSQL for this run (scripts/test-services.sh starts one)");
        try (Database direct = TestDatabases.postgres().orElseThrow();
             TcpProxy proxy = new TcpProxy(URI.create(direct.config().url().substring("jdbc:".length())).getPort());
             TestDesk desk = new TestDesk(Database.open(through(proxy, direct.config())))) {
            assertThat(desk.get(desk.editorToken, "/api/drafts").status()).isEqualTo(200);

            proxy.cut();
            // each answer comes within the HTTP client's timeout rather than after 30 s, and is a 503, not a 500
            TestDesk.Reply api = desk.get(desk.editorToken, "/api/drafts");
            TestDesk.Reply page = desk.get(desk.editor, "/drafts");
            TestDesk.Reply health = desk.get(Caller.ANONYMOUS, "/health");

            assertThat(api.status()).isEqualTo(503);
            assertThat(api.header("Retry-After")).contains("5");
            assertThat(api.json().get("error").asText()).isEqualTo("database_unavailable");
            assertThat(api.json().get("retryAfterSeconds").asInt()).isEqualTo(5);
            assertThat(page.status()).isEqualTo(503);
            assertThat(page.header("Retry-After")).contains("5");
            assertThat(health.status()).isEqualTo(503);
            assertThat(health.json().get("status").asText()).isEqualTo("unavailable");
            assertThat(health.json().get("database").asText()).isEqualTo("unreachable");

            proxy.restore();
            TestDesk.Reply back = desk.get(Caller.ANONYMOUS, "/health");

            assertThat(back.status()).isEqualTo(200);
            assertThat(back.json().get("database").asText()).isEqualTo("ok");
            assertThat(desk.get(desk.editorToken, "/api/drafts").status()).isEqualTo(200);
            assertThat(desk.postJson(desk.editorToken, "/api/commentary", java.util.Map.of("date", "2026-03-23",
                    "drafter", "template")).status()).isEqualTo(201);
        }
    }

    /** The same database and schema, reached through the proxy's port. */
    static DatabaseConfig through(TcpProxy proxy, DatabaseConfig config) {
        URI u = URI.create(config.url().substring("jdbc:".length()));
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + u.getRawPath() + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        return new DatabaseConfig(url, config.user(), config.password());
    }
}
