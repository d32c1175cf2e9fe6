package io.factline.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Something wrong with the text that is not one number's claim, with its String indices. Kinds:
 * {@code malformed_marker} ("[0]", "[F 12]"), {@code unknown_fact} (a marker cites an ID the sheet does
 * not have), {@code citation_mismatch} (a marker set apart from its number cites a fact that does not
 * support it, so the marker itself is highlighted too), {@code wrong_date} (the text names a weekday that
 * is not the sheet's as the day it describes).
 */
@JsonPropertyOrder({"start", "end", "kind", "message"})
public record Problem(int start, int end, Kind kind, String message) {

    public static final Kind MALFORMED_MARKER = Kind.MALFORMED_MARKER;
    public static final Kind UNKNOWN_FACT = Kind.UNKNOWN_FACT;
    public static final Kind CITATION_MISMATCH = Kind.CITATION_MISMATCH;
    /** A weekday that is not the sheet's ("on Tuesday" in the commentary of a Monday). */
    public static final Kind WRONG_DATE = Kind.WRONG_DATE;

    /**
     * What is wrong, written in JSON by its wire name ({@code unknown_fact}); besides the four above,
     * {@code mixed_citations} (an editor fact cited beside sheet facts) and {@code report_truncated}
     * (a stored report cut to its limit).
     */
    public enum Kind {
        MALFORMED_MARKER("malformed_marker"), UNKNOWN_FACT("unknown_fact"), CITATION_MISMATCH("citation_mismatch"),
        WRONG_DATE("wrong_date"), MIXED_CITATIONS("mixed_citations"), REPORT_TRUNCATED("report_truncated");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        @JsonValue
        public String wire() {
            return wire;
        }

        @JsonCreator
        public static Kind of(String wire) {
            for (Kind k : values()) if (k.wire.equals(wire)) return k;
            throw new IllegalArgumentException("unknown problem kind '" + wire + "'");
        }

        @Override
        public String toString() {
            return wire;
        }
    }
}
