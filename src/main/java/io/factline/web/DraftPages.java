package io.factline.web;

import io.factline.desk.QuickFix;
import io.factline.desk.QuickFixes;
import io.factline.drafts.Action;
import io.factline.drafts.AuditEvent;
import io.factline.drafts.DraftDetail;
import io.factline.drafts.DraftProblem;
import io.factline.drafts.DraftRecord;
import io.factline.drafts.DraftState;
import io.factline.drafts.DraftVersion;
import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.SheetSource;
import io.factline.drafts.TransitionRequest;
import io.factline.facts.EditorFact;
import io.factline.facts.Fact;
import io.factline.narrative.Attempt;
import io.factline.narrative.Finding;
import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import io.factline.validation.Problem;
import io.factline.validation.ValidationReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The review pages: the drafts list and the draft page with its forms. IO only. */
final class DraftPages implements Routes {

    private final DraftWorkflow workflow;
    private final SheetSource sheets;
    private final Bodies bodies;
    private final Views views;

    public DraftPages(DraftWorkflow workflow, SheetSource sheets, Bodies bodies, Views views) {
        this.workflow = workflow;
        this.sheets = sheets;
        this.bodies = bodies;
        this.views = views;
    }

    @Override
    public void addTo(Javalin app) {
        // GET /drafts, the review queue, is QueuePages
        app.post("/drafts", this::create, Access.EDITOR);
        app.get("/drafts/{id}", this::page, Access.EDITOR);
        app.post("/drafts/{id}/versions", this::save, Access.EDITOR);
        app.post("/drafts/{id}/transitions", this::transition, Access.EDITOR);
        app.post("/drafts/{id}/facts", this::addFact, Access.EDITOR);
        app.post("/drafts/{id}/restore", this::restore, Access.EDITOR);
    }

    void create(Context ctx) {
        Map<String, String> form = bodies.form(ctx);
        LocalDate date = Fields.date(form.get("date"), "date");
        long id = workflow.create(date, form.getOrDefault("drafter", "auto"), Gate.caller(ctx).username());
        views.flash().say(ctx, "Draft for " + date + " written and checked.");
        ctx.redirect("/drafts/" + id, HttpStatus.SEE_OTHER);
    }

    void page(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        String version = ctx.queryParam("version");
        DraftDetail d = workflow.detail(id, version == null ? null : Fields.positive(version, "version"));
        render(ctx, d, null, null);
    }

    void save(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        Map<String, String> form = bodies.form(ctx);
        int base = Fields.positive(form.getOrDefault("baseVersion", ""), "baseVersion");
        String text = form.getOrDefault("text", "");
        try {
            DraftVersion v = workflow.save(id, base, text, Gate.caller(ctx).username());
            views.flash().say(ctx, "Saved as version " + v.number() + (v.validation().passed() ? "; it passes validation."
                    : "; it fails validation, see the marked figures."));
            ctx.redirect("/drafts/" + id, HttpStatus.SEE_OTHER);
        } catch (DraftProblem.StaleVersion | DraftProblem.InvalidInput | DraftProblem.NotAllowed p) {
            ctx.status(Errors.status(p));
            String notice = p instanceof DraftProblem.StaleVersion
                    ? "Not saved: " + p.getMessage() + ". Your text is still in the edit box; the page shows the current version."
                    : "Not saved: " + p.getMessage();
            render(ctx, workflow.detail(id, null), notice, text);
        }
    }

    void transition(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        Map<String, String> form = bodies.form(ctx);
        String name = form.getOrDefault("action", "");
        Action action = Action.parse(name).orElseThrow(() -> new BadRequest("action", "'" + name + "' is not an action"));
        String version = form.get("version");
        TransitionRequest request = new TransitionRequest(action, version == null ? null : Fields.positive(version, "version"),
                form.get("note"));
        try {
            DraftRecord r = workflow.transition(id, request, Gate.caller(ctx).username());
            views.flash().say(ctx, done(action, r));
            ctx.redirect("/drafts/" + id, HttpStatus.SEE_OTHER);
        } catch (DraftProblem.ApprovalRefused | DraftProblem.StaleVersion | DraftProblem.InvalidInput | DraftProblem.NotAllowed
                 | DraftProblem.FourEyes p) {
            ctx.status(Errors.status(p));
            render(ctx, workflow.detail(id, null), p.getMessage(), null);
        }
    }

