package io.factline.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code http_server_requests_seconds}, tagged by method, route template
 * (never the raw path, so ids do not multiply series) and status; scraped at GET /metrics.
 */
final class HttpMetrics {

    private static final String START = "factline.startNanos";

    private final PrometheusMeterRegistry registry;

    public HttpMetrics(PrometheusMeterRegistry registry) {
        this.registry = registry;
    }

    void install(Javalin app) {
        app.before(ctx -> ctx.attribute(START, System.nanoTime()));
        app.after(ctx -> {
            Long start = ctx.attribute(START);
            if (start == null) return;
            Timer.builder("http.server.requests").tag("method", ctx.method().name()).tag("route", route(ctx))
                    .tag("status", String.valueOf(ctx.status().getCode())).register(registry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        });
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    private static String route(Context ctx) {
        if (ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/")) return "static";
        try {
            String p = ctx.endpointHandlerPath();
            return p == null || p.isEmpty() ? "unmatched" : p;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
