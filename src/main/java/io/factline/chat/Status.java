package io.factline.chat;

/**
 * One progress event. {@code detail} adds what the step is about ("for 2026-03-23", "attempt 2");
 * it never contains text from the question or from a draft.
 */
public record Status(Step step, String detail) {

    /** "Computing facts for 2026-03-23". */
    public String message() {
        return detail.isEmpty() ? step.words() : step.words() + " " + detail;
    }
}
