package io.factline.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Answers 404 to a path with a "." or ".." segment (also percent-encoded) before Javalin sees it. Javalin
 * routes on the raw request URI, and its static-file handler throws on {@code /static/..} while deciding
 * whether a file matches, outside any exception mapper (a 500 and a stack trace). No page or file of ours
 * has such a path, so nothing is lost.
 */
final class DotSegments implements Filter {

    static final String BODY = "{\"error\":\"not_found\",\"message\":\"no page or file has a '.' or '..' path segment\"}";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && hasDotSegment(http.getRequestURI())) {
            HttpServletResponse r = (HttpServletResponse) response;
            r.setStatus(404);
            r.setContentType("application/json");
            r.setHeader("X-Content-Type-Options", "nosniff");
            if (!"HEAD".equals(http.getMethod())) r.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean hasDotSegment(String rawPath) {
        if (rawPath == null) return false;
        String p = rawPath.toLowerCase(Locale.ROOT).replace("%2e", ".").replace("%2f", "/").replace("%5c", "/").replace('\\', '/');
        for (String segment : p.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) return true;
        }
        return false;
    }
}
