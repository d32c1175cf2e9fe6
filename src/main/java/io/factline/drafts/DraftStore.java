package io.factline.drafts;

import io.factline.facts.EditorFact;
import io.factline.facts.FactSheet;
import io.factline.facts.Unit;
import io.factline.validation.ValidationReport;
import io.factline.validation.Verdict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Drafts, versions and audit events in the database (same SQL on H2 and PostgreSQL). Every write is
 * one transaction; versions and events are only ever inserted. A save is a compare-and-set on the
 * draft's current version, so two saves on the same base cannot both win.
 */
public final class DraftStore {

    private static final String DRAFT_COLUMNS = "d.id, d.as_of, d.state, d.current_version, d.writer, d.attempts, "
            + "d.data_notes, d.disclaimer, d.created_by, d.created_at, d.updated_at, d.published_version, d.published_at, d.superseded_by";

    private final Jdbi jdbi;
    private final CrashPoint crashPoint;
    private final StoredJson json = new StoredJson();

    public DraftStore(Jdbi jdbi, CrashPoint crashPoint) {
        this.jdbi = jdbi;
        this.crashPoint = crashPoint;
    }

    /** What became of a save. */
    public sealed interface SaveOutcome {
        record Saved(DraftVersion version) implements SaveOutcome { }
        /** The base was not the current version; {@code current} is. */
        record Stale(DraftVersion current) implements SaveOutcome { }
        record NotEditable(DraftState state) implements SaveOutcome { }
        record Missing() implements SaveOutcome { }
    }

