package io.factline.chat;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a question got no answer at all (an honest refusal is an answer, not an error).
 *
 * @param code    why, as the reader's event names it
 * @param message one line for the reader; never a stack trace, key or configuration value
 */
public record ChatError(Code code, String message) {

    /** invalid_question (empty, too long, bad conversation id) or internal. */
    public enum Code {
        INVALID_QUESTION, INTERNAL;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
