package io.factline.cli;

/**
 * A mistake in what the user gave a command (a date without data, a missing file). Printed as one
 * line on stderr with exit code 2, never with a stack trace.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message, null, false, false);
    }
}