    /** Creates the draft with its first version and a "create" event; returns its id. */
    public long create(NewDraft d, String author, Instant now) {
        OffsetDateTime at = utc(now);
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO drafts (as_of, state, current_version, writer, attempts, fact_sheet, "
                            + "data_notes, disclaimer, created_by, created_at, updated_at) VALUES (:asOf, :state, 1, :writer, "
                            + ":attempts, :sheet, :notes, :disclaimer, :author, :at, :at)")
                    .bind("asOf", d.sheet().asOf()).bind("state", DraftState.DRAFT.wire()).bind("writer", d.writer())
                    .bind("attempts", json.write(d.attempts())).bind("sheet", json.sheet(d.sheet()))
                    .bind("notes", json.write(d.dataNotes())).bind("disclaimer", d.disclaimer())
                    .bind("author", author).bind("at", at)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertVersion(h, id, 1, d.body(), d.validation(), author, at);
            insertEvent(h, id, new AuditEvent(now, author, "create", null, DraftState.DRAFT, 1, null, null));
            return id;
        });
    }

    public Optional<DraftRecord> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + DRAFT_COLUMNS + " FROM drafts d WHERE d.id = :id")
                .bind("id", id).map((rs, ctx) -> draft(rs)).findOne());
    }

    /** The first draft {@code actor} created for {@code asOf}: how the scheduled run finds its own draft again. */
    public Optional<Long> createdBy(LocalDate asOf, String actor) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM drafts WHERE as_of = :d AND created_by = :a "
                        + "ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .bind("d", asOf).bind("a", actor).mapTo(Long.class).findOne());
    }

    public Optional<FactSheet> sheet(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT fact_sheet FROM drafts WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne()).map(json::sheet);
    }

    public Optional<DraftVersion> version(long id, int number) {
        return jdbi.withHandle(h -> version(h, id, number));
    }

    public List<VersionInfo> versions(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT version, author, created_at, verdict FROM draft_versions "
                        + "WHERE draft_id = :id ORDER BY version")
                .bind("id", id)
                .map((rs, ctx) -> new VersionInfo(rs.getInt("version"), rs.getString("author"), instant(rs, "created_at"),
                        verdict(rs.getString("verdict"))))
                .list());
    }

    public List<AuditEvent> events(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT occurred_at, actor, action, from_state, to_state, version, note, "
                        + "override_reason FROM draft_events WHERE draft_id = :id ORDER BY id")
                .bind("id", id)
                .map((rs, ctx) -> new AuditEvent(instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
                        rs.getString("from_state") == null ? null : state(rs.getString("from_state")),
                        state(rs.getString("to_state")), rs.getInt("version"), rs.getString("note"),
                        rs.getString("override_reason")))
                .list());
    }

    /** All drafts, newest as-of date first. */
    public List<DraftSummary> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT d.id, d.as_of, d.writer, d.state, d.current_version, d.updated_at, "
                        + "v.verdict, (SELECT e.actor FROM draft_events e WHERE e.draft_id = d.id ORDER BY e.id DESC LIMIT 1) AS last_actor "
                        + "FROM drafts d JOIN draft_versions v ON v.draft_id = d.id AND v.version = d.current_version "
                        + "ORDER BY d.as_of DESC, d.id DESC")
                .map((rs, ctx) -> new DraftSummary(rs.getLong("id"), rs.getObject("as_of", LocalDate.class), rs.getString("writer"),
                        state(rs.getString("state")), rs.getInt("current_version"), verdict(rs.getString("verdict")),
                        instant(rs, "updated_at"), rs.getString("last_actor")))
                .list());
    }

    /**
     * Live commentaries (published, not superseded; a draft being corrected stays live with its published
     * version), most recently published first: {@code limit} of them after the first {@code offset}.
     */
    public List<DraftRecord> published(int limit, long offset) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + DRAFT_COLUMNS + " FROM drafts d WHERE d.published_version IS NOT NULL "
                        + "AND d.superseded_by IS NULL ORDER BY d.published_at DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> draft(rs)).list());
    }

    /** The live commentary of market date {@code asOf}, if one is published. */
    public Optional<DraftRecord> liveOn(LocalDate asOf) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + DRAFT_COLUMNS + " FROM drafts d WHERE d.as_of = :d "
                        + "AND d.published_version IS NOT NULL AND d.superseded_by IS NULL ORDER BY d.published_at DESC, d.id DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .bind("d", asOf).map((rs, ctx) -> draft(rs)).findOne());
    }

    /** The editor-sourced facts of draft {@code id}, E1 first. */
    public List<EditorFact> editorFacts(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT seq, subject, label, fact_value, unit, as_of, source_title, source_url, "
                        + "source_document, added_by, added_at FROM draft_facts WHERE draft_id = :id ORDER BY seq")
                .bind("id", id)
                .map((rs, ctx) -> new EditorFact("E" + rs.getInt("seq"), rs.getString("subject"), rs.getString("label"),
                        rs.getDouble("fact_value"), Unit.parse(rs.getString("unit")), rs.getObject("as_of", LocalDate.class),
                        new EditorFact.Reference(rs.getString("source_title"), rs.getString("source_url"), rs.getString("source_document")),
                        rs.getString("added_by"), instant(rs, "added_at")))
                .list());
    }

    /**
     * Adds an editor-sourced fact as the draft's next E number, with an "add_fact" event, if the draft is still
     * in {@code state} (one that may be edited).
     *
     * @param fact its id and who/when are assigned here
     * @return the stored fact, or empty when the draft changed state in between
     */
    public Optional<EditorFact> addFact(long id, DraftState state, int version, EditorFact fact, String actor, Instant now) {
        OffsetDateTime at = utc(now);
        return jdbi.inTransaction(h -> {
            int locked = h.createUpdate("UPDATE drafts SET updated_at = :at WHERE id = :id AND state = :state")
                    .bind("at", at).bind("id", id).bind("state", state.wire()).execute();   // locks the row: one number per fact
            if (locked == 0) return Optional.<EditorFact>empty();
            int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM draft_facts WHERE draft_id = :id").bind("id", id)
                    .mapTo(Integer.class).one();
            EditorFact stored = new EditorFact("E" + seq, fact.subject(), fact.label(), fact.value(), fact.unit(), fact.asOf(),
                    fact.source(), actor, at.toInstant());
            h.createUpdate("INSERT INTO draft_facts (draft_id, seq, subject, label, fact_value, unit, as_of, source_title, source_url, "
                            + "source_document, added_by, added_at) VALUES (:id, :seq, :subject, :label, :value, :unit, :asOf, :title, "
                            + ":url, :document, :by, :at)")
                    .bind("id", id).bind("seq", seq).bind("subject", stored.subject()).bind("label", stored.label())
                    .bind("value", stored.value()).bind("unit", stored.unit().wire()).bind("asOf", stored.asOf())
                    .bind("title", stored.source().title()).bind("url", stored.source().url())
                    .bind("document", stored.source().document()).bind("by", actor).bind("at", at).execute();
            insertEvent(h, id, new AuditEvent(now, actor, "add_fact", state, state, version, stored.id() + ": " + stored.label() + " ("
                    + stored.subject() + ") " + stored.shown() + " as of " + stored.asOf() + "; source: " + stored.source().title()
                    + (stored.source().location() == null ? "" : ", " + stored.source().location()), null));
            return Optional.of(stored);
        });
    }

    /**
     * The live commentary (as in {@link #published}) of the nearest market date before {@code asOf} ({@code later}
     * false) or after it (true); with {@code asOf} null, the latest market date's.
     */
    public Optional<DraftRecord> publishedBeside(LocalDate asOf, boolean later) {
        String where = asOf == null ? "" : later ? " AND d.as_of > :d" : " AND d.as_of < :d";
        String order = later ? "d.as_of ASC" : "d.as_of DESC";
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT " + DRAFT_COLUMNS + " FROM drafts d WHERE d.published_version IS NOT NULL "
                    + "AND d.superseded_by IS NULL" + where + " ORDER BY " + order + ", d.published_at DESC, d.id DESC FETCH FIRST 1 ROWS ONLY");
            if (asOf != null) q.bind("d", asOf);
            return q.map((rs, ctx) -> draft(rs)).findOne();
        });
    }

    /**
     * Saves {@code body} as the version after {@code base}, if {@code base} is still the current
     * version and the draft may be edited; otherwise changes nothing and says why.
     */
    public SaveOutcome saveVersion(long id, int base, String body, ValidationReport report, String author, Instant now) {
        return saveVersion(id, base, body, report, author, now, "edit", null);
    }

    /** @param action "edit", or "restore" with a note naming the restored version */
    public SaveOutcome saveVersion(long id, int base, String body, ValidationReport report, String author, Instant now, String action,
                                   String note) {
        OffsetDateTime at = utc(now);
        SaveOutcome outcome = jdbi.inTransaction(h -> {
            int claimed = h.createUpdate("UPDATE drafts SET current_version = :next, updated_at = :at "
                            + "WHERE id = :id AND current_version = :base AND state IN ('draft', 'in_review')")
                    .bind("next", base + 1).bind("at", at).bind("id", id).bind("base", base).execute();
            Optional<DraftRecord> draft = h.createQuery("SELECT " + DRAFT_COLUMNS + " FROM drafts d WHERE d.id = :id")
                    .bind("id", id).map((rs, ctx) -> draft(rs)).findOne();
            if (draft.isEmpty()) return new SaveOutcome.Missing();
            if (claimed == 0) {
                if (!draft.get().state().editable()) return new SaveOutcome.NotEditable(draft.get().state());
                return new SaveOutcome.Stale(version(h, id, draft.get().currentVersion()).orElseThrow());
            }
            DraftVersion saved = insertVersion(h, id, base + 1, body, report, author, at);
            DraftState state = draft.get().state();
            insertEvent(h, id, new AuditEvent(now, author, action, state, state, base + 1, note, null));
            crashPoint.reached("save-version:before-commit");
            return new SaveOutcome.Saved(saved);
        });
        if (outcome instanceof SaveOutcome.Saved) crashPoint.reached("save-version:after-commit");
        return outcome;
    }

    /**
     * Moves the draft from {@code from} to {@code event.to()} if it is still in {@code from} at
     * {@code event.version()}, and records the event. Publishing also records the published version and makes
     * this draft the live one of its date: any other live draft of the date is marked superseded by it (with a
     * "supersede" event in its own trail).
     *
     * @return false when the draft changed in between (nothing is written)
     */
    public boolean transition(long id, DraftState from, AuditEvent event) {
        OffsetDateTime at = utc(event.at());
        boolean publish = event.to() == DraftState.PUBLISHED;
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("UPDATE drafts SET state = :to, updated_at = :at"
                            + (publish ? ", published_version = current_version, published_at = :at, superseded_by = NULL" : "")
                            + " WHERE id = :id AND state = :from AND current_version = :version")
                    .bind("to", event.to().wire()).bind("at", at).bind("id", id).bind("from", from.wire())
                    .bind("version", event.version()).execute();
            if (changed == 0) return false;
            insertEvent(h, id, event);
            if (publish) supersede(h, id, event);
            return true;
        });
    }

    private void supersede(Handle h, long id, AuditEvent publish) {
        List<DraftRecord> older = h.createQuery("SELECT " + DRAFT_COLUMNS + " FROM drafts d WHERE d.as_of = (SELECT as_of FROM drafts "
                        + "WHERE id = :id) AND d.id <> :id AND d.published_version IS NOT NULL AND d.superseded_by IS NULL FOR UPDATE")
                .bind("id", id).map((rs, ctx) -> draft(rs)).list();
        for (DraftRecord o : older) {
            h.createUpdate("UPDATE drafts SET superseded_by = :id, updated_at = :at WHERE id = :old")
                    .bind("id", id).bind("at", utc(publish.at())).bind("old", o.id()).execute();
            insertEvent(h, o.id(), new AuditEvent(publish.at(), publish.actor(), "supersede", o.state(), o.state(),
                    o.publishedVersion(), "superseded by draft " + id, null));
        }
    }

    private Optional<DraftVersion> version(Handle h, long id, int number) {
        return h.createQuery("SELECT draft_id, version, body, validation, author, created_at FROM draft_versions "
                        + "WHERE draft_id = :id AND version = :version")
                .bind("id", id).bind("version", number)
                .map((rs, ctx) -> new DraftVersion(rs.getLong("draft_id"), rs.getInt("version"), rs.getString("body"),
                        json.report(rs.getString("validation")), rs.getString("author"), instant(rs, "created_at")))
                .findOne();
    }

    private DraftVersion insertVersion(Handle h, long id, int number, String body, ValidationReport report, String author,
                                       OffsetDateTime at) {
        ValidationReport stored = VersionText.stored(report);
        h.createUpdate("INSERT INTO draft_versions (draft_id, version, body, validation, verdict, author, created_at) "
                        + "VALUES (:id, :version, :body, :validation, :verdict, :author, :at)")
                .bind("id", id).bind("version", number).bind("body", body).bind("validation", json.write(stored))
                .bind("verdict", stored.verdict().wire()).bind("author", author).bind("at", at).execute();
        return new DraftVersion(id, number, body, stored, author, at.toInstant());
    }

    private static void insertEvent(Handle h, long id, AuditEvent e) {
        h.createUpdate("INSERT INTO draft_events (draft_id, occurred_at, actor, action, from_state, to_state, version, note, "
                        + "override_reason) VALUES (:id, :at, :actor, :action, :from, :to, :version, :note, :override)")
                .bind("id", id).bind("at", utc(e.at())).bind("actor", e.actor()).bind("action", e.action())
                .bind("from", e.from() == null ? null : e.from().wire()).bind("to", e.to().wire())
                .bind("version", e.version()).bind("note", e.note()).bind("override", e.overrideReason()).execute();
    }

    private DraftRecord draft(ResultSet rs) throws SQLException {
        Integer published = rs.getObject("published_version") == null ? null : rs.getInt("published_version");
        return new DraftRecord(rs.getLong("id"), rs.getObject("as_of", LocalDate.class), state(rs.getString("state")),
                rs.getInt("current_version"), rs.getString("writer"), json.attempts(rs.getString("attempts")),
                json.strings(rs.getString("data_notes")), rs.getString("disclaimer"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "updated_at"), published,
                rs.getObject("published_at") == null ? null : instant(rs, "published_at"),
                rs.getObject("superseded_by") == null ? null : rs.getLong("superseded_by"));
    }

    /** Both databases keep microseconds; truncating first makes what is read back equal what was written. */
    static OffsetDateTime utc(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static DraftState state(String wire) {
        return DraftState.parse(wire).orElseThrow(() -> new IllegalStateException("unknown state in the store: " + wire));
    }

    private static Verdict verdict(String wire) {
        return "pass".equals(wire) ? Verdict.PASS : Verdict.FAIL;
    }
}
