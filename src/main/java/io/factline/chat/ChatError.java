package io.factline.chat;

/**
 * Why a question got no answer at all (an honest refusal is an answer, not an error).
 *
 * @param code    "invalid_question" (empty, too long, bad conversation id) or "internal"
 * @param message one line for the reader; never a stack trace, key or configuration value
 */
public record ChatError(String code, String message) {

    public static final String INVALID_QUESTION = "invalid_question";
    public static final String INTERNAL = "internal";
}
