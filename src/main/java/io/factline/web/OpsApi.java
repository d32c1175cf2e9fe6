package io.factline.web;

import io.factline.drafts.SheetSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.factline.schedule.RunStatus;
import io.factline.store.Database;

/** Health and Prometheus metrics, for load balancers and scrapers; public and free of business data. */
final class OpsApi implements Routes {

    private final Database db;
    private final SheetSource sheets;
    private final PrometheusMeterRegistry registry;
    private final RunStatus schedule;

    public OpsApi(Database db, SheetSource sheets, PrometheusMeterRegistry registry, RunStatus schedule) {
        this.db = db;
        this.sheets = sheets;
        this.registry = registry;
        this.schedule = schedule;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/health", this::health, Access.PUBLIC);
        app.get("/metrics", this::metrics, Access.PUBLIC);
    }

    @OpenApi(path = "/health", methods = HttpMethod.GET, operationId = "health", tags = "operations",
            summary = "200 when a write to the database round-trips, 503 when it does not; the scheduled day's state",
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = ApiShapes.Health.class)),
                    @OpenApiResponse(status = "503", content = @OpenApiContent(from = ApiShapes.Health.class))})
    void health(Context ctx) {
        Database.Health database = db.check();
        boolean ok = database.ok();
        if (!ok) ctx.header("Retry-After", String.valueOf(Errors.DATABASE_RETRY_SECONDS));
        ctx.status(ok ? 200 : 503).json(new ApiShapes.Health(ok ? "ok" : "unavailable", database.state(),
                sheets.dataDir().toString(), schedule.view().orElse(null)));
    }

    @OpenApi(path = "/metrics", methods = HttpMethod.GET, operationId = "metrics", tags = "operations",
            summary = "Prometheus metrics: HTTP requests by route and status, JVM and process",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(type = "text/plain")))
    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
