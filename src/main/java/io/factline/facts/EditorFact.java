package io.factline.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A figure the fact sheet lacks, added by an editor with its source (issue 17): cited as {@code [E1]},
 * validated like any fact (see {@code validation.EditorFactCheck}), shown to readers as "Source: … (added
 * by the desk)". {@code value} is kept at full precision as given; {@code id} is "E" and a number.
 */
public record EditorFact(String id, String subject, String label, double value, Unit unit, LocalDate asOf,
                         Reference source, String addedBy, Instant addedAt) {

    /** Where the editor found the figure: a title and a URL or a document (at least one of the two). */
    public record Reference(String title, String url, String document) {

        /** The URL, else the document. */
        public String location() {
            return url != null ? url : document;
        }
    }

    public EditorFact {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("an editor fact's value must be finite");
        if (unit == Unit.LABEL) throw new IllegalArgumentException("an editor fact is a number, not a label");
    }

    /** Whether {@code id} names an editor-sourced fact ("E1", "E12"). */
    public static boolean isEditorId(String id) {
        if (id.length() < 2 || id.charAt(0) != 'E') return false;
        for (int i = 1; i < id.length(); i++) {
            if (id.charAt(i) < '0' || id.charAt(i) > '9') return false;
        }
        return true;
    }

    /** The id of this fact's source in a sheet: "D" (desk) and the fact's number. */
    public String sourceId() {
        return "D" + id.substring(1);
    }

    /** "4.25%", "1,234.5", "0.5 pp": the value as given, no rounding (the editor typed it). */
    public String shown() {
        String n = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return switch (unit) {
            case PERCENT -> n + "%";
            case PP -> n + " pp";
            case X -> n + "x";
            case SHARES -> n + " shares";
            case PRICE, NUMBER, LABEL -> n;
        };
    }

    /** This fact as a sheet fact, for footnotes and highlights: no metric or window, its inputs the as-of date and who added it. */
    public Fact asFact() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("as of", asOf.toString());
        inputs.put("added by", addedBy);
        return new Fact(id, subject, null, null, null, new FactValue.Num(value), unit, shown(), label, List.of(sourceId()),
                null, inputs);
    }

    /** The source as readers see it: "U.S. Treasury daily par yield curve (added by the desk)". */
    public Source asSource() {
        return new Source(sourceId(), source.title() + " (added by the desk)", source.location());
    }

    /** {@code sheet} with {@code added} appended to its facts and sources (for display; validation checks them itself). */
    public static FactSheet withSheet(FactSheet sheet, List<EditorFact> added) {
        if (added.isEmpty()) return sheet;
        List<Fact> facts = new ArrayList<>(sheet.facts());
        List<Source> sources = new ArrayList<>(sheet.sources());
        for (EditorFact e : added) {
            facts.add(e.asFact());
            sources.add(e.asSource());
        }
        return new FactSheet(sheet.asOf(), sources, sheet.instruments(), facts, sheet.unavailable(), sheet.quality());
    }
}
