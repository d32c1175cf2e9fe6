package io.factline.web;

import io.factline.facts.EditorFact;
import io.factline.facts.Unit;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An editor-sourced fact from the body of POST /api/drafts/{id}/facts ({@link ApiShapes.AddFact}) or from the draft
 * page's form; a missing or unusable field is a 400 naming it as the API does ("value", "source.title").
 */
final class EditorFactFields {

    private EditorFactFields() {
    }

    static EditorFact read(ApiShapes.AddFact body) {
        String subject = Fields.required(body.subject(), "subject").strip();
        String label = Fields.required(body.label(), "label").strip();
        if (!Double.isFinite(body.value())) throw new BadRequest("value", "value must be a number, like 4.25");
        String unitText = Fields.required(body.unit(), "unit");
        Unit unit = Arrays.stream(Unit.values()).filter(u -> u != Unit.LABEL && u.wire().equals(unitText)).findFirst()
                .orElseThrow(() -> new BadRequest("unit", "'" + unitText + "' is not a unit; one of " + Arrays.stream(Unit.values())
                        .filter(u -> u != Unit.LABEL).map(Unit::wire).collect(Collectors.joining(", "))));
        var asOf = Fields.date(body.asOf(), "asOf");
        ApiShapes.FactSource source = body.source();
        if (source == null) throw new BadRequest("source", "source is required: {\"title\", \"url\" or \"document\"}");
        String title = Fields.required(source.title(), "source.title");
        return new EditorFact(null, subject, label, body.value(), unit, asOf,
                new EditorFact.Reference(title.strip(), blankToNull(source.url()), blankToNull(source.document())), null, null);
    }

    /** The draft page's form: the same fields, flat (sourceTitle, sourceUrl, sourceDocument), value as typed. */
    static EditorFact read(Map<String, String> form) {
        String value = form.getOrDefault("value", "").strip().replace(",", "");
        if (value.isEmpty()) throw new BadRequest("value", "value is required (a number)");
        double number;
        try {
            number = new java.math.BigDecimal(value).doubleValue();
        } catch (NumberFormatException e) {
            throw new BadRequest("value", "'" + value + "' is not a number, like 4.25");
        }
        return read(new ApiShapes.AddFact(form.get("subject"), form.get("label"), number, form.get("unit"), form.get("asOf"),
                new ApiShapes.FactSource(form.getOrDefault("sourceTitle", ""), form.get("sourceUrl"), form.get("sourceDocument"))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
