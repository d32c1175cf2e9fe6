package io.factline.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads named fields from JSON bodies and query strings; a missing or wrong field is a {@link BadRequest} naming it. */
final class Fields {

    private Fields() {
    }

    static String text(JsonNode body, String name) {
        return optionalText(body, name).orElseThrow(() -> new BadRequest(name, name + " is required"));
    }

    static Optional<String> optionalText(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) return Optional.empty();
        if (!v.isTextual()) throw new BadRequest(name, name + " must be a string");
        return Optional.of(v.textValue());
    }

    static Optional<Integer> optionalInt(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) return Optional.empty();
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw new BadRequest(name, name + " must be a whole number");
        return Optional.of(v.intValue());
    }

    static int integer(JsonNode body, String name) {
        return optionalInt(body, name).orElseThrow(() -> new BadRequest(name, name + " is required"));
    }

    static LocalDate date(String text, String name) {
        if (text == null || text.isBlank()) throw new BadRequest(name, name + " is required (YYYY-MM-DD)");
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest(name, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    static long id(String text, String name) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) return id;
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadRequest(name, "'" + text + "' is not an id (a positive whole number)");
    }

    static int positive(String text, String name) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new BadRequest(name, "'" + text + "' is not a positive whole number");
    }
}
