package io.factline.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.factline.facts.EditorFact;
import io.factline.facts.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads the body of POST /api/drafts/{id}/facts; a missing or mistyped field is a 400 naming it. */
final class EditorFactFields {

    private EditorFactFields() {
    }

    static EditorFact read(JsonNode body) {
        String subject = Fields.text(body, "subject").strip();
        String label = Fields.text(body, "label").strip();
        JsonNode v = body.get("value");
        if (v == null || v.isNull()) throw new BadRequest("value", "value is required (a number)");
        if (!v.isNumber() || !Double.isFinite(v.doubleValue())) throw new BadRequest("value", "value must be a number, like 4.25");
        String unitText = Fields.text(body, "unit");
        Unit unit = Arrays.stream(Unit.values()).filter(u -> u != Unit.LABEL && u.wire().equals(unitText)).findFirst()
                .orElseThrow(() -> new BadRequest("unit", "'" + unitText + "' is not a unit; one of " + Arrays.stream(Unit.values())
                        .filter(u -> u != Unit.LABEL).map(Unit::wire).collect(Collectors.joining(", "))));
        var asOf = Fields.date(Fields.text(body, "asOf"), "asOf");
        JsonNode source = body.get("source");
        if (source == null || source.isNull()) throw new BadRequest("source", "source is required: {\"title\", \"url\" or \"document\"}");
        if (!source.isObject()) throw new BadRequest("source", "source must be an object: {\"title\", \"url\" or \"document\"}");
        String title = prefixed(() -> Fields.text(source, "title"), "source.title");
        String url = prefixed(() -> Fields.optionalText(source, "url").orElse(null), "source.url");
        String document = prefixed(() -> Fields.optionalText(source, "document").orElse(null), "source.document");
        return new EditorFact(null, subject, label, v.doubleValue(), unit, asOf,
                new EditorFact.Reference(title.strip(), blankToNull(url), blankToNull(document)), null, null);
    }

    /** The draft page's form: the same fields, flat (sourceTitle, sourceUrl, sourceDocument), value as typed. */
    static EditorFact read(Map<String, String> form) {
        var node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (String f : List.of("subject", "label", "unit", "asOf")) if (form.get(f) != null) node.put(f, form.get(f));
        String value = form.getOrDefault("value", "").strip().replace(",", "");
        if (!value.isEmpty()) {
            try {
                node.put("value", new java.math.BigDecimal(value));
            } catch (NumberFormatException e) {
                throw new BadRequest("value", "'" + value + "' is not a number, like 4.25");
            }
        }
        var source = node.putObject("source");
        source.put("title", form.getOrDefault("sourceTitle", ""));
        if (form.get("sourceUrl") != null && !form.get("sourceUrl").isBlank()) source.put("url", form.get("sourceUrl"));
        if (form.get("sourceDocument") != null && !form.get("sourceDocument").isBlank()) source.put("document", form.get("sourceDocument"));
        return read(node);
    }

    private static String prefixed(java.util.function.Supplier<String> read, String field) {
        try {
            return read.get();
        } catch (BadRequest e) {
            throw new BadRequest(field, field + e.getMessage().substring(e.field().length()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
