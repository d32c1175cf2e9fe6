package io.factline.web;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A message for the page after a redirect ("Saved as version 3", "Published"): every form POST answers 303 and the
 * page it leads to says what happened, so a reload never re-submits. Kept in a short-lived cookie (HttpOnly,
 * SameSite, Secure unless configured off) and cleared by the first page that shows it. A new API token travels
 * the same way, in its own cookie limited to /account/tokens, so it is shown once and never in a URL.
 */
final class Flash {

    static final String MESSAGE = "factline_flash";
    static final String TOKEN = "factline_new_token";
    private static final Duration LIFETIME = Duration.ofMinutes(2);
    private static final int MAX_CHARS = 500;

    private final boolean secure;

    Flash(boolean secure) {
        this.secure = secure;
    }

    /** Says {@code message} on the next page this browser renders. */
    void say(Context ctx, String message) {
        String m = message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS - 1) + "…" : message;
        ctx.res().addHeader("Set-Cookie", cookie(MESSAGE, URLEncoder.encode(m, StandardCharsets.UTF_8), "/", LIFETIME));
    }

    /** The message set by the previous request, once: it is cleared as it is read. */
    String take(Context ctx) {
        return take(ctx, MESSAGE, "/");
    }

    void token(Context ctx, String name, String token) {
        ctx.res().addHeader("Set-Cookie", cookie(TOKEN, URLEncoder.encode(name + "\n" + token, StandardCharsets.UTF_8),
                "/account/tokens", LIFETIME));
    }

    /** @return {name, token} of a token created by the previous request, once, or null */
    String[] takeToken(Context ctx) {
        String v = take(ctx, TOKEN, "/account/tokens");
        if (v == null || v.indexOf('\n') < 0) return null;
        return new String[] {v.substring(0, v.indexOf('\n')), v.substring(v.indexOf('\n') + 1)};
    }

    private String take(Context ctx, String name, String path) {
        String raw = ctx.cookie(name);
        if (raw == null || raw.isEmpty()) return null;
        ctx.res().addHeader("Set-Cookie", cookie(name, "", path, Duration.ZERO));
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;   // not ours: ignore it
        }
    }

    private String cookie(String name, String value, String path, Duration maxAge) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge.toSeconds() + "; HttpOnly" + (secure ? "; Secure" : "")
                + "; SameSite=Strict";
    }
}
