package io.factline.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.h2.store.fs.FileUtils;

/**
 * The file behind an embedded H2 database, and the upkeep it needs: compaction (H2 keeps old chunks,
 * so a busy file grows to about eleven times its live data) and a rewrite when the file was deleted
 * under the running server. Paths are H2 file names, so H2's own file systems ({@code file:},
 * {@code nio:}, or a test's) are honoured.
 *
 * @param url  the configured JDBC URL, which creates the database when it is missing
 * @param name the data file's H2 name, e.g. {@code ./data/factline.mv.db}
 */
record H2File(String url, String user, String password, String name) {

    /** An embedded H2 database with a file (not {@code mem:}, not a server's {@code tcp:}/{@code ssl:}). */
    static Optional<H2File> of(DatabaseConfig config) {
        if (!config.url().startsWith("jdbc:h2:")) return Optional.empty();
        String rest = config.url().substring("jdbc:h2:".length());
        String path = rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest;
        if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:") || path.startsWith("zip:")) {
            return Optional.empty();
        }
        return Optional.of(new H2File(config.url(), config.user(), config.password(), path + ".mv.db"));
    }

    boolean exists() {
        return FileUtils.exists(name);
    }

    long size() {
        return FileUtils.size(name);
    }

    /** The URL the pool uses: never creates an empty database in place of a deleted one (90146 instead). */
    String poolUrl() {
        return url + ";IFEXISTS=TRUE";
    }

    /** Where a rewrite keeps the open database's contents until the new file holds them. */
    String script() {
        return name.substring(0, name.length() - ".mv.db".length()) + ".restore.sql";
    }

    /**
     * Rewrites the file compactly (H2 {@code SHUTDOWN COMPACT}), creating an empty database when there
     * is none, or restoring one from a rewrite that did not finish. Skipped while another connection of
     * this JVM has the database open: SHUTDOWN would close it under that connection.
     */
    void compact() throws SQLException {
        if (!exists() && hasScript()) restore();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            var sessions = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS");
            sessions.next();
            if (sessions.getLong(1) == 1) s.execute("SHUTDOWN COMPACT");
        }
    }

    /**
     * Writes the open database (still reachable through {@code live}) to {@link #script()}, shuts it
     * down, and loads the script into a new file at the old name. A script left by an earlier attempt
     * is the newer copy: then the open database is already shut down ({@code live} may be null) and only
     * the load is repeated.
     */
    void rewriteFrom(Connection live) throws SQLException {
        String dir = FileUtils.getParent(name);
        if (dir != null) FileUtils.createDirectories(dir);
        if (!hasScript()) {
            try (Statement s = live.createStatement()) {
                s.execute("SCRIPT TO '" + quoted(script()) + "'");
                s.execute("SHUTDOWN");
            }
        }
        restore();
    }

    boolean hasScript() {
        return FileUtils.exists(script());
    }

    private void restore() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + quoted(script()) + "'");
        } catch (SQLException e) {
            FileUtils.delete(name);   // a half-loaded file must not pass for the database; the script stays
            throw e;
        }
        FileUtils.delete(script());
    }

    private static String quoted(String s) {
        return s.replace("'", "''");
    }
}