    /** The form twin of POST /api/drafts/{id}/facts: fields subject, label, value, unit, asOf, sourceTitle, sourceUrl, sourceDocument. */
    void addFact(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        Map<String, String> form = bodies.form(ctx);
        try {
            EditorFact f = workflow.addFact(id, EditorFactFields.read(form), Gate.caller(ctx).username());
            views.flash().say(ctx, "Added " + f.id() + " (" + f.label() + ", " + f.shown() + "); cite it as [" + f.id() + "].");
            ctx.redirect("/drafts/" + id, HttpStatus.SEE_OTHER);
        } catch (BadRequest e) {
            refused(ctx, id, 400, FactForm.refused(form, e.field(), e.getMessage()));
        } catch (DraftProblem.InvalidInput p) {
            refused(ctx, id, Errors.status(p), FactForm.refused(form, p.field(), p.getMessage()));
        } catch (DraftProblem.NotAllowed p) {
            ctx.status(Errors.status(p));
            render(ctx, workflow.detail(id, null), "Fact not added: " + p.getMessage(), null);
        }
    }

    /** The page again with the fact form as the editor filled it in, its bad input marked and named in the notice. */
    private void refused(Context ctx, long id, int status, FactForm form) {
        ctx.status(status);
        render(ctx, workflow.detail(id, null), "Fact not added: " + form.error(), null, form);
    }

    void restore(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        Map<String, String> form = bodies.form(ctx);
        int from = Fields.positive(form.getOrDefault("version", ""), "version");
        int base = Fields.positive(form.getOrDefault("baseVersion", ""), "baseVersion");
        try {
            DraftVersion v = workflow.restore(id, from, base, Gate.caller(ctx).username());
            views.flash().say(ctx, "Version " + from + " restored as version " + v.number() + ".");
            ctx.redirect("/drafts/" + id, HttpStatus.SEE_OTHER);
        } catch (DraftProblem.StaleVersion | DraftProblem.InvalidInput | DraftProblem.NotAllowed p) {
            ctx.status(Errors.status(p));
            render(ctx, workflow.detail(id, null), "Not restored: " + p.getMessage(), null);
        }
    }

    private static String done(Action action, DraftRecord r) {
        return switch (action) {
            case SUBMIT -> "Submitted version " + r.currentVersion() + " for review.";
            case APPROVE -> "Approved version " + r.currentVersion() + "; it can be published.";
            case REQUEST_CHANGES -> "Sent back to draft; your note is pinned at the top.";
            case REJECT -> "Rejected; the draft will not run.";
            case PUBLISH -> "Published; readers see it at " + PublishedPages.url(r) + ".";
            case REOPEN -> "Reopened for a correction; readers keep the published text until the corrected one is published.";
        };
    }

    private void render(Context ctx, DraftDetail d, String notice, String editorText) {
        render(ctx, d, notice, editorText, FactForm.empty());
    }

    private void render(Context ctx, DraftDetail d, String notice, String editorText, FactForm factForm) {
        DraftRecord r = d.draft();
        DraftVersion v = d.version();
        ValidationReport report = v.validation();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("asOf", r.asOf());
        m.put("chatDate", r.asOf());   // the chat box's "today" is the draft's date
        m.put("state", r.state().wire());
        m.put("stateWords", r.state().words());
        m.put("writer", r.writer());
        m.put("createdBy", r.createdBy());
        m.put("createdAt", Views.when(r.createdAt()));
        m.put("shownVersion", v.number());
        m.put("currentVersion", r.currentVersion());
        m.put("isCurrent", d.isCurrent());
        if (notice != null) m.put("notice", Map.of("noticeKind", "error", "noticeText", notice));
        d.pinnedNote().ifPresent(p -> m.put("pinned", Map.of("pinnedAction", p.action().equals(Action.REOPEN.wire())
                ? "Reopened for a correction" : "Changes requested", "pinnedActor", p.actor(), "pinnedAt", Views.when(p.at()),
                "pinnedNote", p.note() == null ? "" : p.note())));
        if (r.supersededBy() != null) m.put("supersededBy", r.supersededBy());
        m.put("editorFacts", d.editorFacts().stream().map(f -> Map.of("factId", f.id(), "factLabel", f.label(), "factSubject",
                f.subject(), "factShown", f.shown(), "factAsOf", f.asOf(), "factSource", f.asSource().title(),
                "factLocation", f.source().location() == null ? "" : f.source().location(), "factBy", f.addedBy())).toList());
        d.override().ifPresent(o -> m.put("approvalOverride", Map.of("overrideActor", o.actor(), "overrideAt", Views.when(o.at()),
                "overrideVersion", o.version(), "overrideReasonText", o.overrideReason())));
        m.put("passes", report.passed());
        List<Map<String, Object>> failures = failures(v.body(), report, QuickFixes.of(d.sheet(), report));
        m.put("failures", failures);
        m.put("hasFailures", !failures.isEmpty());
        m.put("failingCount", failures.size());
        m.put("narrativeHtml", DeskHtml.demoteHeadings(NarrativeHtml.render(v.body(), report, d.sheet())));
        m.put("factsJson", DeskHtml.factsJson(d.sheet()));
        Sources.put(m, v.body(), d.sheet(), r.dataNotes());
        m.put("disclaimer", r.disclaimer());
        m.put("chartSymbols", chartSymbols(v.body(), d));
        boolean current = d.isCurrent();
        m.put("canSubmit", current && Action.SUBMIT.from(r.state()).isPresent());
        m.put("canApprove", current && Action.APPROVE.from(r.state()).isPresent());
        m.put("canPublish", current && Action.PUBLISH.from(r.state()).isPresent());
        m.put("canReject", current && Action.REJECT.from(r.state()).isPresent() && r.publishedVersion() == null);
        m.put("canRequestChanges", current && Action.REQUEST_CHANGES.from(r.state()).isPresent());
        m.put("canReopen", current && Action.REOPEN.from(r.state()).isPresent() && r.supersededBy() == null);
        m.put("isFinal", r.state() == DraftState.REJECTED);
        if (r.publishedVersion() != null) m.put("publishedUrl", PublishedPages.url(r));
        boolean editable = current && r.state().editable();
        m.put("canEdit", editable);
        m.put("factForm", factForm.model(r.asOf()));
        m.put("chart", true);
        m.put("desk", true);
        m.put("editorText", editorText != null ? editorText : v.body());
        m.put("baseVersion", r.currentVersion());
        m.put("nextVersion", r.currentVersion() + 1);
        m.put("versions", d.versions().stream().map(x -> Map.of("draftId", r.id(), "number", x.number(), "author", x.author(),
                "savedAt", Views.when(x.createdAt()), "verdictWord", x.verdict().wire(), "latest", x.number() == r.currentVersion(),
                "restorable", editable && x.number() != r.currentVersion(), "previous", x.number() == r.currentVersion() - 1)).toList());
        m.put("hasSeveralVersions", d.versions().size() > 1);
        m.put("events", d.events().stream().map(DraftPages::event).toList());
        m.put("attempts", r.attempts().stream().map(DraftPages::attempt).toList());
        views.render(ctx, "draft.mustache", "Draft " + r.asOf(), m);
    }

