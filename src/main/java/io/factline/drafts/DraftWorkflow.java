package io.factline.drafts;

import io.factline.facts.FactSheet;
import io.factline.narrative.Commentary;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.Writer;
import io.factline.validation.ClaimStatus;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The review workflow: creates drafts from the commentary desk, saves edits as new validated versions,
 * and applies the state rules of {@link Action}. Every text is validated against the draft's own fact
 * sheet with citations required, as the desk does; approval re-validates, so it never rests on a
 * stale verdict.
 */
public final class DraftWorkflow {

    private final DraftStore store;
    private final SheetSource sheets;
    private final CommentaryDesk desk;
    private final Drafters drafters;
    private final Validator validator;
    private final Clock clock;

    public DraftWorkflow(DraftStore store, SheetSource sheets, CommentaryDesk desk, Drafters drafters, Validator validator,
                         Clock clock) {
        this.store = store;
        this.sheets = sheets;
        this.desk = desk;
        this.drafters = drafters;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Writes the commentary for {@code date} and stores it as a new draft.
     *
     * @throws CommentaryDesk.NoValidCommentary when no writer produced text that passes validation
     */
    public long create(LocalDate date, String drafter, String actor) {
        Writer writer = drafters.choose(drafter);
        FactSheet sheet = sheets.sheet(date);
        Commentary c = desk.write(sheet, writer);
        return store.create(new NewDraft(sheet, c.writer(), c.attempts(), c.dataNotes(), c.disclaimer(), c.narrative(),
                c.validation()), actor, clock.instant());
    }

    /** The draft {@code actor} already created for {@code date}, if any. */
    public Optional<Long> createdBy(LocalDate date, String actor) {
        return store.createdBy(date, actor);
    }

    public List<DraftSummary> list() {
        return store.list();
    }

    /** @param versionNumber null for the current version */
    public DraftDetail detail(long id, Integer versionNumber) {
        DraftRecord d = find(id);
        int n = versionNumber == null ? d.currentVersion() : versionNumber;
        DraftVersion v = store.version(id, n).orElseThrow(() -> new DraftProblem.NotFound("draft " + id + " has no version " + n));
        return new DraftDetail(d, v, store.sheet(id).orElseThrow(), store.versions(id), store.events(id));
    }

    /** Validates {@code text} against draft {@code id}'s sheet, without saving anything. */
    public ValidationReport validate(long id, String text) {
        FactSheet sheet = store.sheet(id).orElseThrow(() -> notFound(id));
        return validator.validate(sheet, VersionText.checked(text), true);
    }

    /** Saves {@code text} as the version after {@code base}. */
    public DraftVersion save(long id, int base, String text, String actor) {
        String body = VersionText.checked(text);
        if (body.isBlank()) throw new DraftProblem.InvalidInput("text", "the text is empty");
        FactSheet sheet = store.sheet(id).orElseThrow(() -> notFound(id));
        ValidationReport report = validator.validate(sheet, body, true);
        DraftStore.SaveOutcome outcome = store.saveVersion(id, base, body, report, actor, clock.instant());
        if (outcome instanceof DraftStore.SaveOutcome.Saved s) return s.version();
        if (outcome instanceof DraftStore.SaveOutcome.Stale s) throw new DraftProblem.StaleVersion(base, s.current());
        if (outcome instanceof DraftStore.SaveOutcome.NotEditable n) {
            throw new DraftProblem.NotAllowed(n.state(), "a draft that is " + n.state().words()
                    + " cannot be edited; only drafts and drafts in review can");
        }
        throw notFound(id);
    }

    public DraftRecord transition(long id, TransitionRequest request, String actor) {
        DraftRecord d = find(id);
        Action action = request.action();
        if (request.version() != null && request.version() != d.currentVersion()) {
            throw new DraftProblem.StaleVersion(request.version(), store.version(id, d.currentVersion()).orElseThrow());
        }
        DraftState to = action.from(d.state()).orElseThrow(() -> new DraftProblem.NotAllowed(d.state(),
                "cannot " + action.wire() + " a draft that is " + d.state().words() + "; " + action.wire() + " applies to "
                        + action.sources().stream().map(DraftState::words).collect(Collectors.joining(" or "))));
        String note = blankToNull(request.note());
        String override = null;
        if (action == Action.REJECT && note == null) {
            throw new DraftProblem.InvalidInput("note", "a rejection needs a note saying why");
        }
        if (action == Action.APPROVE) {
            DraftVersion v = store.version(id, d.currentVersion()).orElseThrow();
            ValidationReport fresh = validator.validate(store.sheet(id).orElseThrow(), v.body(), true);
            if (!fresh.passed()) {
                override = blankToNull(request.override());
                if (override == null) throw new DraftProblem.ApprovalRefused(v.number(), fresh, failing(fresh));
            }
        }
        AuditEvent event = new AuditEvent(clock.instant(), actor, action.wire(), d.state(), to, d.currentVersion(), note, override);
        if (!store.transition(id, d.state(), event)) {
            DraftRecord now = find(id);
            if (now.currentVersion() != d.currentVersion()) {
                throw new DraftProblem.StaleVersion(d.currentVersion(), store.version(id, now.currentVersion()).orElseThrow());
            }
            throw new DraftProblem.NotAllowed(now.state(), "the draft became " + now.state().words() + " meanwhile; reload");
        }
        return find(id);
    }

    /**
     * Published drafts, most recent first, {@code limit} after the first {@code offset}: the drafts' rows only
     * (a list shows their dates); {@link #published(DraftRecord)} loads one's text, sheet and trail.
     */
    public List<DraftRecord> publishedDrafts(int limit, long offset) {
        return store.published(limit, offset);
    }

    /** The commentary of the latest market date with one published, for the front page. */
    public Optional<DraftRecord> latestPublished() {
        return store.publishedBeside(null, false);
    }

    /** The published commentary of the previous ({@code later} false) or next market date with one. */
    public Optional<DraftRecord> publishedBeside(LocalDate asOf, boolean later) {
        return store.publishedBeside(asOf, later);
    }

    /** @throws DraftProblem.NotFound unless draft {@code id} is published */
    public PublishedCommentary published(long id) {
        DraftRecord d = store.find(id).filter(r -> r.state() == DraftState.PUBLISHED)
                .orElseThrow(() -> new DraftProblem.NotFound("no published commentary " + id));
        return published(d);
    }

    /** A published draft with its published version, fact sheet and override, if any. */
    public PublishedCommentary published(DraftRecord d) {
        DraftVersion v = store.version(d.id(), d.publishedVersion()).orElseThrow();
        List<AuditEvent> events = store.events(d.id());
        return new PublishedCommentary(d, v, store.sheet(d.id()).orElseThrow(),
                events.stream().filter(e -> e.overrideReason() != null).reduce((a, b) -> b));
    }

    /** Claims that are not supported, plus problems: what an approval would have to override. */
    public static long failing(ValidationReport report) {
        return report.claims().stream().filter(c -> c.status() != ClaimStatus.SUPPORTED).count() + report.problems().size();
    }

    private DraftRecord find(long id) {
        return store.find(id).orElseThrow(() -> notFound(id));
    }

    private static DraftProblem.NotFound notFound(long id) {
        return new DraftProblem.NotFound("no draft " + id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
