package io.factline.web;

import io.javalin.Javalin;

/**
 * Headers on every response. The CSP allows scripts, styles and connections only from this server:
 * no inline script or style anywhere, so injected markup could not run even if escaping failed.
 */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    void install(Javalin app) {
        app.before(ctx -> {
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("Cross-Origin-Opener-Policy", "same-origin");
            if (!ctx.path().startsWith("/static/") && !ctx.path().startsWith("/webjars/")) {
                ctx.header("Cache-Control", "no-store");   // pages and API answers can hold drafts and tokens
            }
        });
    }
}
