package io.factline.narrative;

/** One earlier turn of a conversation: who ("reader" or "factline") and the validated text. */
public record Turn(String role, String text) {
}
