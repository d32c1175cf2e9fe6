package io.factline.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.factline.drafts.AuditEvent;
import io.factline.drafts.DraftDetail;
import io.factline.drafts.DraftRecord;
import io.factline.drafts.DraftState;
import io.factline.drafts.PublishedCommentary;
import io.factline.drafts.VersionInfo;
import io.factline.facts.EditorFact;
import io.factline.facts.Fact;
import io.factline.facts.Source;
import io.factline.narrative.Attempt;
import io.factline.narrative.Footnotes;
import io.factline.narrative.MarkdownHtml;
import io.factline.reader.DataSet;
import io.factline.validation.ValidationReport;
import io.factline.validation.Verdict;
import io.javalin.openapi.OpenApiIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The JSON documents of the API, as records: what handlers answer and what /openapi describes. */
public final class ApiShapes {

    private ApiShapes() {
    }

    /**
     * Every error: {@code field} names the offending input for a 400 (left out otherwise); {@code details} are what
     * some errors add after the message (retryAfterSeconds; a stale version's currentVersion and current; a refused
     * transition's state, or action, version and validation, as {@link Refused} describes).
     */
    public record ErrorBody(String error, @JsonInclude(JsonInclude.Include.NON_NULL) String field, String message,
                            @JsonIgnore @OpenApiIgnore Map<String, Object> details) {

        public ErrorBody(String error, String field, String message) {
            this(error, field, message, Map.of());
        }

        @JsonAnyGetter
        @OpenApiIgnore
        Map<String, Object> detailFields() {
            return details;
        }
    }

    public record CreateCommentary(String date, String drafter) {
    }

    public record SaveVersion(int baseVersion, String text) {
    }

    /** action: submit, approve, request_changes, reject, publish or reopen; note required for request_changes, reject, reopen. */
    public record Transition(String action, Integer version, String note) {
    }

    /** An editor-sourced fact to add: unit percent, pp, x, price, number or shares; asOf YYYY-MM-DD, not after the draft's date. */
    public record AddFact(String subject, String label, double value, String unit, String asOf, FactSource source) {
    }

    /** Where an editor-sourced figure comes from: a title, and a url or a document. */
    public record FactSource(String title, String url, String document) {
    }

    public record Restore(int version, int baseVersion) {
    }

    /** A 422: approve or publish refused because {@code version} fails; {@code validation} is the fresh report. */
    public record Refused(String error, String message, String action, int version, ValidationReport validation) {
    }

    /** An editor-sourced fact as stored: cite it as [id]. */
    public record EditorFactDocument(String id, String subject, String label, double value, String unit, String display, LocalDate asOf,
                                     FactSource source, String addedBy, Instant addedAt) {

        static EditorFactDocument of(EditorFact f) {
            return new EditorFactDocument(f.id(), f.subject(), f.label(), f.value(), f.unit().wire(), f.shown(), f.asOf(),
                    new FactSource(f.source().title(), f.source().url(), f.source().document()), f.addedBy(), f.addedAt());
        }
    }

    /** Exactly one of facts (a fact sheet document), date or draftId says what to validate against. */
    public record Validate(String text, JsonNode facts, String date, Long draftId, Boolean requireCitations) {
    }

    /**
     * @param database ok, or why not: unreachable, busy, closed, file_missing
     * @param schedule the latest scheduled day (state late or missed when its run did not happen on time); null
     *                 without a schedule or before its first firing
     */
    public record Health(String status, String database, String data, io.factline.schedule.RunStatus.View schedule) {
    }

