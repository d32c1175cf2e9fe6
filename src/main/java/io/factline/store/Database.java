package io.factline.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open store: a connection pool, migrated to the latest schema on open, and a JDBI handle over it.
 * Migrations live in {@code src/main/resources/db/migration} and are written once for H2 (PostgreSQL
 * mode) and PostgreSQL alike: plain SQL types, JSON documents as TEXT.
 * <p>
 * Faults: a borrow waits at most {@link #CONNECTION_TIMEOUT} (HikariCP's default is 30 s, which held a
 * request thread that long while PostgreSQL was down); connections H2 closed underneath (disk full,
 * SHUTDOWN) are evicted so the pool reopens the file; an H2 file deleted under the server is rewritten
 * from the still-open database before the next connection is handed out, so no write goes to the
 * deleted file. Each fault surfaces as an {@link Outage}.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Longest wait for a connection; past it the request is answered 503 rather than held. */
    public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(2);

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final DatabaseConfig config;
    private final Optional<H2File> file;
    private Connection keeper;

    private Database(DatabaseConfig config, HikariDataSource pool, Optional<H2File> file) {
        this.config = config;
        this.pool = pool;
        this.file = file;
        this.jdbi = Jdbi.create(this::connect);
    }

    /** @throws StoreUnavailable when the database cannot be reached or migrated, with a one-line reason */
    public static Database open(DatabaseConfig config) {
        Optional<H2File> file = H2File.of(config);
        try {
            if (file.isPresent()) file.get().compact();   // also creates the file on first use
        } catch (SQLException e) {
            throw new StoreUnavailable("cannot open the database " + config.url() + ": " + rootMessage(e));
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(file.map(H2File::poolUrl).orElse(config.url()));
        hc.setUsername(config.user());
        hc.setPassword(config.password());
        hc.setMaximumPoolSize(8);
        hc.setPoolName("factline");
        hc.setInitializationFailTimeout(3_000);   // fail fast with a clear message rather than hang
        hc.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        hc.setValidationTimeout(1_000);   // a borrow's liveness check, inside the connection timeout
        var created = new java.util.concurrent.atomic.AtomicReference<HikariDataSource>();
        hc.setExceptionOverride(Outage.evictClosed(() -> {
            HikariDataSource p = created.get();
            if (p != null && p.getHikariPoolMXBean() != null) p.getHikariPoolMXBean().softEvictConnections();
        }));
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
            created.set(pool);
        } catch (RuntimeException e) {
            throw new StoreUnavailable("cannot open the database " + config.url() + ": " + rootMessage(e));
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreUnavailable("cannot migrate the database " + config.url() + ": " + rootMessage(e));
        }
        return new Database(config, pool, file);
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

    /** What /health reports: ok, or the outage's kind. */
    public record Health(boolean ok, String state) {
    }

    /**
     * A write that must round-trip: a full disk or a closed file fails it, where {@code SELECT 1} may
     * still pass. Goes through the same path as requests, so a deleted H2 file is rewritten here too.
     */
    public Health check() {
        String probe = UUID.randomUUID().toString();
        try {
            String read = jdbi.inTransaction(h -> {
                int n = h.createUpdate("UPDATE factline_info SET info_value = :v WHERE info_key = 'health_probe'")
                        .bind("v", probe).execute();
                if (n == 0) h.createUpdate("INSERT INTO factline_info (info_key, info_value) VALUES ('health_probe', :v)")
                        .bind("v", probe).execute();
                return h.createQuery("SELECT info_value FROM factline_info WHERE info_key = 'health_probe'")
                        .mapTo(String.class).one();
            });
            return probe.equals(read) ? new Health(true, "ok") : new Health(false, "inconsistent");
        } catch (RuntimeException e) {
            Optional<Outage> outage = Outage.of(e);
            if (outage.isEmpty()) LOG.error("database health check failed", e);
            return new Health(false, outage.map(Outage::kind).orElse("failing"));
        }
    }

    /** Every connection JDBI uses comes through here. */
    private Connection connect() throws SQLException {
        if (file.isPresent() && !file.get().exists()) rewrite(file.get());
        return pool.getConnection();
    }

    /**
     * Rewrites a deleted H2 file from the database H2 still has open. Until that succeeds, {@code keeper}
     * holds one connection: H2 closes a database with its last connection, and the deleted file's data
     * would go with it.
     */
    private synchronized void rewrite(H2File f) throws SQLException {
        if (f.exists()) return;   // another thread rewrote it while this one waited
        LOG.error("the H2 file {} was deleted under the running server; rewriting it from the open database", f.name());
        try {
            if (keeper == null && !f.hasScript()) keeper = pool.getConnection();
            f.rewriteFrom(keeper);
        } catch (SQLException | RuntimeException e) {   // H2's file system reports IO trouble unchecked
            LOG.error("could not rewrite the H2 file {}: {}; answering 503 until it can be", f.name(), rootMessage(e));
            throw new Outage.FileMissing("the H2 file " + f.name() + " is missing and could not be rewritten: " + rootMessage(e));
        }
        closeQuietly(keeper);   // its database was shut down for the rewrite
        keeper = null;
        pool.getHikariPoolMXBean().softEvictConnections();   // so were theirs
        LOG.warn("the H2 file {} was rewritten ({} bytes); writes go to it again", f.name(), f.size());
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException e) {
            // closed with its database already
        }
    }

    /**
     * Closes the pool; an H2 file is then compacted ({@code SHUTDOWN COMPACT} on a connection of its own,
     * as on open), so it starts small next time.
     */
    @Override
    public void close() {
        synchronized (this) {
            closeQuietly(keeper);
        }
        pool.close();
        if (file.isPresent() && file.get().exists()) {
            try {
                file.get().compact();
            } catch (SQLException e) {
                LOG.warn("could not compact {} on close: {}", file.get().name(), rootMessage(e));
            }
        }
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
