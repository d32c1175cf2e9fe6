package io.factline.web;

import io.factline.drafts.SheetSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.jdbi.v3.core.Jdbi;

/** Health and Prometheus metrics, for load balancers and scrapers; public and free of business data. */
public final class OpsApi implements Routes {

    private final Jdbi jdbi;
    private final SheetSource sheets;
    private final PrometheusMeterRegistry registry;

    public OpsApi(Jdbi jdbi, SheetSource sheets, PrometheusMeterRegistry registry) {
        this.jdbi = jdbi;
        this.sheets = sheets;
        this.registry = registry;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/health", this::health, Access.PUBLIC);
        app.get("/metrics", this::metrics, Access.PUBLIC);
    }

    @OpenApi(path = "/health", methods = HttpMethod.GET, operationId = "health", tags = "operations",
            summary = "200 when the database answers, 503 when it does not",
            responses = {
                    @OpenApiResponse(status = "200", content = @OpenApiContent(from = ApiShapes.Health.class)),
                    @OpenApiResponse(status = "503", content = @OpenApiContent(from = ApiShapes.Health.class))})
    void health(Context ctx) {
        String database;
        try {
            jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            database = "ok";
        } catch (RuntimeException e) {
            database = "unreachable";
        }
        boolean ok = database.equals("ok");
        ctx.status(ok ? 200 : 503).json(new ApiShapes.Health(ok ? "ok" : "unavailable", database, sheets.dataDir().toString()));
    }

    @OpenApi(path = "/metrics", methods = HttpMethod.GET, operationId = "metrics", tags = "operations",
            summary = "Prometheus metrics: HTTP requests by route and status, JVM and process",
            responses = @OpenApiResponse(status = "200", content = @OpenApiContent(type = "text/plain")))
    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
