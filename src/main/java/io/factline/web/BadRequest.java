package io.factline.web;

/** Unusable input: answered 400 with a JSON body naming {@code field} ("body" for the body as a whole). */
public final class BadRequest extends RuntimeException {

    private final String field;

    public BadRequest(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
