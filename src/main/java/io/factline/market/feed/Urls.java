package io.factline.market.feed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Joins a configured base URL (with or without a trailing slash or a path prefix) and a path. */
final class Urls {

    private Urls() {
    }

    static String join(URI base, String path) {
        String b = base.toString();
        while (b.endsWith("/")) b = b.substring(0, b.length() - 1);
        return b + path;
    }

    /** A symbol as one path segment: "^GSPC" becomes "%5EGSPC", nothing can add a "/". */
    static String segment(String symbol) {
        return URLEncoder.encode(symbol, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
