package io.factline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The open store: a connection pool, migrated to the latest schema on open, and a JDBI handle over it.
 * Migrations live in {@code src/main/resources/db/migration} and are written once for H2 (PostgreSQL
 * mode) and PostgreSQL alike: plain SQL types, JSON documents as TEXT.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final DatabaseConfig config;

    private Database(DatabaseConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** @throws StoreUnavailable when the database cannot be reached or migrated, with a one-line reason */
    public static Database open(DatabaseConfig config) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(config.url());
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(8);
        hc.setPoolName("factline");
        hc.setInitializationFailTimeout(3_000);   // fail fast with a clear message rather than hang
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StoreUnavailable("cannot open the database " + config.url() + ": " + rootMessage(e));
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreUnavailable("cannot migrate the database " + config.url() + ": " + rootMessage(e));
        }
        return new Database(config, pool);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return pool;
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static String rootMessage(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) c = c.getCause();
        String m = c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** The store cannot be used: unreachable, wrong credentials, or a failed migration. */
    public static final class StoreUnavailable extends RuntimeException {
        public StoreUnavailable(String message) {
            super(message, null, false, false);
        }
    }
}
