package io.factline.web;

import io.factline.drafts.Action;
import io.factline.drafts.DraftState;
import io.factline.drafts.DraftSummary;
import io.factline.drafts.DraftVersion;
import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.TransitionRequest;
import io.factline.drafts.VersionDiff;
import io.factline.facts.EditorFact;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The drafts API: create, list, read, save versions, move through the review states. IO only. */
final class DraftApi implements Routes {

    private final DraftWorkflow workflow;
    private final Bodies bodies;

    public DraftApi(DraftWorkflow workflow, Bodies bodies) {
        this.workflow = workflow;
        this.bodies = bodies;
    }

    @Override
    public void addTo(Javalin app) {
        app.post("/api/commentary", this::create, Access.EDITOR);
        app.get("/api/drafts", this::list, Access.EDITOR);
        app.get("/api/drafts/{id}", this::read, Access.EDITOR);
        app.post("/api/drafts/{id}/versions", this::save, Access.EDITOR);
        app.post("/api/drafts/{id}/transitions", this::transition, Access.EDITOR);
        app.post("/api/drafts/{id}/facts", this::addFact, Access.EDITOR);
        app.get("/api/drafts/{id}/diff", this::diff, Access.EDITOR);
        app.post("/api/drafts/{id}/restore", this::restore, Access.EDITOR);
    }

