package io.factline.chat;

/** A question that cannot be taken: empty, too long, or with a malformed conversation id. */
public final class InvalidQuestion extends RuntimeException {

    public InvalidQuestion(String message) {
        super(message, null, false, false);
    }
}
