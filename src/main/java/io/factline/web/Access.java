package io.factline.web;

import io.factline.users.Role;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Who may call a route; every route declares one (a route without it fails closed with a 500 in
 * tests, never opens). PUBLIC: anyone. SIGN_IN: anyone, and the route checks its own pre-session CSRF
 * token instead of a session's. EDITOR: editors and admins. ADMIN: admins only.
 */
public enum Access implements RouteRole {
    PUBLIC(null), SIGN_IN(null), EDITOR(Role.EDITOR), ADMIN(Role.ADMIN);

    private final Role needs;

    Access(Role needs) {
        this.needs = needs;
    }

    public Optional<Role> needs() {
        return Optional.ofNullable(needs);
    }
}
