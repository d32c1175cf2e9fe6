package io.factline.web;

import io.factline.drafts.DraftProblem;
import io.factline.drafts.DraftVersion;
import io.factline.narrative.CommentaryDesk;
import io.factline.store.Outage;
import io.factline.users.UserProblem;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers. API callers (paths under /api/ and the JSON
 * endpoints) get an {@link ApiShapes.ErrorBody}, {@code {"error", "field"?, "message", …}}; browsers get a page, or for a page that
 * needs a sign-in, a redirect to it. Only an unexpected exception is a 500, and it is logged.
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final String ANSWERED = "factline.answered";
    /** Retry-After of a 503 for a database outage: the pool reconnects as soon as the database is back. */
    static final int DATABASE_RETRY_SECONDS = 5;

    private final Views views;

    public Errors(Views views) {
        this.views = views;
    }

    void install(Javalin app) {
        app.exception(BadRequest.class, (e, ctx) -> answer(ctx, 400, "bad_request", e.field(), e.getMessage(), Map.of()));
        app.exception(Denied.class, (e, ctx) -> answer(ctx, e.status(), e.status() == 401 ? "unauthorized" : "forbidden",
                null, e.getMessage(), Map.of()));
        app.exception(NotFound.class, (e, ctx) -> answer(ctx, 404, "not_found", null, e.getMessage(), Map.of()));
        app.exception(DraftProblem.class, (e, ctx) -> answer(ctx, status(e), code(e),
                e instanceof DraftProblem.InvalidInput i ? i.field() : null, e.getMessage(), details(e)));
        app.exception(UserProblem.class, (e, ctx) -> answer(ctx, status(e), code(e),
                e instanceof UserProblem.Invalid i ? i.field() : null, e.getMessage(), Map.of()));
        app.exception(CommentaryDesk.NoValidCommentary.class, (e, ctx) -> answer(ctx, 422, "no_valid_commentary", null,
                e.getMessage(), Map.of()));
        app.exception(RetryLater.class, (e, ctx) -> {
            ctx.header("Retry-After", String.valueOf(e.seconds()));
            answer(ctx, e.status(), e.error(), null, e.getMessage(), Map.of("retryAfterSeconds", e.seconds()));
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 413) answer(ctx, 400, "bad_request", "body", Bodies.tooLarge().getMessage(), Map.of());
            else answer(ctx, e.getStatus(), "http_" + e.getStatus(), null, e.getMessage(), Map.of());
        });
        app.exception(Exception.class, (e, ctx) -> {
            Optional<Outage> outage = Outage.of(e);
            if (outage.isPresent()) {   // not a bug: one line, no stack trace, and the client is told when to come back
                LOG.warn("database unavailable ({}) on {} {}: {}", outage.get().kind(), ctx.method(), ctx.path(),
                        outage.get().detail());
                ctx.header("Retry-After", String.valueOf(DATABASE_RETRY_SECONDS));
                answer(ctx, 503, "database_unavailable", null, "the database is not available right now; try again in a few "
                        + "seconds", Map.of("retryAfterSeconds", DATABASE_RETRY_SECONDS));
                return;
            }
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal_error", null, "something went wrong on our side; it has been logged", Map.of());
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) answer(ctx, 404, "not_found", null, "nothing at " + ctx.path(), Map.of());
        });
    }

    /** HTTP status of each draft problem. */
    public static int status(DraftProblem p) {
        if (p instanceof DraftProblem.NotFound) return 404;
        if (p instanceof DraftProblem.InvalidInput) return 400;
        if (p instanceof DraftProblem.ApprovalRefused) return 422;
        if (p instanceof DraftProblem.FourEyes) return 403;
        return 409;   // StaleVersion, NotAllowed: the request conflicts with the draft's current state
    }

    static int status(UserProblem p) {
        if (p instanceof UserProblem.Invalid) return 400;
        if (p instanceof UserProblem.Unknown) return 404;
        return 409;
    }

    private static String code(DraftProblem p) {
        if (p instanceof DraftProblem.NotFound) return "not_found";
        if (p instanceof DraftProblem.InvalidInput) return "bad_request";
        if (p instanceof DraftProblem.StaleVersion) return "stale_version";
        if (p instanceof DraftProblem.ApprovalRefused a) return a.action() == io.factline.drafts.Action.APPROVE ? "approval_refused" : "publish_refused";
        if (p instanceof DraftProblem.FourEyes) return "four_eyes";
        return "not_allowed";
    }

    private static String code(UserProblem p) {
        if (p instanceof UserProblem.Invalid) return "bad_request";
        if (p instanceof UserProblem.Unknown) return "not_found";
        return "conflict";
    }

    private static Map<String, Object> details(DraftProblem p) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (p instanceof DraftProblem.StaleVersion s) {
            DraftVersion v = s.current();
            d.put("currentVersion", v.number());
            Map<String, Object> current = new LinkedHashMap<>();
            current.put("version", v.number());
            current.put("author", v.author());
            current.put("createdAt", v.createdAt());
            current.put("text", v.body());
            current.put("validation", v.validation());
            d.put("current", current);
        } else if (p instanceof DraftProblem.NotAllowed n) {
            d.put("state", n.state());
        } else if (p instanceof DraftProblem.ApprovalRefused a) {
            d.put("action", a.action());
            d.put("version", a.version());
            d.put("validation", a.report());
        }
        return d;
    }

    private void answer(Context ctx, int status, String error, String field, String message, Map<String, Object> extra) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        if (wantsJson(ctx)) {
            if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"factline\"");
            ctx.status(status).json(new ApiShapes.ErrorBody(error, field, message, extra));
            return;
        }
        // only an anonymous browser is sent to sign in: one that sent a bad token would come back with it
        // to /login, be refused again and loop (/login?next=/login?next=…), so it gets the 401 page once
        boolean sentToken = ctx.header("Authorization") != null;
        if (status == 401 && ctx.method().name().equals("GET") && !sentToken && !ctx.path().equals("/login")) {
            String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(status);
        if (status == 401) ctx.header("WWW-Authenticate", "Bearer realm=\"factline\"");
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status);
        model.put("message", message);
        if (status == 401) model.put("signIn", true);
        views.render(ctx, "error.mustache", status == 404 ? "Not found" : "Cannot do that", model);
    }

    static boolean wantsJson(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/api/") || path.equals("/health") || path.equals("/metrics") || path.equals("/openapi")) return true;
        String accept = ctx.header("Accept");
        return accept != null && accept.contains("application/json") && !accept.contains("text/html");
    }
}
