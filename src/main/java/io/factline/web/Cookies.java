package io.factline.web;

import java.time.Duration;

/**
 * The Set-Cookie headers the desk sends: always HttpOnly and SameSite, Secure unless configured off,
 * Path=/ and no Domain (host-only).
 */
final class Cookies {

    static final String SESSION = "factline_session";
    /** Double-submit token of the sign-in form, before there is a session to hold one. */
    static final String LOGIN = "factline_login";
    /** A browser that signed in as a user before: waives that user name's sign-in slow-down (SignInThrottle). */
    static final String DEVICE = "factline_device";

    private final boolean secure;
    private final String sameSite;

    Cookies(boolean secure, String sameSite) {
        this.secure = secure;
        this.sameSite = sameSite;
    }

    String set(String name, String value, Duration maxAge) {
        return name + "=" + value + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly" + (secure ? "; Secure" : "")
                + "; SameSite=" + sameSite;
    }

    String expire(String name) {
        return name + "=; Path=/; Max-Age=0; HttpOnly" + (secure ? "; Secure" : "") + "; SameSite=" + sameSite;
    }
}
