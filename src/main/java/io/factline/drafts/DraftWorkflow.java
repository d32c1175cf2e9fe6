package io.factline.drafts;

import io.factline.facts.EditorFact;
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
    private final ReviewRules rules;

    public DraftWorkflow(DraftStore store, SheetSource sheets, CommentaryDesk desk, Drafters drafters, Validator validator,
                         Clock clock) {
        this(store, sheets, desk, drafters, validator, clock, ReviewRules.STANDARD);
    }

    public DraftWorkflow(DraftStore store, SheetSource sheets, CommentaryDesk desk, Drafters drafters, Validator validator,
                         Clock clock, ReviewRules rules) {
        this.rules = rules;
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

    /** One stored version of a draft (the review queue reads each listed draft's headline from it). */
    public Optional<DraftVersion> storedVersion(long id, int number) {
        return store.version(id, number);
    }

    /** @param versionNumber null for the current version */
    public DraftDetail detail(long id, Integer versionNumber) {
        DraftRecord d = find(id);
        int n = versionNumber == null ? d.currentVersion() : versionNumber;
        DraftVersion v = version(id, n);
        List<EditorFact> added = store.editorFacts(id);
        return new DraftDetail(d, v, EditorFact.withSheet(store.sheet(id).orElseThrow(), added), added, store.versions(id),
                store.events(id));
    }

    /** The fact sheet draft {@code id} is checked against, with its editor-sourced facts appended (for display). */
    public FactSheet sheet(long id) {
        return EditorFact.withSheet(store.sheet(id).orElseThrow(() -> notFound(id)), store.editorFacts(id));
    }

    /** Validates {@code text} against draft {@code id}'s sheet and editor-sourced facts, without saving anything. */
    public ValidationReport validate(long id, String text) {
        FactSheet sheet = store.sheet(id).orElseThrow(() -> notFound(id));
        return validator.validate(sheet, VersionText.checked(text), true, store.editorFacts(id));
    }

    /**
     * Adds a figure the sheet lacks as the draft's next editor-sourced fact (E1, E2, …), recorded with who added it
     * and in the audit trail. Allowed while the draft may be edited.
     *
     * @param fact what the editor gave; its id, adder and time are assigned here
     * @throws DraftProblem.InvalidInput naming the field that cannot be used
     */
    public EditorFact addFact(long id, EditorFact fact, String actor) {
        DraftRecord d = find(id);
        EditorFacts.check(fact, d.asOf());
        if (!d.state().editable()) {
            throw new DraftProblem.NotAllowed(d.state(), "a draft that is " + d.state().words()
                    + " takes no new facts; only drafts and drafts in review do");
        }
        return store.addFact(id, d.state(), d.currentVersion(), fact, actor, clock.instant())
                .orElseThrow(() -> new DraftProblem.NotAllowed(find(id).state(), "the draft changed state meanwhile; reload"));
    }

    /** What changed from version {@code from} to version {@code to}: sentences, figures and checks. */
    public VersionDiff diff(long id, int from, int to) {
        find(id);
        return VersionDiff.of(version(id, from), version(id, to));
    }

    /** Saves version {@code from}'s text as the version after {@code base} (a restore never rewrites history). */
    public DraftVersion restore(long id, int from, int base, String actor) {
        find(id);
        DraftVersion old = version(id, from);
        return save(id, base, old.body(), actor, "restore", "restored the text of version " + from);
    }

    /** Saves {@code text} as the version after {@code base}. */
    public DraftVersion save(long id, int base, String text, String actor) {
        return save(id, base, text, actor, "edit", null);
    }

    private DraftVersion save(long id, int base, String text, String actor, String action, String note) {
        String body = VersionText.checked(text);
        if (body.isBlank()) throw new DraftProblem.InvalidInput("text", "the text is empty");
        FactSheet sheet = store.sheet(id).orElseThrow(() -> notFound(id));
        ValidationReport report = validator.validate(sheet, body, true, store.editorFacts(id));
        DraftStore.SaveOutcome outcome = store.saveVersion(id, base, body, report, actor, clock.instant(), action, note);
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
            throw new DraftProblem.StaleVersion(request.version(), version(id, d.currentVersion()));
        }
        DraftState to = action.from(d.state()).orElseThrow(() -> new DraftProblem.NotAllowed(d.state(),
                "cannot " + action.wire() + " a draft that is " + d.state().words() + "; " + action.wire() + " applies to "
                        + action.sources().stream().map(DraftState::words).collect(Collectors.joining(" or "))));
        String note = blankToNull(request.note());
        if (action.needsNote() && note == null) throw new DraftProblem.InvalidInput("note", noteNeeded(action));
        if (action == Action.REOPEN && d.supersededBy() != null) {
            throw new DraftProblem.NotAllowed(d.state(), "this commentary was superseded by draft " + d.supersededBy()
                    + "; correct that one instead");
        }
        if (action == Action.REJECT && d.publishedVersion() != null) {
            throw new DraftProblem.NotAllowed(d.state(), "this is a correction of a published commentary; readers keep the "
                    + "published text until it is published again, so request changes or publish it instead of rejecting");
        }
        if (action == Action.APPROVE || action == Action.PUBLISH) {
            DraftVersion v = version(id, d.currentVersion());
            List<EditorFact> added = store.editorFacts(id);
            ValidationReport fresh = validator.validate(store.sheet(id).orElseThrow(), v.body(), true, added);
            if (!fresh.passed()) throw new DraftProblem.ApprovalRefused(action, v.number(), fresh, failing(fresh));
            if (action == Action.APPROVE && rules.fourEyes()) fourEyes(v, added, actor);
        }
        AuditEvent event = new AuditEvent(clock.instant(), actor, action.wire(), d.state(), to, d.currentVersion(), note, null);
        if (!store.transition(id, d.state(), event)) {
            DraftRecord now = find(id);
            if (now.currentVersion() != d.currentVersion()) {
                throw new DraftProblem.StaleVersion(d.currentVersion(), version(id, now.currentVersion()));
            }
            throw new DraftProblem.NotAllowed(now.state(), "the draft became " + now.state().words() + " meanwhile; reload");
        }
        return find(id);
    }

    private static void fourEyes(DraftVersion v, List<EditorFact> added, String actor) {
        if (v.author().equals(actor)) {
            throw new DraftProblem.FourEyes("four eyes: you saved version " + v.number() + ", so another editor approves it");
        }
        List<String> cited = io.factline.narrative.Footnotes.citedIds(v.body());
        for (EditorFact f : added) {
            if (f.addedBy().equals(actor) && cited.contains(f.id())) {
                throw new DraftProblem.FourEyes("four eyes: you added " + f.id() + " (" + f.label() + "), which version "
                        + v.number() + " cites, so another editor approves it");
            }
        }
    }

    private static String noteNeeded(Action action) {
        return switch (action) {
            case REJECT -> "a rejection needs a note saying why";
            case REQUEST_CHANGES -> "a request for changes needs a note saying what to change";
            case REOPEN -> "a correction needs a note saying what is corrected; readers see it";
            default -> "a note is required";
        };
    }

    /**
     * Published drafts, most recent first, {@code limit} after the first {@code offset}: the drafts' rows only
     * (a list shows their dates); {@link #published(DraftRecord)} loads one's text, sheet and trail.
     */
    public List<DraftRecord> publishedDrafts(int limit, long offset) {
        return store.published(limit, offset);
    }

    /** The commentary of the latest market date with a live commentary, for the front page. */
    public Optional<DraftRecord> latestPublished() {
        return store.publishedBeside(null, false);
    }

    /** The live commentary of the previous ({@code later} false) or next market date with one. */
    public Optional<DraftRecord> publishedBeside(LocalDate asOf, boolean later) {
        return store.publishedBeside(asOf, later);
    }

    /**
     * A commentary that was published, live or superseded (it stays at its URL); one being corrected shows its
     * published version.
     *
     * @throws DraftProblem.NotFound unless draft {@code id} was published
     */
    public PublishedCommentary published(long id) {
        DraftRecord d = store.find(id).filter(r -> r.publishedVersion() != null)
                .orElseThrow(() -> new DraftProblem.NotFound("no published commentary " + id));
        return published(d);
    }

    /** @throws DraftProblem.NotFound when no commentary of market date {@code date} is live */
    public PublishedCommentary liveOn(LocalDate date) {
        return published(store.liveOn(date).orElseThrow(() -> new DraftProblem.NotFound("no published commentary for " + date)));
    }

    /** A published draft with its published version, fact sheet (with editor-sourced facts), correction and successor. */
    public PublishedCommentary published(DraftRecord d) {
        DraftVersion v = store.version(d.id(), d.publishedVersion()).orElseThrow();
        List<AuditEvent> events = store.events(d.id());
        FactSheet sheet = EditorFact.withSheet(store.sheet(d.id()).orElseThrow(), store.editorFacts(d.id()));
        Optional<DraftRecord> successor = d.supersededBy() == null ? Optional.empty() : store.find(d.supersededBy());
        return new PublishedCommentary(d, v, sheet, PublishedCommentary.correction(events), successor, events);
    }

    /** Claims that are not supported, plus problems: what an approval would have to override. */
    public static long failing(ValidationReport report) {
        return report.claims().stream().filter(c -> c.status() != ClaimStatus.SUPPORTED).count() + report.problems().size();
    }

    private DraftVersion version(long id, int n) {
        return store.version(id, n).orElseThrow(() -> new DraftProblem.NotFound("draft " + id + " has no version " + n));
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
