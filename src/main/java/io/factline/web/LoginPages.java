package io.factline.web;

import io.factline.auth.Login;
import io.factline.auth.Secrets;
import io.factline.auth.Sessions;
import io.factline.auth.SignInThrottle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sign-in and sign-out. The sign-in form is protected against login CSRF with a double-submit token:
 * a random value in an HttpOnly SameSite cookie that the form must echo. Signing in starts a fresh
 * session (no fixation); signing out deletes it from the database. Repeated failures are throttled
 * ({@link SignInThrottle}): 429 with Retry-After, and the password is not checked.
 */
public final class LoginPages implements Routes {

    private final Login login;
    private final Sessions sessions;
    private final Secrets secrets;
    private final Bodies bodies;
    private final Views views;
    private final Cookies cookies;
    private final Clock clock;
    private final SignInThrottle throttle;

    public LoginPages(Login login, SignInThrottle throttle, Sessions sessions, Secrets secrets, Bodies bodies, Views views,
                      ServerSettings settings, Clock clock) {
        this.login = login;
        this.throttle = throttle;
        this.sessions = sessions;
        this.secrets = secrets;
        this.bodies = bodies;
        this.views = views;
        this.cookies = new Cookies(settings.cookieSecure(), settings.sameSite());
        this.clock = clock;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/login", this::form, Access.PUBLIC);
        app.post("/login", this::signIn, Access.SIGN_IN);
        app.post("/logout", this::signOut, Access.PUBLIC);
    }

    void form(Context ctx) {
        if (Gate.principal(ctx).isPresent()) {
            ctx.redirect(safeNext(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        showForm(ctx, ctx.queryParam("next"), "", null);
    }

    void signIn(Context ctx) {
        Map<String, String> form = bodies.form(ctx);
        String next = form.get("next");
        if (!Secrets.same(form.get(Gate.CSRF_FIELD), ctx.cookie(Cookies.LOGIN))) {
            ctx.status(403);
            showForm(ctx, next, form.getOrDefault("username", ""), "The sign-in form expired; please sign in again.");
            return;
        }
        String username = form.getOrDefault("username", "");
        Optional<Duration> wait = throttle.waitBefore(username, ctx.ip());
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            ctx.status(429);
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.get().toSeconds())));
            showForm(ctx, next, username, "Too many failed sign-ins; try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
            return;
        }
        Optional<Sessions.Opened> opened = login.signIn(form.get("username"), form.get("password"), clock.instant());
        if (opened.isEmpty()) {
            throttle.failed(username, ctx.ip());
            ctx.status(401);
            showForm(ctx, next, form.getOrDefault("username", ""), "Wrong user name or password.");
            return;
        }
        throttle.succeeded(username, ctx.ip());
        ctx.res().addHeader("Set-Cookie", cookies.set(Cookies.SESSION, opened.get().cookieValue(), sessions.lifetime()));
        ctx.res().addHeader("Set-Cookie", cookies.expire(Cookies.LOGIN));
        ctx.redirect(safeNext(next), HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        if (Gate.principal(ctx).isPresent()) sessions.close(ctx.cookie(Cookies.SESSION));
        ctx.res().addHeader("Set-Cookie", cookies.expire(Cookies.SESSION));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void showForm(Context ctx, String next, String username, String failed) {
        String token = secrets.random(32);
        ctx.res().addHeader("Set-Cookie", cookies.set(Cookies.LOGIN, token, Duration.ofHours(1)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("loginToken", token);
        m.put("next", next == null ? "" : next);
        m.put("username", username);
        if (failed != null) m.put("failed", failed);
        views.render(ctx, "login.mustache", "Sign in", m);
    }

    /** Only a path on this site: "/drafts/3", never "//evil.example" or "https://…" (no open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\r")
                || next.contains("\n")) {
            return "/drafts";
        }
        return next;
    }
}
