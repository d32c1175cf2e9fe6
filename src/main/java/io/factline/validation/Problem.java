package io.factline.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Something wrong with the text that is not one number's claim, with its String indices. Kinds:
 * {@code malformed_marker} ("[0]", "[F 12]"), {@code unknown_fact} (a marker cites an ID the sheet does
 * not have), {@code citation_mismatch} (a marker set apart from its number cites a fact that does not
 * support it, so the marker itself is highlighted too), {@code wrong_date} (the text names a weekday that
 * is not the sheet's as the day it describes).
 */
@JsonPropertyOrder({"start", "end", "kind", "message"})
public record Problem(int start, int end, String kind, String message) {

    public static final String MALFORMED_MARKER = "malformed_marker";
    public static final String UNKNOWN_FACT = "unknown_fact";
    public static final String CITATION_MISMATCH = "citation_mismatch";
    /** A weekday that is not the sheet's ("on Tuesday" in the commentary of a Monday). */
    public static final String WRONG_DATE = "wrong_date";
}
