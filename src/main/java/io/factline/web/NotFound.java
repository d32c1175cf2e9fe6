package io.factline.web;

/** Nothing of that id for this caller: answered 404. */
public final class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message, null, false, false);
    }
}
