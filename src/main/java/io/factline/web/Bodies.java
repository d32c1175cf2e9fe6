package io.factline.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Reads request bodies, at most {@link #MAX_BYTES}, whatever the Content-Length says (a chunked body
 * has none): JSON objects for the API, url-encoded forms for the pages. Read once, kept on the request.
 * Anything unusable is a {@link BadRequest} on field "body".
 */
public final class Bodies {

    /** 1 MB: the most any route accepts; a fact sheet for /api/validate is about 100 KB. */
    public static final int MAX_BYTES = 1 << 20;

    /** Deeper than any body of ours (a fact sheet nests about 5 levels); Jackson's own default is 1,000. */
    public static final int MAX_JSON_DEPTH = 100;
    /** Digits in one JSON number: a double needs about 25; Jackson's own default is 1,000. */
    public static final int MAX_JSON_NUMBER_LENGTH = 100;

    /**
     * Requests reading a body at once. A body is read on a server thread that blocks while the client trickles;
     * past this many the next waits {@link #BODY_READER_WAIT_MS} ms and is refused with a 503, so slow bodies
     * never hold every thread (the pool has {@link WebApp#MAX_THREADS}) and pages, /health and bodyless calls answer.
     */
    public static final int MAX_BODY_READERS = 64;
    static final long BODY_READER_WAIT_MS = 250;

    private static final String RAW = "factline.body";
    private static final String FORM = "factline.form";

    private final ObjectMapper mapper;
    private final RecordBinding binding;
    /** The slowest body accepted, after a grace for the first bytes (bytes per second; milliseconds). */
    static final long MIN_BYTES_PER_SECOND = 1_024;
    static final long RATE_GRACE_MS = 2_000;

    private final Semaphore readers = new Semaphore(MAX_BODY_READERS);

    public Bodies(ObjectMapper mapper) {
        this.mapper = limited(mapper);
        this.binding = new RecordBinding(this.mapper);
    }

    /**
     * A copy of the mapper whose parser refuses, as it reads, JSON nested deeper than {@link #MAX_JSON_DEPTH}
     * or a number longer than {@link #MAX_JSON_NUMBER_LENGTH} characters (a hostile body costs a bounded read).
     */
    public static ObjectMapper limited(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        copy.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_JSON_DEPTH).maxNumberLength(MAX_JSON_NUMBER_LENGTH).build());
        return copy;
    }

    /**
     * The body as the request record {@code type} of {@link ApiShapes}: a JSON object, read as {@link #json}, whose
     * fields must have their declared types (a field that does not is a {@link BadRequest} naming it).
     */
    public <T> T read(Context ctx, Class<T> type) {
        return binding.bind(json(ctx), type);
    }

    public JsonNode json(Context ctx) {
        byte[] raw = raw(ctx);
        if (raw.length == 0) throw new BadRequest("body", "a JSON object is required");
        JsonNode node;
        try {
            node = mapper.readTree(raw);
        } catch (StreamConstraintsException e) {
            throw new BadRequest("body", overLimit(e));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();   // null when the parser gave none
            throw new BadRequest("body", "malformed JSON: " + e.getOriginalMessage()
                    + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new BadRequest("body", "unreadable body: " + e.getMessage());
        }
        if (node == null || !node.isObject()) throw new BadRequest("body", "a JSON object is required");
        return node;
    }

    /** The url-encoded form fields (first value of each); empty for other content types. */
    public Map<String, String> form(Context ctx) {
        Map<String, String> cached = ctx.attribute(FORM);
        if (cached != null) return cached;
        String type = ctx.contentType();
        Map<String, String> form = new LinkedHashMap<>();
        if (type != null && type.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            String text = new String(raw(ctx), StandardCharsets.UTF_8);
            for (String pair : text.split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                form.putIfAbsent(key, value);
            }
        }
        Map<String, String> result = Collections.unmodifiableMap(form);
        ctx.attribute(FORM, result);
        return result;
    }

    private byte[] raw(Context ctx) {
        byte[] cached = ctx.attribute(RAW);
        if (cached != null) return cached;
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) throw tooLarge();
        try {
            if (!readers.tryAcquire(BODY_READER_WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new RetryLater(503, "busy", 1, "the server is reading too many request bodies at once; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryLater(503, "busy", 1, "the server is stopping");
        }
        try {
            byte[] raw = read(ctx);
            ctx.attribute(RAW, raw);
            return raw;
        } finally {
            readers.release();
        }
    }

    /**
     * The body, at most {@link #MAX_BYTES}, at no less than {@link #MIN_BYTES_PER_SECOND} after a grace of
     * {@link #RATE_GRACE_MS}, counted from when this read starts (a trickle is answered 408; a read that idles
     * is ended by Jetty's idle timeout, see {@link WebApp}). Jetty's own minimum data rate counts from the body's
     * first byte, so a small body read late on a busy server failed it (jetty/jetty.project#4641): it is not used.
     */
    private static byte[] read(Context ctx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long started = System.nanoTime();   // elapsed time of this read, not a date: no Clock
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) throw tooLarge();
                long elapsedMs = (System.nanoTime() - started) / 1_000_000;
                if (elapsedMs > RATE_GRACE_MS + out.size() * 1000L / MIN_BYTES_PER_SECOND) throw tooSlow();
            }
        } catch (IOException e) {
            if (timedOut(e)) throw tooSlow();
            throw new BadRequest("body", "the body could not be read: " + e.getMessage());
        }
        return out.toByteArray();
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException) return true;
        }
        return false;
    }

    private static HttpResponseException tooSlow() {
        return new HttpResponseException(408, "the request body arrived too slowly (under " + MIN_BYTES_PER_SECOND
                + " bytes a second after " + RATE_GRACE_MS / 1000 + " s, or idle for " + WebApp.IDLE_TIMEOUT_MS / 1000 + " s)");
    }

    private static String overLimit(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) return "the JSON is nested deeper than " + MAX_JSON_DEPTH + " levels";
        if (m.startsWith("Number value length")) return "the JSON has a number longer than " + MAX_JSON_NUMBER_LENGTH + " characters";
        return "the JSON is over a parser limit: " + m;
    }

    static BadRequest tooLarge() {
        return new BadRequest("body", "the request body is over 1 MB (" + MAX_BYTES + " bytes)");
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("body", "malformed form encoding: " + e.getMessage());
        }
    }
}
