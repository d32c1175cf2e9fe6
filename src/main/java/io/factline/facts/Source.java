package io.factline.facts;

/** Where facts come from: a file, or a provider and the time of retrieval. Cited by {@code id} ("S1"). */
public record Source(String id, String title, String location) {
}
