package io.factline.web;

import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.PublishedCommentary;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What anonymous readers see: published commentary as pages and as a JSON feed. IO only. */
public final class PublishedPages implements Routes {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    private final DraftWorkflow workflow;
    private final Views views;

    public PublishedPages(DraftWorkflow workflow, Views views) {
        this.workflow = workflow;
        this.views = views;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/", this::home, Access.PUBLIC);
        app.get("/published/{id}", this::page, Access.PUBLIC);
        app.get("/api/published", this::feed, Access.PUBLIC);
    }

    void home(Context ctx) {
        List<Map<String, Object>> items = workflow.published(MAX_LIMIT).stream()
                .map(p -> Map.<String, Object>of("id", p.draft().id(), "asOf", p.draft().asOf(),
                        "publishedAt", Views.when(p.draft().publishedAt())))
                .toList();
        views.render(ctx, "home.mustache", "Market commentary", Map.of("published", items, "hasPublished", !items.isEmpty()));
    }

    void page(Context ctx) {
        PublishedCommentary p = workflow.published(Fields.id(ctx.pathParam("id"), "id"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", p.draft().asOf());
        m.put("chatDate", p.draft().asOf());   // the chat box's "today" is the commentary's date
        m.put("publishedAt", Views.when(p.draft().publishedAt()));
        p.override().ifPresent(o -> m.put("override", Map.of("reason", o.overrideReason())));
        m.put("narrativeHtml", NarrativeHtml.render(p.version().body(), p.version().validation(), p.sheet()));
        Sources.put(m, p.version().body(), p.sheet(), p.draft().dataNotes());
        m.put("disclaimer", p.draft().disclaimer());
        views.render(ctx, "published.mustache", "Commentary for " + p.draft().asOf(), m);
    }

    @OpenApi(path = "/api/published", methods = HttpMethod.GET, operationId = "published", tags = "published",
            summary = "Published commentary, most recent first (public)",
            queryParams = @OpenApiParam(name = "limit", type = Integer.class, description = "1 to 100, default 20"),
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = ApiShapes.PublishedItem[].class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void feed(Context ctx) {
        String limitText = ctx.queryParam("limit");
        int limit = limitText == null ? DEFAULT_LIMIT : Fields.positive(limitText, "limit");
        if (limit > MAX_LIMIT) throw new BadRequest("limit", "limit may be at most " + MAX_LIMIT);
        ctx.json(workflow.published(limit).stream().map(ApiShapes.PublishedItem::of).toList());
    }
}
