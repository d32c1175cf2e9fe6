package io.factline.narrative;

/** A rendered prompt: the system message and the user message. */
public record Prompt(String system, String user) {
}
