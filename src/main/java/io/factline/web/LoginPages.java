package io.factline.web;

import io.factline.auth.KnownDevices;
import io.factline.auth.Secrets;
import io.factline.auth.Sessions;
import io.factline.auth.SignIn;
import io.factline.auth.SignInThrottle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sign-in and sign-out. The sign-in form is protected against login CSRF with a double-submit token:
 * a random value in an HttpOnly SameSite cookie that the form must echo. Signing in starts a fresh
 * session (no fixation); signing out deletes it from the database. Repeated failures are throttled
 * ({@link SignInThrottle}): 429 with Retry-After, and the password is not checked. A browser that signs
 * in gets a long-lived device cookie ({@link KnownDevices}) that spares it the per-name slow-down later.
 */
final class LoginPages implements Routes {

    private final SignIn signIn;
    private final Sessions sessions;
    private final Secrets secrets;
    private final Bodies bodies;
    private final Views views;
    private final Cookies cookies;

    public LoginPages(SignIn signIn, Sessions sessions, Secrets secrets, Bodies bodies, Views views, ServerSettings settings) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.secrets = secrets;
        this.bodies = bodies;
        this.views = views;
        this.cookies = new Cookies(settings.cookieSecure(), settings.sameSite());
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
        SignIn.Outcome outcome = signIn.attempt(new SignIn.Attempt(username, form.get("password"), ctx.ip(),
                ctx.cookie(Cookies.DEVICE)));
        if (outcome instanceof SignIn.Throttled wait) {
            long minutes = Math.max(1, (wait.seconds() + 59) / 60);
            ctx.status(429);
            ctx.header("Retry-After", Long.toString(wait.seconds()));
            showForm(ctx, next, username, "Too many failed sign-ins; try again in " + minutes
                    + (minutes == 1 ? " minute." : " minutes."));
            return;
        }
        if (!(outcome instanceof SignIn.SignedIn in)) {
            ctx.status(401);
            showForm(ctx, next, username, "Wrong user name or password.");
            return;
        }
        ctx.res().addHeader("Set-Cookie", cookies.set(Cookies.SESSION, in.session().cookieValue(), sessions.lifetime()));
        in.newDevice().ifPresent(d -> ctx.res().addHeader("Set-Cookie", cookies.set(Cookies.DEVICE, d, KnownDevices.LIFETIME)));
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

    /**
     * Only a path on this site: "/drafts/3", never "//evil.example", "/\\evil", "https://…" or "/%09/evil" (no
     * open redirect). {@code next} is judged after percent-decoding it until it no longer changes (a
     * browser may decode once more, and drops tabs and line breaks, so "/\t/evil" would become "//evil"): it
     * must start with a single "/", have no backslash, and only visible ASCII characters (no control
     * characters, no whitespace). Anything else goes to the drafts.
     */
    static String safeNext(String next) {
        String fallback = "/drafts";
        if (next == null || next.length() > 2_000) return fallback;
        String decoded = next;
        boolean stable = false;
        for (int i = 0; i < 5 && !stable; i++) {
            String once;
            try {
                // '+' is a plus in a path; URLDecoder would make it a space
                once = URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return fallback;   // a stray '%': not a link this site makes
            }
            stable = once.equals(decoded);
            decoded = once;
        }
        if (!stable || !decoded.startsWith("/") || decoded.startsWith("//") || !next.startsWith("/")) return fallback;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') return fallback;
        }
        return next;
    }
}
