package io.factline.web;

import io.factline.users.Accounts;
import io.factline.users.Role;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** User management, for admins only. IO only: the rules are in {@link Accounts}. */
final class UserPages implements Routes {

    private final Accounts accounts;
    private final Bodies bodies;
    private final Views views;

    public UserPages(Accounts accounts, Bodies bodies, Views views) {
        this.accounts = accounts;
        this.bodies = bodies;
        this.views = views;
    }

    @Override
    public void addTo(Javalin app) {
        app.get("/admin/users", this::list, Access.ADMIN);
        app.post("/admin/users", this::create, Access.ADMIN);
        app.post("/admin/users/{username}", this::update, Access.ADMIN);
    }

    void list(Context ctx) {
        views.render(ctx, "users.mustache", "Users", Map.of("users", accounts.list().stream()
                .map(u -> Map.of("username", u.username(), "roleName", u.role().wire(), "isEditor", u.role() == Role.EDITOR,
                        "enabled", u.enabled(), "since", Views.when(u.createdAt())))
                .toList()));
    }

    void create(Context ctx) {
        Map<String, String> form = bodies.form(ctx);
        var added = accounts.create(form.get("username"), form.get("password"), form.get("role"));
        views.flash().say(ctx, "Added " + added.username() + " as " + added.role().wire() + ".");
        ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
    }

    void update(Context ctx) {
        Map<String, String> form = bodies.form(ctx);
        String username = ctx.pathParam("username");
        accounts.update(Gate.caller(ctx).username(), username, form.get("role"), "on".equals(form.get("enabled")));
        String password = form.get("password");
        if (password != null && !password.isEmpty()) accounts.setPassword(username, password);
        views.flash().say(ctx, "Saved " + username + (password != null && !password.isEmpty() ? "; the new password ends their sessions." : "."));
        ctx.redirect("/admin/users", HttpStatus.SEE_OTHER);
    }
}
