package io.factline.narrative;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Unavailable;
import io.factline.market.Instrument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the prompts in {@code prompts/} from facts only: each fact's id, label, display value,
 * unit, subject, window and against — never raw price rows, inputs or formulas. A repair prompt
 * carries the rejected draft section by section, each failing sentence marked and followed by its
 * findings and what a fix looks like, so the model mends those sentences and keeps the others.
 */
public final class PromptBuilder {

    private static final String NONE = "-";
    private final Templates templates;

    public PromptBuilder(Templates templates) {
        this.templates = templates;
    }

    /** The daily prompt carries what the daily writer covers and the salient stocks ({@link DailyFacts}), not every stock. */
    public Prompt daily(FactSheet sheet) {
        return new Prompt(system(), templates.render("daily-commentary", scope(DailyFacts.forPrompt(sheet))));
    }

    /** @param rejected the rejected draft with the validator's findings placed on its sentences */
    public Prompt repair(FactSheet sheet, Review rejected) {
        Map<String, Object> scope = scope(DailyFacts.forPrompt(sheet));
        scope.put("sections", rejected.sections().stream().map(PromptBuilder::section).toList());
        scope.put("unplaced", rejected.unplaced().stream().map(PromptBuilder::issue).toList());
        scope.put("hasUnplaced", !rejected.unplaced().isEmpty());
        return new Prompt(system(), templates.render("repair", scope));
    }

    private static Map<String, Object> section(Review.Section s) {
        return Map.of("field", s.field(), "empty", s.sentences().isEmpty(),
                "sentences", s.sentences().stream().map(t -> Map.of("text", t.text(), "failing", t.failing(),
                        "issues", t.issues().stream().map(PromptBuilder::issue).toList())).toList());
    }

    private static Map<String, Object> issue(Review.Issue i) {
        return Map.of("text", i.finding().text(), "message", i.finding().message(), "fix", i.fix());
    }

    /** @param sheet the facts gathered for this question (a subset of a day's sheet is fine) */
    public Prompt question(FactSheet sheet, List<Turn> history, String question) {
        return question(sheet, history, question, false);
    }

    /**
     * @param tools whether the model can gather more facts with tools (the chat's AI service); the
     *              prompt then says so and that tool results are facts like those in the table
     */
    public Prompt question(FactSheet sheet, List<Turn> history, String question, boolean tools) {
        Map<String, Object> scope = questionScope(sheet, history, question);
        scope.put("tools", tools);
        return new Prompt(system(), templates.render("question", scope));
    }

    /**
     * The chat's repair prompt: the validator's findings on the rejected answer (never its prose), the
     * facts gathered so far, the history and the question again, fenced as data.
     */
    public Prompt questionRepair(FactSheet sheet, List<Turn> history, String question, List<Finding> findings) {
        Map<String, Object> scope = questionScope(sheet, history, question);
        scope.put("findings", findings.stream().map(f -> Map.of("text", f.text(), "message", f.message())).toList());
        return new Prompt(system(), templates.render("question-repair", scope));
    }

    private static Map<String, Object> questionScope(FactSheet sheet, List<Turn> history, String question) {
        Map<String, Object> scope = scope(sheet);
        scope.put("history", history.stream().map(t -> Map.of("role", t.role(), "text", t.text())).toList());
        scope.put("question", question);
        return scope;
    }

    private String system() {
        return templates.render("system", Map.of());
    }

    private static Map<String, Object> scope(FactSheet sheet) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("asOf", sheet.asOf().toString());
        scope.put("instruments", sheet.instruments().stream().map(PromptBuilder::instrument).toList());
        scope.put("facts", sheet.facts().stream().map(PromptBuilder::fact).toList());
        scope.put("unavailable", unavailable(sheet.unavailable()));
        scope.put("quality", sheet.quality().stream().map(q -> Map.of("message", q.message())).toList());
        return scope;
    }

    private static Map<String, Object> instrument(Instrument i) {
        return Map.of("symbol", i.symbol(), "name", i.name(), "kind", i.kind().wire(),
                "sector", orNone(i.sector()), "benchmark", orNone(i.benchmark()));
    }

    private static Map<String, Object> fact(Fact f) {
        return Map.of("id", f.id(), "label", f.label() == null ? f.subject() + " " + f.metric().wire() : f.label(),
                "display", f.shown(), "unit", f.unit().wire(), "subject", f.subject(),
                "window", f.window() == null ? NONE : f.window().wire(), "against", orNone(f.against()));
    }

    /** One line per subject and reason: a stale instrument is one line, not sixteen. */
    private static List<Map<String, Object>> unavailable(List<Unavailable> all) {
        Map<String, List<Unavailable>> groups = new LinkedHashMap<>();
        for (Unavailable u : all) groups.computeIfAbsent(u.subject() + "\u0000" + u.reason(), k -> new java.util.ArrayList<>()).add(u);
        return groups.values().stream().map(g -> Map.<String, Object>of(
                "subject", g.get(0).subject(),
                "metric", String.join(", ", g.stream().map(PromptBuilder::metricName).distinct().toList()),
                "reason", g.get(0).reason())).toList();
    }

    private static String metricName(Unavailable u) {
        return u.metric().wire() + (u.window() == null ? "" : " " + u.window().wire());
    }

    private static String orNone(String s) {
        return s == null ? NONE : s;
    }
}