    /**
     * A draft with one version's text. {@code facts} and {@code sources} are the ones that text cites (editor-sourced
     * ones included); {@code editorFacts} all the draft's editor-sourced facts; {@code pinnedNote} the request for
     * changes or the correction note that sent it back to draft; {@code override} an approval that overrode a failing
     * validation before overrides were removed (old drafts only); {@code supersededBy} the draft published later for
     * the same date.
     */
    public record DraftDocument(long id, LocalDate asOf, DraftState state, String writer, int currentVersion, int version,
                                String text, ValidationReport validation, List<Fact> facts, List<Source> sources,
                                List<EditorFactDocument> editorFacts, AuditEvent pinnedNote,
                                List<String> dataNotes, String disclaimer, List<Attempt> attempts, List<VersionInfo> versions,
                                List<AuditEvent> events, AuditEvent override, String createdBy, Instant createdAt,
                                Instant updatedAt, Integer publishedVersion, Instant publishedAt, Long supersededBy) {

        static DraftDocument of(DraftDetail d) {
            DraftRecord r = d.draft();
            List<Fact> cited = Footnotes.cited(d.version().body(), d.sheet());
            return new DraftDocument(r.id(), r.asOf(), r.state(), r.writer(), r.currentVersion(), d.version().number(),
                    d.version().body(), d.version().validation(), cited, Footnotes.sources(cited, d.sheet()),
                    d.editorFacts().stream().map(EditorFactDocument::of).toList(), d.pinnedNote().orElse(null), r.dataNotes(),
                    r.disclaimer(), r.attempts(), d.versions(), d.events(), d.override().orElse(null), r.createdBy(),
                    r.createdAt(), r.updatedAt(), r.publishedVersion(), r.publishedAt(), r.supersededBy());
        }
    }

    /**
     * A published commentary. {@code url} is the date's page ({@code /commentary/2026-03-23}) while it is live,
     * {@code permalink} its own page, kept when it is superseded; {@code correction} the note of a correction, if the
     * published text is one; {@code sources} name the data set and provider in readers' words, never a file path.
     */
    public record PublishedItem(long id, LocalDate asOf, Instant publishedAt, int version, String writer, String url, String permalink,
                                String narrative, String html, Verdict verdict, CorrectionNote correction, Long supersededBy,
                                List<Fact> facts, List<Source> sources, List<String> dataNotes, String disclaimer) {

        static PublishedItem of(PublishedCommentary p) {
            DraftRecord r = p.draft();
            List<Fact> cited = Footnotes.cited(p.version().body(), p.sheet());
            return new PublishedItem(r.id(), r.asOf(), r.publishedAt(), p.version().number(), r.writer(), PublishedPages.url(r),
                    PublishedPages.permalink(r), p.version().body(), MarkdownHtml.of(p.version().body()),
                    p.version().validation().verdict(), p.correction().map(c -> new CorrectionNote(c.correctedAt(), c.note())).orElse(null),
                    r.supersededBy(), cited, Footnotes.sources(cited, p.sheet()).stream().map(DataSet::forReaders).toList(),
                    r.dataNotes(), r.disclaimer());
        }
    }

    /** "Corrected on {@code correctedAt}: {@code note}". */
    public record CorrectionNote(Instant correctedAt, String note) {
    }

    /**
     * A reader's question for POST /api/ask. {@code date} (YYYY-MM-DD) is what "today" means, by default
     * the latest date in the data; {@code conversationId} continues a conversation (from an earlier answer).
     */
    public record Ask(String question, String date, String conversationId) {
    }

    /** An {@code event: status} of /api/ask: {@code step} is reading, computing, drafting or validating. */
    public record AskStatus(String step, String message) {
    }

    /**
     * The {@code event: answer} of /api/ask: validated text with a marker after every figure, the facts it
     * cites (answer-local ids F1, F2, …) and their sources, who wrote it, the conversation to continue
     * and what "today" meant. Never the rejected drafts or their findings.
     */
    public record AskAnswer(String text, List<Fact> facts, List<Source> sources, String writer, String conversationId,
                            LocalDate date) {
    }

    /** The {@code event: error} of /api/ask: {@code error} is internal or invalid_question. */
    public record AskError(String error, String message) {
    }

    /** Closes rebased to 100 at the first session of the window; null where an instrument has no bar. */
    public record Chart(LocalDate asOf, String basis, List<LocalDate> dates, List<ChartSeries> series) {
    }

    public record ChartSeries(String symbol, String name, List<Double> values) {
    }
}