    @OpenApi(path = "/api/commentary", methods = HttpMethod.POST, operationId = "createDraft", tags = "drafts",
            summary = "Write the commentary for a date and store it as a new draft",
            description = "drafter: auto (the model if configured, else the template), template or llm. The text is "
                    + "always validated: if no writer produces text that passes, nothing is stored (422).",
            security = @OpenApiSecurity(name = "BearerAuth"),
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ApiShapes.CreateCommentary.class)),
            responses = {
                    @OpenApiResponse(status = "201", content = @OpenApiContent(from = ApiShapes.DraftDocument.class)),
                    @OpenApiResponse(status = "400", description = "bad date, no data on the date, unknown drafter, malformed JSON",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "403", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "422", description = "no draft passed validation",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void create(Context ctx) {
        ApiShapes.CreateCommentary body = bodies.read(ctx, ApiShapes.CreateCommentary.class);
        LocalDate date = Fields.date(body.date(), "date");
        String drafter = body.drafter() == null ? "auto" : body.drafter();
        long id = workflow.create(date, drafter, Gate.caller(ctx).username());
        ctx.status(201).header("Location", "/api/drafts/" + id).json(ApiShapes.DraftDocument.of(workflow.detail(id, null)));
    }

    @OpenApi(path = "/api/drafts", methods = HttpMethod.GET, operationId = "listDrafts", tags = "drafts",
            summary = "All drafts, newest date first: date, writer, verdict, state, last change",
            security = @OpenApiSecurity(name = "BearerAuth"),
            queryParams = @OpenApiParam(name = "state", description = "only drafts in this state: draft, in_review, approved, published, rejected"),
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = DraftSummary[].class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void list(Context ctx) {
        String state = ctx.queryParam("state");
        List<DraftSummary> all = workflow.list();
        if (state != null) {
            DraftState s = DraftState.parse(state).orElseThrow(() -> new BadRequest("state", "'" + state + "' is not a state; one of "
                    + Arrays.stream(DraftState.values()).map(DraftState::wire).collect(Collectors.joining(", "))));
            all = all.stream().filter(d -> d.state() == s).toList();
        }
        ctx.json(all);
    }

    @OpenApi(path = "/api/drafts/{id}", methods = HttpMethod.GET, operationId = "readDraft", tags = "drafts",
            summary = "A draft with its current version (or ?version=N), validation, cited facts, history and audit trail",
            security = @OpenApiSecurity(name = "BearerAuth"),
            pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
            queryParams = @OpenApiParam(name = "version", type = Integer.class),
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = ApiShapes.DraftDocument.class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "404", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void read(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        String version = ctx.queryParam("version");
        Integer n = version == null ? null : Fields.positive(version, "version");
        ctx.json(ApiShapes.DraftDocument.of(workflow.detail(id, n)));
    }

    @OpenApi(path = "/api/drafts/{id}/versions", methods = HttpMethod.POST, operationId = "saveVersion", tags = "drafts",
            summary = "Save edited text as a new version, validated against the draft's fact sheet",
            description = "baseVersion is the version the edit started from. If someone saved since, nothing is saved and "
                    + "the answer is 409 with the current version, so no edit is lost silently.",
            security = @OpenApiSecurity(name = "BearerAuth"),
            pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ApiShapes.SaveVersion.class)),
            responses = {
                    @OpenApiResponse(status = "201", content = @OpenApiContent(from = ApiShapes.DraftDocument.class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "403", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "404", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "409", description = "stale baseVersion (body has current) or a state that cannot be edited",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void save(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        ApiShapes.SaveVersion body = bodies.read(ctx, ApiShapes.SaveVersion.class);
        int base = body.baseVersion();
        String text = Fields.required(body.text(), "text");
        DraftVersion v = workflow.save(id, base, text, Gate.caller(ctx).username());
        ctx.status(201).header("Location", "/api/drafts/" + id + "?version=" + v.number())
                .json(ApiShapes.DraftDocument.of(workflow.detail(id, v.number())));
    }

    @OpenApi(path = "/api/drafts/{id}/transitions", methods = HttpMethod.POST, operationId = "transition", tags = "drafts",
            summary = "Submit, approve, request changes, reject, publish or reopen",
            description = "submit: draft → in_review; approve: in_review → approved, only if the current version validates "
                    + "(there is no override) and, with four eyes on (the default), only by someone who did not save that version "
                    + "nor add an editor-sourced fact it cites; request_changes: in_review or approved → draft, note required and "
                    + "pinned at the top of the draft; reject: draft, in_review or approved → rejected, note required (not for a "
                    + "correction); publish: approved → published, only if the version validates; it supersedes any other live "
                    + "commentary of the date; reopen: published → draft for a correction, note required and shown to readers "
                    + "once the corrected version is published. version, when given, must be the current version.",
            security = @OpenApiSecurity(name = "BearerAuth"),
            pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ApiShapes.Transition.class)),
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = ApiShapes.DraftDocument.class)),
                    @OpenApiResponse(status = "400", description = "unknown action, a note missing (reject, request_changes, reopen), "
                            + "the removed override field",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "403", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "404", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "409", description = "not allowed from the current state, or a stale version",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "422", description = "approve or publish refused: the version fails validation; "
                            + "the body has the validation report", content = @OpenApiContent(from = ApiShapes.Refused.class))})
    void transition(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        ApiShapes.Transition body = bodies.read(ctx, ApiShapes.Transition.class);
        String name = Fields.required(body.action(), "action");
        Action action = Action.parse(name).orElseThrow(() -> new BadRequest("action", "'" + name
                + "' is not an action; one of " + Action.names()));
        if (bodies.json(ctx).has("override")) {   // removed from Transition; said, not silently ignored
            throw new BadRequest("override", "approving a failing version with an override is no longer possible: fix the "
                    + "text, or add the figure the sheet lacks with POST /api/drafts/" + id + "/facts and cite it");
        }
        TransitionRequest request = new TransitionRequest(action, body.version(), body.note());
        workflow.transition(id, request, Gate.caller(ctx).username());
        ctx.json(ApiShapes.DraftDocument.of(workflow.detail(id, null)));
    }

    @OpenApi(path = "/api/drafts/{id}/facts", methods = HttpMethod.POST, operationId = "addEditorFact", tags = "drafts",
            summary = "Add a figure the fact sheet lacks as an editor-sourced fact (E1, E2, …), with its source",
            description = "Cited as [E1] and validated like any fact: in a sentence citing it, each figure must state its value in "
                    + "its unit and the sentence must name its subject or label. Readers see the source marked \"(added by the "
                    + "desk)\"; the audit trail records who added it. unit: percent, pp, x, price, number or shares; source: "
                    + "title and a url or a document. Allowed while the draft is a draft or in review.",
            security = @OpenApiSecurity(name = "BearerAuth"),
            pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ApiShapes.AddFact.class)),
            responses = {
                    @OpenApiResponse(status = "201", content = @OpenApiContent(from = ApiShapes.EditorFactDocument.class)),
                    @OpenApiResponse(status = "400", description = "a field is missing or unusable; field names it",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "403", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "404", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "409", description = "the draft is approved, published or rejected",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void addFact(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        EditorFact fact = EditorFactFields.read(bodies.read(ctx, ApiShapes.AddFact.class));
        EditorFact stored = workflow.addFact(id, fact, Gate.caller(ctx).username());
        ctx.status(201).header("Location", "/api/drafts/" + id).json(ApiShapes.EditorFactDocument.of(stored));
    }

    @OpenApi(path = "/api/drafts/{id}/diff", methods = HttpMethod.GET, operationId = "diffVersions", tags = "drafts",
            summary = "What changed between two versions: sentences, figures and checks",
            security = @OpenApiSecurity(name = "BearerAuth"),
            pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
            queryParams = {@OpenApiParam(name = "from", type = Integer.class, required = true),
                    @OpenApiParam(name = "to", type = Integer.class, required = true)},
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = VersionDiff.class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "404", description = "no such draft or version",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void diff(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        int from = Fields.positive(required(ctx, "from"), "from");
        int to = Fields.positive(required(ctx, "to"), "to");
        ctx.json(workflow.diff(id, from, to));
    }

    @OpenApi(path = "/api/drafts/{id}/restore", methods = HttpMethod.POST, operationId = "restoreVersion", tags = "drafts",
            summary = "Save an earlier version's text as a new version (history is never rewritten)",
            description = "version: the version to restore; baseVersion: the current version, as for a save (409 if stale).",
            security = @OpenApiSecurity(name = "BearerAuth"),
            pathParams = @OpenApiParam(name = "id", type = Long.class, required = true),
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ApiShapes.Restore.class)),
            responses = {
                    @OpenApiResponse(status = "201", content = @OpenApiContent(from = ApiShapes.DraftDocument.class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "403", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "404", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "409", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void restore(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        ApiShapes.Restore body = bodies.read(ctx, ApiShapes.Restore.class);
        int from = body.version();
        int base = body.baseVersion();
        DraftVersion v = workflow.restore(id, from, base, Gate.caller(ctx).username());
        ctx.status(201).header("Location", "/api/drafts/" + id + "?version=" + v.number())
                .json(ApiShapes.DraftDocument.of(workflow.detail(id, v.number())));
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) throw new BadRequest(name, name + " is required (a version number)");
        return v;
    }
}
