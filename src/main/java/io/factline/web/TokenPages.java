package io.factline.web;

import io.factline.auth.ApiTokens;
import io.factline.auth.Principal;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Each signed-in person's own API tokens: create (shown once, from a signed-in session only), list, revoke. */
final class TokenPages implements Routes {

    private final ApiTokens tokens;
    private final Bodies bodies;
    private final Views views;
    private final Clock clock;

    public TokenPages(ApiTokens tokens, Bodies bodies, Views views, Clock clock) {
        this.tokens = tokens;
        this.bodies = bodies;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/account/tokens", this::list, Access.EDITOR);
        app.post("/account/tokens", this::create, Access.EDITOR);
        app.post("/account/tokens/{id}/revoke", this::revoke, Access.EDITOR);
    }

    void list(Context ctx) {
        String[] issued = views.flash().takeToken(ctx);
        show(ctx, issued == null ? null : Map.of("issuedName", issued[0], "issuedToken", issued[1]));
    }

    void create(Context ctx) {
        // a token must not breed tokens: a leaked one could otherwise outlive its own revocation
        if (Gate.caller(ctx).via() != Principal.Via.SESSION) {
            throw Denied.forbidden("sign in to create an API token; a token cannot create tokens");
        }
        String name = bodies.form(ctx).getOrDefault("name", "").strip();
        if (name.isEmpty() || name.length() > 100) throw new BadRequest("name", "a token needs a name of 1 to 100 characters");
        ApiTokens.Issued issued = tokens.issue(Gate.caller(ctx).username(), name, clock.instant());
        // redirect, so a reload of the page shows the list and never mints a second token; the new token is shown
        // once, by the page the redirect leads to
        views.flash().token(ctx, issued.name(), issued.token());
        ctx.redirect("/account/tokens", HttpStatus.SEE_OTHER);
    }

    void revoke(Context ctx) {
        long id = Fields.id(ctx.pathParam("id"), "id");
        if (!tokens.revoke(Gate.caller(ctx).username(), id, clock.instant())) {
            throw new NotFound("you have no active token " + id);
        }
        views.flash().say(ctx, "Token revoked; it no longer works.");
        ctx.redirect("/account/tokens", HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, Map<String, String> issued) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tokens", tokens.list(Gate.caller(ctx).username()).stream()
                .map(t -> Map.of("tokenId", t.id(), "name", t.name(), "prefix", t.prefix(), "created", Views.when(t.createdAt()),
                        "active", t.active(), "revoked", Views.when(t.revokedAt())))
                .toList());
        if (issued != null) m.put("issued", issued);
        views.render(ctx, "tokens.mustache", "API tokens", m);
    }
}
