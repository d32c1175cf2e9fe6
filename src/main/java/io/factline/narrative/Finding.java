package io.factline.narrative;

/** One reason a draft was rejected: the text at fault and why, as the validator put it. */
public record Finding(String text, String message) {
}
