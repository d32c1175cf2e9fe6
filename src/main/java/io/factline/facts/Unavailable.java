package io.factline.facts;

/** A figure the metrics core could not compute, and why, in words an editor understands. */
public record Unavailable(String subject, Metric metric, Window window, String against, String reason) {
}
