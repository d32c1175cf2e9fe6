package io.factline.store;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Databases for store tests: always a fresh in-memory H2; PostgreSQL when {@code FACTLINE_TEST_DB_URL}
 * (with {@code FACTLINE_TEST_DB_USER} and {@code FACTLINE_TEST_DB_PASSWORD}) is set — scripts/test.sh
 * and CI start PostgreSQL 15 and set them. Each PostgreSQL test gets its own schema, dropped after.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static Database h2() {
        return Database.open(DatabaseConfig.inMemory("t" + UUID.randomUUID().toString().replace("-", "")));
    }

    /** @return a database in a fresh schema of the test PostgreSQL, or empty when none is configured */
    public static Optional<Database> postgres() {
        Map<String, String> env = System.getenv();
        String url = env.get("FACTLINE_TEST_DB_URL");
        if (url == null || url.isBlank()) return Optional.empty();
        String schema = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String user = env.getOrDefault("FACTLINE_TEST_DB_USER", "factline");
        String password = env.getOrDefault("FACTLINE_TEST_DB_PASSWORD", "");
        // plain JDBC, not Database.open: opening would migrate the shared public schema
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password);
             java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create a test schema in " + url + ": " + e.getMessage(), e);
        }
        String sep = url.contains("?") ? "&" : "?";
        return Optional.of(Database.open(new DatabaseConfig(url + sep + "currentSchema=" + schema, user, password)));
    }

    public static boolean postgresConfigured() {
        String url = System.getenv("FACTLINE_TEST_DB_URL");
        return url != null && !url.isBlank();
    }
}
