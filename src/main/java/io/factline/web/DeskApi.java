package io.factline.web;

import io.factline.desk.CheckedText;
import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.VersionText;
import io.factline.facts.FactSheet;
import io.factline.validation.ValidationReport;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.javalin.openapi.OpenApiSecurity;

/** What the desk's editor calls as the editor types: the draft's check with its quick fixes. IO only. */
final class DeskApi implements Routes {

    private final DraftWorkflow workflow;
    private final Bodies bodies;

    /** The request body of POST /api/drafts/{id}/check. */
    public record Check(String text) {
    }

    public DeskApi(DraftWorkflow workflow, Bodies bodies) {
        this.workflow = workflow;
        this.bodies = bodies;
    }

    @Override
    public void addTo(Javalin app) {
        app.post("/api/drafts/{id}/check", this::check, Access.EDITOR);
    }

    @OpenApi(path = "/api/drafts/{id}/check", methods = HttpMethod.POST, operationId = "checkDraftText", tags = "drafts",
            summary = "Check a text against a draft's fact sheet and list the quick fixes, without saving anything",
            description = "The validation report (as POST /api/validate with draftId) plus fixes: for a mismatched figure, the "
                    + "cited fact's figure in its place; for an uncited true figure, the marker of the one fact that matches. "
                    + "start/end index the text; start == end is an insertion. previewHtml: the text as readers would see it, "
                    + "every figure highlighted (all text escaped).",
            security = @OpenApiSecurity(name = "BearerAuth"),
            pathParams = @OpenApiParam(name = "id", required = true, type = Long.class),
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = Check.class)),
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = CheckedText.class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "401", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "404", description = "unknown draft", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void check(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        String text = Fields.required(bodies.read(ctx, Check.class).text(), "text");
        FactSheet sheet = workflow.sheet(id);
        ValidationReport report = workflow.validate(id, text);
        String checked = VersionText.checked(text);
        ctx.json(CheckedText.of(sheet, report, DeskHtml.demoteHeadings(NarrativeHtml.render(checked, report, sheet))));
    }
}
