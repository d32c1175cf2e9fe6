package io.factline.web;

import io.factline.auth.ApiTokens;
import io.factline.auth.Principal;
import io.factline.auth.Secrets;
import io.factline.auth.Sessions;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.time.Clock;
import java.util.Optional;

/**
 * Authentication and access control for every request, in one place. Before routing: an
 * {@code Authorization: Bearer} token or the session cookie names the caller (a bad token is a 401
 * even on a public route: the caller meant to authenticate). Once a route matched: its {@link Access}
 * decides (401 anonymous, 403 not allowed), then state-changing requests made with a session cookie
 * must carry the session's CSRF token (header {@value #CSRF_HEADER} or form field {@value #CSRF_FIELD}).
 */
final class Gate {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CSRF_FIELD = "_csrf";
    private static final String PRINCIPAL = "factline.principal";

    private final Sessions sessions;
    private final ApiTokens tokens;
    private final Bodies bodies;
    private final Clock clock;

    public Gate(Sessions sessions, ApiTokens tokens, Bodies bodies, Clock clock) {
        this.sessions = sessions;
        this.tokens = tokens;
        this.bodies = bodies;
        this.clock = clock;
    }

    void install(Javalin app) {
        app.before(this::authenticate);
        app.beforeMatched(this::authorize);
    }

    /** The caller, when signed in or holding a token. */
    public static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The caller of a route that requires one (the gate has checked it is there). */
    public static Principal caller(Context ctx) {
        return principal(ctx).orElseThrow(() -> Denied.unauthenticated("sign in first"));
    }

    private void authenticate(Context ctx) {
        if (ctx.path().startsWith("/static/") || ctx.path().startsWith("/webjars/")) return;
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw Denied.unauthenticated("the Authorization header must be 'Bearer <API token>'");
            }
            Principal p = tokens.authenticate(authorization.substring(7).strip())
                    .orElseThrow(() -> Denied.unauthenticated("unknown or revoked API token"));
            ctx.attribute(PRINCIPAL, p);
            return;
        }
        sessions.find(ctx.cookie(Cookies.SESSION), clock.instant()).ifPresent(p -> ctx.attribute(PRINCIPAL, p));
    }

    private void authorize(Context ctx) {
        Access access = access(ctx);
        Optional<Principal> caller = principal(ctx);
        if (access.needs().isPresent()) {
            if (caller.isEmpty()) throw Denied.unauthenticated("sign in, or send Authorization: Bearer <API token>");
            if (!caller.get().may(access.needs().get())) {
                throw Denied.forbidden(access == Access.ADMIN ? "only admins may do this" : "only editors may do this");
            }
        }
        if (changesState(ctx.method()) && access != Access.SIGN_IN && caller.isPresent()
                && caller.get().via() == Principal.Via.SESSION) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null) sent = bodies.form(ctx).get(CSRF_FIELD);
            if (!Secrets.same(sent, caller.get().csrf())) {
                throw Denied.forbidden("missing or wrong CSRF token; reload the page and try again");
            }
        }
    }

    private static Access access(Context ctx) {
        for (RouteRole r : ctx.routeRoles()) {
            if (r instanceof Access a) return a;
        }
        throw new IllegalStateException("route " + ctx.method() + " " + ctx.matchedPath() + " declares no Access");
    }

    private static boolean changesState(HandlerType method) {
        return method == HandlerType.POST || method == HandlerType.PUT || method == HandlerType.PATCH
                || method == HandlerType.DELETE;
    }
}
