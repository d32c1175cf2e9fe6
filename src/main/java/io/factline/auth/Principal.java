package io.factline.auth;

import io.factline.users.Role;

/**
 * Who is making a request, once authenticated. {@code csrf} is the session's CSRF token; null for a
 * request authenticated by an API token (it carries no ambient credential a forged form could use).
 */
public record Principal(String username, Role role, Via via, String csrf) {

    public enum Via { SESSION, TOKEN }

    public boolean may(Role needed) {
        return role.includes(needed);
    }
}