    /** Failing claims and problems, in text order, as the editor should read them, each with its quick fixes. */
    static List<Map<String, Object>> failures(String body, ValidationReport report, List<QuickFix> fixes) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Claim c : report.claims()) {
            if (c.status() != ClaimStatus.SUPPORTED) {
                List<Map<String, Object>> mine = fixes.stream().filter(f -> f.claimStart() == c.start() && f.claimEnd() == c.end())
                        .map(f -> Map.<String, Object>of("fixStart", f.start(), "fixEnd", f.end(), "replacement", f.replacement(),
                                "label", f.label())).toList();
                out.add(Map.of("what", c.text(), "start", c.start(), "end", c.end(), "status", c.status().wire().replace('_', ' '),
                        "message", String.valueOf(c.message()), "fixes", mine));
            }
        }
        for (Problem p : report.problems()) {
            boolean inText = p.start() >= 0 && p.end() <= body.length() && p.start() < p.end();
            out.add(Map.of("what", inText ? body.substring(p.start(), p.end()) : p.kind().wire(), "start", inText ? p.start() : 0,
                    "end", inText ? p.end() : 0, "status", p.kind().wire().replace('_', ' '), "message", p.message(), "fixes", List.of()));
        }
        out.sort(java.util.Comparator.comparingInt(m -> (Integer) m.get("start")));
        return out;
    }

    /** The instruments the text cites (subjects of its facts, and what relative figures compare against). */
    private static String chartSymbols(String body, DraftDetail d) {
        Set<String> symbols = new LinkedHashSet<>();
        for (Fact f : io.factline.narrative.Footnotes.cited(body, d.sheet())) {
            symbols.add(f.subject());
            if (f.against() != null) symbols.add(f.against());
        }
        if (symbols.isEmpty()) d.sheet().instruments().stream().limit(2).forEach(i -> symbols.add(i.symbol()));
        return String.join(",", symbols.stream().limit(20).map(sym -> java.net.URLEncoder.encode(sym, java.nio.charset.StandardCharsets.UTF_8)).toList());
    }

    private static Map<String, Object> event(AuditEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventAt", Views.when(e.at()));
        m.put("actor", e.actor());
        m.put("action", e.action());
        m.put("fromState", e.from() == null ? "" : e.from().words());
        m.put("toState", e.to().words());
        m.put("eventVersion", e.version());
        m.put("eventNote", e.note() == null ? "" : e.note());
        m.put("eventOverride", e.overrideReason() == null ? "" : e.overrideReason());
        return m;
    }

    private static Map<String, Object> attempt(Attempt a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("attemptWriter", a.writer());
        m.put("outcome", a.outcome());
        m.put("attemptError", a.error() == null ? "" : a.error());
        List<Map<String, String>> findings = new ArrayList<>();
        for (Finding f : a.findings()) findings.add(Map.of("findingText", f.text(), "findingMessage", f.message()));
        m.put("findings", findings);
        m.put("hasFindings", !findings.isEmpty());
        return m;
    }
}
