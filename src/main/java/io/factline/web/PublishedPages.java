package io.factline.web;

import io.factline.drafts.DraftRecord;
import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.PublishedCommentary;
import io.factline.drafts.SheetSource;
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

/**
 * What anonymous readers see: the front page, published commentary pages (reader numbering, provenance in
 * words, a chart with its table, previous and next day) and the JSON feed. IO only.
 */
final class PublishedPages implements Routes {

    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;
    /** Commentaries listed on one page of the home page. */
    static final int HOME_PAGE = 20;
    /** Past any real archive (years of daily commentary); keeps the offset a small number. */
    private static final int MAX_PAGE = 100_000;

    private final DraftWorkflow workflow;
    private final SheetSource sheets;
    private final Views views;

    /** @param sheets the market data, for the pages' charts */
    public PublishedPages(DraftWorkflow workflow, SheetSource sheets, Views views) {
        this.workflow = workflow;
        this.sheets = sheets;
        this.views = views;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/", this::home, Access.PUBLIC);
        app.get("/commentary/{date}", this::onDate, Access.PUBLIC);
        app.get("/published/{id}", this::page, Access.PUBLIC);
        app.get("/api/published", this::feed, Access.PUBLIC);
    }

    /**
     * The front page: the latest market date's commentary (headline, lede, key figures, chart) on the first
     * page, then the archive, one page of it: the drafts' rows only, one more than shown to know whether a
     * next page exists.
     */
    void home(Context ctx) {
        int page = pageNumber(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        if (page == 1) {
            workflow.latestPublished().ifPresent(d -> {
                m.put("lead", true);
                m.putAll(ReaderArticle.lead(workflow.published(d), sheets.market()));
                m.put("chatDate", d.asOf());
            });
        }
        List<DraftRecord> rows = workflow.publishedDrafts(HOME_PAGE + 1, (long) (page - 1) * HOME_PAGE);
        List<Map<String, Object>> items = rows.stream().limit(HOME_PAGE)
                .map(d -> Map.<String, Object>of("id", d.id(), "asOf", d.asOf(), "day", ReaderArticle.day(d.asOf()),
                        "publishedAt", Views.when(d.publishedAt()), "url", url(d)))
                .toList();
        m.put("published", items);
        m.put("hasPublished", !items.isEmpty());
        m.put("nothingAtAll", items.isEmpty() && page == 1);
        if (rows.size() > HOME_PAGE) m.put("nextPage", page + 1);
        if (page > 1) m.put("previousPage", page - 1);
        m.put("reader", true);
        views.render(ctx, "home.mustache", "Market commentary", m);
    }

    /** The public URL of a published commentary: its date's page while live, its own page once superseded. */
    static String url(DraftRecord d) {
        return d.live() ? "/commentary/" + d.asOf() : permalink(d);
    }

    /** The page of this one commentary, which stays when a newer one for its date supersedes it. */
    static String permalink(DraftRecord d) {
        return "/published/" + d.id();
    }

    /** The live commentary of a market date. */
    void onDate(Context ctx) {
        render(ctx, workflow.liveOn(Fields.date(ctx.pathParam("date"), "date")));
    }

    void page(Context ctx) {
        render(ctx, workflow.published(Fields.id(ctx.pathParam("id"), "id")));
    }

    private void render(Context ctx, PublishedCommentary p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("asOf", p.draft().asOf());
        m.put("chatDate", p.draft().asOf());   // the chat box's "today" is the commentary's date
        m.put("publishedAt", Views.when(p.draft().publishedAt()));
        p.correction().ifPresent(c -> m.put("correction", Map.of("correctedOn", Views.when(c.correctedAt()), "correctionNote", c.note())));
        p.supersededBy().ifPresent(s -> m.put("superseded", Map.of("newerUrl", url(s), "newerAt", Views.when(s.publishedAt()))));
        m.put("day", ReaderArticle.day(p.draft().asOf()));
        m.putAll(ReaderArticle.whole(p, sheets.market()));
        ReaderArticle.days(m, workflow.publishedBeside(p.draft().asOf(), false), workflow.publishedBeside(p.draft().asOf(), true));
        m.put("disclaimer", p.draft().disclaimer());
        m.put("reader", true);
        views.render(ctx, "published.mustache", "Commentary for " + p.draft().asOf(), m);
    }

    @OpenApi(path = "/api/published", methods = HttpMethod.GET, operationId = "published", tags = "published",
            summary = "Published commentary, most recent first (public)",
            description = "A page of the feed; a Link header with rel=\"next\" gives the next page's URL when there is one.",
            queryParams = {@OpenApiParam(name = "limit", type = Integer.class, description = "1 to 100, default 20"),
                    @OpenApiParam(name = "page", type = Integer.class, description = "1 or more, default 1; pages hold 'limit' items")},
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = ApiShapes.PublishedItem[].class)),
                    @OpenApiResponse(status = "400", content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void feed(Context ctx) {
        String limitText = ctx.queryParam("limit");
        int limit = limitText == null ? DEFAULT_LIMIT : Fields.positive(limitText, "limit");
        if (limit > MAX_LIMIT) throw new BadRequest("limit", "limit may be at most " + MAX_LIMIT);
        int page = pageNumber(ctx);
        List<DraftRecord> rows = workflow.publishedDrafts(limit + 1, (long) (page - 1) * limit);
        if (rows.size() > limit) {
            ctx.header("Link", "</api/published?page=" + (page + 1) + "&limit=" + limit + ">; rel=\"next\"");
        }
        ctx.json(rows.stream().limit(limit).map(workflow::published).map(ApiShapes.PublishedItem::of).toList());
    }

    private static int pageNumber(Context ctx) {
        String text = ctx.queryParam("page");
        int page = text == null ? 1 : Fields.positive(text, "page");
        if (page > MAX_PAGE) throw new BadRequest("page", "page may be at most " + MAX_PAGE);
        return page;
    }
}
