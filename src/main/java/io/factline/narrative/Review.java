package io.factline.narrative;

import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import io.factline.validation.Problem;
import io.factline.validation.ValidationReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rejected draft as the repair prompt shows it to the model: every section, split into sentences
 * (a bullet is one item), each failing sentence with the findings on it and what a fix looks like.
 *
 * <p>The draft goes back so that a model can mend the flagged sentences and keep the ones that
 * passed, instead of writing everything anew (and making new mistakes). The old rule, never to send
 * the rejected prose back, kept invented figures out of the next draft; here they go back only inside
 * sentences marked as failing, next to the finding that says why they are wrong, and the next draft
 * is validated like the first.
 *
 * @param sections every draft field in the draft's order, empty ones included
 * @param findings every finding in the validator's order (claims, then problems, then bullets that
 *                 cite no fact): what {@link Attempt#rejected} records
 * @param unplaced findings that belong to no one sentence
 */
public record Review(List<Section> sections, List<Finding> findings, List<Issue> unplaced) {

    public static final List<String> FIELDS = List.of("headline", "summary", "marketMoves", "sectors", "valuation",
            "risk", "technicals", "risks", "opportunities", "keyFigures");

    public Review {
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
        unplaced = List.copyOf(unplaced);
    }

    /** @param field the draft's field name, as in the JSON the model writes */
    public record Section(String field, List<Sentence> sentences) {
        public Section {
            sentences = List.copyOf(sentences);
        }
    }

    /** @param issues empty for a sentence that passed */
    public record Sentence(String text, List<Issue> issues) {
        public Sentence {
            issues = List.copyOf(issues);
        }

        public boolean failing() {
            return !issues.isEmpty();
        }
    }

    /** One finding and what a fix of it looks like. */
    public record Issue(Finding finding, String fix) {
    }

    public boolean passed() {
        return findings.isEmpty();
    }

    /** @param report the validator's report on {@link Narrative#of(Draft) Narrative.of(draft)} */
    public static Review of(Draft draft, ValidationReport report) {
        List<Narrative.Part> parts = Narrative.parts(draft);
        List<Span> spans = new ArrayList<>();
        for (Narrative.Part part : parts) {
            if (bulleted(part.field())) spans.add(new Span(part.field(), part.start(), part.text()));
            else spans.addAll(sentences(part));
        }
        List<Finding> findings = new ArrayList<>();
        List<Issue> unplaced = new ArrayList<>();
        for (Claim c : report.claims()) {
            if (c.status() == ClaimStatus.SUPPORTED) continue;
            place(new Finding(c.text(), c.message()), c.status().wire(), c.start(), spans, findings, unplaced);
        }
        for (Problem p : report.problems()) {
            place(new Finding(p.kind().wire(), p.message()), p.kind().wire(), p.start(), spans, findings, unplaced);
        }
        if (!report.passed() && findings.isEmpty()) {
            place(new Finding("draft", "the validator rejected the draft"), "rejected", -1, spans, findings, unplaced);
        }
        ungrounded("risks", "risk", draft.risks(), spans, findings);
        ungrounded("opportunities", "opportunity", draft.opportunities(), spans, findings);

        Map<String, List<Sentence>> byField = new LinkedHashMap<>();
        for (String field : FIELDS) byField.put(field, new ArrayList<>());
        for (Span s : spans) byField.get(s.field).add(new Sentence(s.text, s.issues));
        List<Section> sections = new ArrayList<>();
        byField.forEach((field, sentences) -> sections.add(new Section(field, sentences)));
        return new Review(sections, findings, unplaced);
    }

    private static void place(Finding f, String kind, int at, List<Span> spans, List<Finding> findings, List<Issue> unplaced) {
        findings.add(f);
        Issue issue = new Issue(f, Fixes.forKind(kind));
        for (Span s : spans) {
            if (at >= s.start && at < s.start + s.text.length()) {
                s.issues.add(issue);
                return;
            }
        }
        unplaced.add(issue);
    }

    // A risk or opportunity must rest on a cited fact; the validator does not know the sections.
    private static void ungrounded(String field, String kind, List<String> bullets, List<Span> spans, List<Finding> findings) {
        List<Span> items = spans.stream().filter(s -> s.field.equals(field)).toList();
        for (int i = 0; i < bullets.size(); i++) {
            if (bullets.get(i).matches("(?s).*\\[F\\d+.*")) continue;
            Finding f = new Finding(bullets.get(i), kind + " bullet " + (i + 1) + " cites no fact");
            findings.add(f);
            items.get(i).issues.add(new Issue(f, Fixes.forKind("ungrounded")));
        }
    }

    private static boolean bulleted(String field) {
        return field.equals("risks") || field.equals("opportunities") || field.equals("keyFigures");
    }

    // A sentence ends at . ! or ? (after any closing marker or quote) before white space and a capital,
    // a digit or an opening quote, bracket or parenthesis; a period after a usual abbreviation does not.
    private static final Pattern END = Pattern.compile("[.!?][\"')\\]]*\\s+(?=[A-Z0-9\"'(\\[^])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:vs|e\\.g|i\\.e|inc|corp|co|ltd|no|approx|etc|mr|ms|dr|st)|\\b[A-Z](?:\\.[A-Z])*)\\.$");

    static List<Span> sentences(Narrative.Part part) {
        List<Span> out = new ArrayList<>();
        String text = part.text();
        int from = 0;
        Matcher m = END.matcher(text);
        while (m.find()) {
            String upToStop = text.substring(from, m.start() + 1);
            if (m.group().charAt(0) == '.' && ABBREVIATION.matcher(upToStop).find()) continue;
            String sentence = text.substring(from, m.end()).strip();
            out.add(new Span(part.field(), part.start() + from, sentence));
            from = m.end();
        }
        if (from < text.length()) out.add(new Span(part.field(), part.start() + from, text.substring(from).strip()));
        return out;
    }

    /** A sentence (or bullet) of the narrative and where it starts; its issues are gathered as they are placed. */
    static final class Span {
        final String field;
        final int start;
        final String text;
        final List<Issue> issues = new ArrayList<>();

        Span(String field, int start, String text) {
            this.field = field;
            this.start = start;
            this.text = text;
        }
    }
}
