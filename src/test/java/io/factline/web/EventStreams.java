package io.factline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.facts.FactSheetJson;
import io.factline.web.TestDesk.Caller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * POST /api/ask with a real HTTP client, reading the Server-Sent Events line by line as they arrive:
 * {@code event:} and {@code data:} lines up to a blank line make an event; comments (": …") are skipped.
 */
final class EventStreams {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** One event: its name and its data (the data lines joined with "\n"). */
    record Event(String name, String data) {
        JsonNode json() {
            try {
                return FactSheetJson.mapper().readTree(data);
            } catch (IOException e) {
                throw new AssertionError("event data is not JSON: " + data, e);
            }
        }

        @Override
        public String toString() {
            return name + " " + data;
        }
    }

    /** An open answer stream: the response (status and headers arrived), and its events one at a time. */
    static final class Open implements AutoCloseable {
        final HttpResponse<java.util.stream.Stream<String>> response;
        private final Iterator<String> lines;
        /** Every line received so far, comments and blank lines included. */
        final List<String> raw = new ArrayList<>();

        Open(HttpResponse<java.util.stream.Stream<String>> response) {
            this.response = response;
            this.lines = response.body().iterator();
        }

        /** The next event, waiting for it; empty when the stream ends first. */
        Optional<Event> next() {
            String name = null;
            StringBuilder data = null;
            while (lines.hasNext()) {
                String line = lines.next();
                raw.add(line);
                if (line.isEmpty()) {
                    if (name != null || data != null) return Optional.of(new Event(name == null ? "message" : name,
                            data == null ? "" : data.toString()));
                    continue;
                }
                if (line.startsWith(":")) continue;
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) value = value.substring(1);
                if (field.equals("event")) name = value;
                if (field.equals("data")) data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
            return Optional.empty();
        }

        /** Every event until the server ends the stream. */
        List<Event> rest() {
            List<Event> out = new ArrayList<>();
            for (Optional<Event> e = next(); e.isPresent(); e = next()) out.add(e.get());
            return out;
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    private EventStreams() {
    }

    /** Asks with {@code body} (a map, or a JSON string sent as it is) as {@code caller}, with its CSRF token if it has one. */
    static Open open(TestDesk desk, Caller caller, Object body) {
        String json;
        try {
            json = body instanceof String s ? s : FactSheetJson.mapper().writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var request = desk.request(caller, "/api/ask").header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json));
        if (caller.csrf() != null) request.header(Gate.CSRF_HEADER, caller.csrf());
        try {
            return new Open(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks and reads the whole stream. */
    static List<Event> ask(TestDesk desk, Caller caller, Map<String, ?> body) {
        try (Open s = open(desk, caller, body)) {
            if (s.response.statusCode() != 200) {
                throw new AssertionError("HTTP " + s.response.statusCode() + ": " + String.join("\n", s.response.body().toList()));
            }
            return s.rest();
        }
    }

    /** The one answer event's data. */
    static JsonNode answer(List<Event> events) {
        List<Event> answers = events.stream().filter(e -> e.name().equals("answer")).toList();
        if (answers.size() != 1) throw new AssertionError("expected one answer event, got " + events);
        return answers.get(0).json();
    }
}
