package io.factline.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks fields of request records and reads query strings and form fields; a missing or wrong one is a {@link BadRequest} naming it. */
final class Fields {

    private Fields() {
    }

    /** A field of a request record that must be there: {@code name} is its name on the wire. */
    static <T> T required(T value, String name) {
        if (value == null) throw new BadRequest(name, name + " is required");
        return value;
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
