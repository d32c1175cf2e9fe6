package io.factline.web;

import io.factline.facts.Unit;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The draft page's "add an editor-sourced fact" form as the page shows it: empty (as of the draft's date), or after a
 * refused fact, with what the editor typed, the bad input marked and an error that names it by the label the form
 * shows ("Value: 'four and a quarter' is not a number, like 4.25"), as the API's 400 names it by its field.
 */
record FactForm(Map<String, String> typed, String field, String message) {

    /** API field ({@link ApiShapes.AddFact}) → the form input and the label it has on the page. */
    private record Input(String name, String label) {
    }

    private static final Map<String, Input> INPUTS = Map.of(
            "subject", new Input("subject", "Subject"),
            "label", new Input("label", "Label"),
            "value", new Input("value", "Value"),
            "unit", new Input("unit", "Unit"),
            "asOf", new Input("asOf", "As of"),
            "source.title", new Input("sourceTitle", "Source title"),
            "source.url", new Input("sourceUrl", "Source URL"),
            "source.document", new Input("sourceDocument", "Document"),
            "source", new Input("sourceUrl", "Source URL or document"));
    /** The units the form offers (the API takes the others too), the first the default. */
    private static final List<Unit> OFFERED = List.of(Unit.PERCENT, Unit.PP, Unit.X, Unit.PRICE, Unit.NUMBER, Unit.SHARES);
    private static final List<String> TEXT_INPUTS = List.of("subject", "label", "value", "asOf", "sourceTitle", "sourceUrl",
            "sourceDocument");

    static FactForm empty() {
        return new FactForm(Map.of(), null, null);
    }

    static FactForm refused(Map<String, String> typed, String field, String message) {
        return new FactForm(typed, field, message);
    }

    /** The error to show: the input's label, then what is wrong with it. */
    String error() {
        if (message == null) return null;
        Input input = input();
        if (input == null) return message;
        if (message.startsWith(field + " ")) return input.label() + message.substring(field.length());
        return input.label() + ": " + message;
    }

    private Input input() {
        return field == null ? null : INPUTS.get(field);   // Map.of refuses a null key
    }

    /** The Mustache model: each input's value, the unit options with the chosen one selected, the bad input marked. */
    Map<String, Object> model(LocalDate draftDate) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String name : TEXT_INPUTS) m.put(name, typed.getOrDefault(name, ""));
        if (!typed.containsKey("asOf")) m.put("asOf", draftDate.toString());
        String unit = typed.get("unit");
        m.put("units", OFFERED.stream().map(u -> Map.of("unitName", u.wire(), "unitSelected", u.wire().equals(unit))).toList());
        Input input = input();
        if (input != null) m.put("invalid", Map.of(input.name(), true));
        if (message != null) m.put("error", error());
        return m;
    }
}
