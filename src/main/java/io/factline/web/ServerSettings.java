package io.factline.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How the server listens and how its cookies behave, from the environment (and .env). Variables:
 * FACTLINE_HOST, FACTLINE_PORT, FACTLINE_COOKIE_SECURE, FACTLINE_COOKIE_SAMESITE, FACTLINE_SESSION_HOURS,
 * FACTLINE_ADMIN_USER and FACTLINE_ADMIN_PASSWORD (the bootstrap admin: both or neither).
 *
 * @param cookieSecure    send cookies only over HTTPS (browsers also accept them on http://localhost);
 *                        turn off only for plain-HTTP setups on other hosts
 * @param sameSite        "Strict" or "Lax"
 * @param sessionLifetime a session ends this long after sign-in
 */
public record ServerSettings(String host, int port, boolean cookieSecure, String sameSite, Duration sessionLifetime,
                             Optional<String> adminUser, Optional<String> adminPassword) {

    public static final String HOST = "FACTLINE_HOST";
    public static final String PORT = "FACTLINE_PORT";
    public static final String COOKIE_SECURE = "FACTLINE_COOKIE_SECURE";
    public static final String COOKIE_SAMESITE = "FACTLINE_COOKIE_SAMESITE";
    public static final String SESSION_HOURS = "FACTLINE_SESSION_HOURS";
    public static final String ADMIN_USER = "FACTLINE_ADMIN_USER";
    public static final String ADMIN_PASSWORD = "FACTLINE_ADMIN_PASSWORD";

    public static final int DEFAULT_PORT = 7070;

    /** @throws Invalid naming the variable when a value cannot be used */
    public static ServerSettings fromEnvironment(Map<String, String> env) {
        Optional<String> user = value(env, ADMIN_USER);
        Optional<String> password = value(env, ADMIN_PASSWORD);
        if (user.isPresent() != password.isPresent()) {
            throw new Invalid(user.isPresent() ? ADMIN_PASSWORD : ADMIN_USER, "set both " + ADMIN_USER + " and "
                    + ADMIN_PASSWORD + ", or neither");
        }
        String sameSite = value(env, COOKIE_SAMESITE).orElse("Strict");
        if (!sameSite.equals("Strict") && !sameSite.equals("Lax")) {
            throw new Invalid(COOKIE_SAMESITE, "'" + sameSite + "' is neither Strict nor Lax");
        }
        String secure = value(env, COOKIE_SECURE).orElse("true");
        if (!secure.equals("true") && !secure.equals("false")) throw new Invalid(COOKIE_SECURE, "'" + secure + "' is neither true nor false");
        int hours = number(env, SESSION_HOURS, 12, 1, 24 * 30);
        int port = number(env, PORT, DEFAULT_PORT, 0, 65535);
        return new ServerSettings(value(env, HOST).orElse("127.0.0.1"), port, secure.equals("true"), sameSite,
                Duration.ofHours(hours), user, password);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, cookieSecure, sameSite, sessionLifetime, adminUser, adminPassword);
    }

    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", cookieSecure=" + cookieSecure + ", sameSite=" + sameSite
                + ", sessionLifetime=" + sessionLifetime + ", adminUser=" + adminUser.orElse("(none)") + ", adminPassword="
                + (adminPassword.isPresent() ? "(set, redacted)" : "(none)") + "]";
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        Optional<String> text = value(env, name);
        if (text.isEmpty()) return fallback;
        try {
            int n = Integer.parseInt(text.get());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new Invalid(name, "'" + text.get() + "' is not a whole number from " + min + " to " + max);
    }

    /** A setting that cannot be used; the message starts with the variable's name. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String variable, String message) {
            super(variable + ": " + message, null, false, false);
        }
    }
}
