package io.factline.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Events response body. Each event is written whole and flushed at once, so the reader
 * sees it as it happens; comments keep a quiet connection from being closed as idle. The first write
 * that fails means the client went away: from then on the stream is gone for good, {@code onGone} has
 * run once, every later {@link #send} throws {@link ClientGone} and comments are skipped. Thread-safe:
 * the answering thread and the heartbeat write through the same lock.
 *
 * <p>Why not Javalin's own SSE ({@code app.sse} / {@code SseHandler}, issue 18): {@code app.sse} registers a GET
 * route, and the chat is {@code POST /api/ask} with a JSON body (a question does not belong in a URL or a log
 * line). {@code SseHandler} on a POST route commits the response (200, {@code text/event-stream}) as it starts,
 * but the question is checked, rate-limited and queued first so that a bad request still gets its 400, 415, 429
 * or 503 with {@code Retry-After}; and the answer runs on the chat's bounded pool, not on the request's thread.
 * So this small writer of the wire format stays; it is the only SSE code.
 */
final class EventStream {

    private final OutputStream out;
    private final Runnable onGone;
    private boolean gone;
    private boolean closed;

    /** @param onGone runs once, on the thread whose write found the client gone */
    EventStream(OutputStream out, Runnable onGone) {
        this.out = out;
        this.onGone = onGone;
    }

    /**
     * Writes {@code event: NAME} and {@code data: JSON} (one data line per line of {@code data}, so the
     * reader's joined data is exactly {@code data}), then a blank line, and flushes.
     *
     * @throws ClientGone when the client is gone (now or earlier) or the stream was closed
     */
    synchronized void send(String event, String data) {
        if (gone || closed) throw new ClientGone();
        StringBuilder b = new StringBuilder("event: ").append(event).append('\n');
        for (String line : data.split("\r\n|\r|\n", -1)) b.append("data: ").append(line).append('\n');
        write(b.append('\n').toString());
    }

    /** A comment line (": text"), which readers ignore; does nothing once the client is gone or the stream closed. */
    synchronized void comment(String text) {
        if (gone || closed) return;
        try {
            write(": " + text + "\n\n");
        } catch (ClientGone e) {
            // noted in write(); the answering thread stops at its next event
        }
    }

    /** Sends the response headers now, before any event (the reader knows the question was taken). */
    synchronized void open() {
        try {
            out.flush();
        } catch (IOException e) {
            throw goneNow();
        }
    }

    /** No more writes, heartbeats included; the server ends the response. */
    synchronized void close() {
        closed = true;
    }

    synchronized boolean gone() {
        return gone;
    }

    private void write(String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw goneNow();
        }
    }

    private ClientGone goneNow() {
        if (!gone) {
            gone = true;
            onGone.run();
        }
        return new ClientGone();
    }

    /** The client closed the connection; thrown from a progress listener, it stops the answer. */
    static final class ClientGone extends RuntimeException {
        ClientGone() {
            super("the client went away", null, false, false);
        }
    }
}
