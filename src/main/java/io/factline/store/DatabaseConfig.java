package io.factline.store;

import java.util.Map;

/**
 * Where the store lives. By default an embedded H2 file database under {@code ./data/} (created on
 * first use); PostgreSQL when {@code FACTLINE_DB_URL} points at one. H2 runs in PostgreSQL mode so
 * the same migrations and queries serve both.
 */
public record DatabaseConfig(String url, String user, String password) {

    /**
     * WRITE_DELAY=0: H2 otherwise flushes committed transactions up to 500 ms later, so a process
     * killed right after answering "saved" could lose the save (shown by the desk's restart test).
     */
    public static final String DEFAULT_URL =
            "jdbc:h2:file:./data/factline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    public static DatabaseConfig fromEnvironment(Map<String, String> env) {
        String url = env.getOrDefault("FACTLINE_DB_URL", "").isBlank() ? DEFAULT_URL : env.get("FACTLINE_DB_URL").strip();
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new Database.StoreUnavailable("FACTLINE_DB_URL: '" + url + "' is neither a jdbc:h2: nor a jdbc:postgresql: URL");
        }
        return new DatabaseConfig(url, env.getOrDefault("FACTLINE_DB_USER", url.startsWith("jdbc:h2:") ? "sa" : ""),
                env.getOrDefault("FACTLINE_DB_PASSWORD", ""));
    }

    /** A private in-memory H2 database, for tests; {@code name} keeps parallel tests apart. */
    public static DatabaseConfig inMemory(String name) {
        return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH", "sa", "");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials, for messages and logs. */
    @Override
    public String toString() {
        return "DatabaseConfig[" + url + ", user=" + user + "]";
    }
}
