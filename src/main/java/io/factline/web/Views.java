package io.factline.web;

import io.factline.auth.Principal;
import io.factline.users.Role;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders a Mustache page from {@code src/main/resources/views} with what the layout needs: the title,
 * the signed-in user and the session's CSRF token for the forms. Mustache's {{x}} escapes HTML; the
 * only triple-brace values are HTML built by {@link NarrativeHtml}, which escapes all text itself.
 */
public final class Views {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** How pages show an instant: minutes, UTC. */
    public static String when(Instant t) {
        return t == null ? "" : WHEN.format(t);
    }

    private final Flash flash;

    public Views() {
        this(true);
    }

    /** @param secureCookies whether the flash message's cookie is Secure (as the session's) */
    public Views(boolean secureCookies) {
        this.flash = new Flash(secureCookies);
    }

    Flash flash() {
        return flash;
    }

    public void render(Context ctx, String template, String title, Map<String, ?> model) {
        Map<String, Object> m = new HashMap<>(model);
        String said = flash.take(ctx);
        if (said != null) m.put("flash", said);
        m.put("title", title);
        Gate.principal(ctx).ifPresent(p -> {
            m.put("user", Map.of("name", p.username(), "admin", p.role() == Role.ADMIN));
            if (p.via() == Principal.Via.SESSION) m.put("csrf", p.csrf());
        });
        ctx.contentType("text/html; charset=utf-8");
        ctx.render(template, m);
    }
}
