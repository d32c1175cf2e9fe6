package io.factline.narrative;

import java.util.Map;

/**
 * What a fix looks like, by the kind of a finding (a claim status or a problem kind of the validator,
 * or "ungrounded" for a bullet that cites no fact), as the repair prompt tells the model. Kinds this
 * list does not know get the general advice.
 */
final class Fixes {

    private static final String GENERAL = "use a fact's shown value with its marker right after it, name the "
            + "instrument and the measure, and keep the fact's period; or remove the sentence.";

    private static final Map<String, String> BY_KIND = Map.ofEntries(
            Map.entry("mismatch", "write the cited fact's shown value with its marker, in a sentence that names the "
                    + "instrument and the measure; or remove the sentence."),
            Map.entry("wrong_sign", "make the direction word agree with the sign of the cited fact's shown value; "
                    + "or remove the sentence."),
            Map.entry("wrong_subject", "give the figure of the instrument the sentence names, with that instrument's "
                    + "fact and marker, or name the instrument the cited fact is about; or remove the sentence."),
            Map.entry("wrong_window", "state the cited fact's own period (\"on the day\" for 1d, \"over the past 30 "
                    + "sessions\" for 30d, \"over the past 252 sessions\" for 252d); or remove the sentence."),
            Map.entry("wrong_unit", "write the figure in the fact's unit (% for a return or volatility, pp for a "
                    + "relative return, x for a ratio or a P/E); or remove the sentence."),
            Map.entry("wrong_label", "use the label word the fact shows (bullish, bearish, uptrend, …); or remove "
                    + "the sentence."),
            Map.entry("wrong_metric", "say the measure the cited fact is (return, volatility, beta, volume, P/E, …), "
                    + "or cite the fact of the measure the sentence states; or remove the sentence."),
            Map.entry("wrong_intensity", "use a verb of the move's size: surged/soared/jumped only from +2% on the "
                    + "day, plunged/tumbled/sank only from -2%, edged/inched/ticked only under 0.25%; rose, fell, gained, "
                    + "slipped for the rest."),
            Map.entry("wrong_ranking", "rank by the sheet: name the instrument the message says holds that place, "
                    + "or drop the ranking and state the cited figure."),
            Map.entry("wrong_count", "count from the sheet (the message gives the tally), or drop the count and name the "
                    + "instruments with their cited figures."),
            Map.entry("wrong_comparison", "turn the comparison round (the message gives both figures), or state both cited "
                    + "figures without comparing them."),
            Map.entry("wrong_date", "use the weekday or date of the sheet's as-of date; or remove the sentence."),
            Map.entry("stale", "say the date the quote is from (\"as last quoted on …\", as the fact's label says); "
                    + "or remove the sentence."),
            Map.entry("unresolved", "name the instrument, the measure and the period in the clause of the figure; "
                    + "or remove the sentence."),
            Map.entry("uncited", "put the marker of the fact this figure is right after it; or remove the figure."),
            Map.entry("unsupported", "no fact supports this figure: replace it with a listed fact's shown value and "
                    + "marker, or remove the sentence. Do not calculate or estimate a figure."),
            Map.entry("unknown_citation", "cite only fact IDs from the list below; or remove the sentence."),
            Map.entry("unknown_fact", "cite only fact IDs from the list below; or remove the sentence."),
            Map.entry("malformed_marker", "write each marker as [F12], right after its figure."),
            Map.entry("citation_mismatch", "cite the fact that supports the figure, right after it; or remove the "
                    + "sentence."),
            Map.entry("ungrounded", "ground the bullet in a listed fact, with its figure and marker; or remove the "
                    + "bullet."));

    private Fixes() {
    }

    static String forKind(String kind) {
        return BY_KIND.getOrDefault(kind, GENERAL);
    }
}
