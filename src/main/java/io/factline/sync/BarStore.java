package io.factline.sync;

import io.factline.market.feed.Bar;
import io.factline.market.feed.Fetch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Fetched bars in the database, one row per (symbol, date, provider, revision). Saving a fetch adds
 * revision 1 for a new day, skips a day whose latest revision has the same values, and adds the next
 * revision for a day the provider has corrected. Nothing is updated in place.
 */
public final class BarStore {

    private final Jdbi jdbi;

    public BarStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** How a save went: days new to the store, days revised by the provider, days unchanged. */
    public record Saved(int added, int revised, int unchanged) {
    }

    /** A stored bar with its revision and when it was retrieved. */
    public record StoredBar(Bar bar, int revision, Instant retrievedAt) {
    }

    /** Saves a fetch in one transaction: all of its bars or none. */
    public Saved save(Fetch fetch) {
        return jdbi.inTransaction(h -> {
            int added = 0, revised = 0, unchanged = 0;
            for (Bar b : fetch.bars()) {
                Optional<StoredBar> latest = latest(h, fetch.symbol(), fetch.provider(), b.date());
                if (latest.isPresent() && same(latest.get().bar(), b)) {
                    unchanged++;
                    continue;
                }
                int revision = latest.map(s -> s.revision() + 1).orElse(1);
                h.createUpdate("INSERT INTO bars (symbol, bar_date, provider, revision, open_price, high_price, low_price, "
                                + "close_price, adj_close, volume, retrieved_at) VALUES (:s, :d, :p, :r, :o, :h, :l, :c, :a, :v, :t)")
                        .bind("s", fetch.symbol()).bind("d", b.date()).bind("p", fetch.provider()).bind("r", revision)
                        .bind("o", b.open()).bind("h", b.high()).bind("l", b.low()).bind("c", b.close())
                        .bind("a", b.adjClose()).bind("v", b.volume())
                        .bind("t", OffsetDateTime.ofInstant(fetch.retrievedAt(), ZoneOffset.UTC))
                        .execute();
                if (revision == 1) added++;
                else revised++;
            }
            return new Saved(added, revised, unchanged);
        });
    }

    /** The latest revision of every stored day of a symbol from a provider, oldest day first. */
    public List<StoredBar> latest(String symbol, String provider) {
        return jdbi.withHandle(h -> h.createQuery("SELECT b.* FROM bars b WHERE b.symbol = :s AND b.provider = :p "
                        + "AND b.revision = (SELECT MAX(x.revision) FROM bars x WHERE x.symbol = b.symbol "
                        + "AND x.provider = b.provider AND x.bar_date = b.bar_date) ORDER BY b.bar_date")
                .bind("s", symbol).bind("p", provider).map((rs, ctx) -> row(rs)).list());
    }

    /** The first and last stored day of a symbol from a provider, if any. */
    public Optional<LocalDate[]> span(String symbol, String provider) {
        return jdbi.withHandle(h -> h.createQuery("SELECT MIN(bar_date) AS lo, MAX(bar_date) AS hi FROM bars "
                        + "WHERE symbol = :s AND provider = :p")
                .bind("s", symbol).bind("p", provider)
                .map((rs, ctx) -> rs.getObject("lo", LocalDate.class) == null ? null
                        : new LocalDate[] {rs.getObject("lo", LocalDate.class), rs.getObject("hi", LocalDate.class)})
                .findOne());
    }

    /** The provider that most recently delivered bars for a symbol, if any. */
    public Optional<String> latestProvider(String symbol) {
        return jdbi.withHandle(h -> h.createQuery("SELECT provider FROM bars WHERE symbol = :s "
                        + "ORDER BY retrieved_at DESC, provider FETCH FIRST 1 ROWS ONLY")
                .bind("s", symbol).mapTo(String.class).findOne());
    }

    private static Optional<StoredBar> latest(Handle h, String symbol, String provider, LocalDate date) {
        return h.createQuery("SELECT * FROM bars WHERE symbol = :s AND provider = :p AND bar_date = :d "
                        + "ORDER BY revision DESC FETCH FIRST 1 ROWS ONLY")
                .bind("s", symbol).bind("p", provider).bind("d", date).map((rs, ctx) -> row(rs)).findOne();
    }

    private static StoredBar row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Bar bar = new Bar(rs.getObject("bar_date", LocalDate.class), nullable(rs, "open_price"), nullable(rs, "high_price"),
                nullable(rs, "low_price"), rs.getDouble("close_price"), nullable(rs, "adj_close"), nullable(rs, "volume"));
        return new StoredBar(bar, rs.getInt("revision"), rs.getObject("retrieved_at", OffsetDateTime.class).toInstant());
    }

    private static Double nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static boolean same(Bar a, Bar b) {
        return Objects.equals(a.open(), b.open()) && Objects.equals(a.high(), b.high()) && Objects.equals(a.low(), b.low())
                && a.close() == b.close() && Objects.equals(a.adjClose(), b.adjClose()) && Objects.equals(a.volume(), b.volume());
    }
}
