package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.FactSheet;
import io.factline.facts.FactSheetJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the validator on labelled paragraphs of natural commentary: the generated corpus
 * (src/test/resources/validation/corpus, see its README: 1,400 paragraphs over 24 dates of the bundled data
 * in four styles, half honest, half with one planted error each) and the hand-written sets
 * (src/test/resources/validation/handwritten: 440 paragraphs over 22 other dates, written one by one as
 * held-out text). A planted error is caught when the text fails and a non-supported claim or a problem
 * overlaps the error's span; an honest paragraph is rejected when it fails for any reason. The bar is
 * issue 12's for those two: at least 98% caught, at most 1% of honest paragraphs rejected. The word-borne set
 * (src/test/resources/validation/wordborne, issue 13: 600 paragraphs, rankings, counts, comparisons,
 * multiples, numbers in words, intensity, records) holds issue 13's catch bar, 90%, and a ratchet of 3% on
 * honest paragraphs rejected: the "no rise" is not met yet (docs/validation.md says so). The members set
 * (src/test/resources/validation/members: 80 held-out paragraphs on breadth, member stocks and 52-week highs over
 * four dates of the S&P 500 pack, sheets computed here) holds 90% caught and 5% honest rejected. The
 * per-kind table is printed for docs/validation.md.
 */
class CorpusScoreTest {

    private static final Path ROOT = Path.of("src/test/resources/validation");
    private static final ObjectMapper JSON = FactSheetJson.mapper();

    record Score(int cases, int right) {
        Score plus(boolean ok) {
            return new Score(cases + 1, right + (ok ? 1 : 0));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource({"corpus, 98, 1", "handwritten, 98, 1", "wordborne, 90, 3", "members, 90, 5"})
    void should_catch_planted_errors_and_pass_honest_paragraphs_when_scoring_a_labelled_set(String set, double caughtBar,
                                                                                           double rejectedBar) throws IOException {
        Path dir = ROOT.resolve(set);
        Map<String, PreparedSheet> sheets = new HashMap<>();
        Map<String, Score> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        Validator validator = new Validator();
        for (String line : Files.readAllLines(dir.resolve("cases.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode c = JSON.readTree(line);
            PreparedSheet sheet = sheets.computeIfAbsent(c.get("date").asText(), d -> sheet(dir, d));
            ValidationReport r = validator.validate(sheet, c.get("text").asText(), true);
            boolean honest = c.get("expect").asText().equals("pass");
            boolean ok = honest ? r.verdict() == Verdict.PASS : caught(r, c.get("span"));
            String kind = honest ? "honest" : c.get("kind").asText();
            byKind.merge(kind, new Score(1, ok ? 1 : 0), (a, b) -> new Score(a.cases() + b.cases(), a.right() + b.right()));
            if (!ok) misses.add(c.get("id").asText() + " (" + kind + "): " + c.get("text").asText());
        }
        Score honest = byKind.get("honest");
        int planted = 0, caught = 0;
        for (var e : byKind.entrySet()) {
            if (e.getKey().equals("honest")) continue;
            planted += e.getValue().cases();
            caught += e.getValue().right();
        }
        System.out.println(set + "\n" + table(byKind));
        double caughtShare = 100.0 * caught / planted;
        double rejectedShare = 100.0 * (honest.cases() - honest.right()) / honest.cases();
        assertThat(caughtShare).as("planted errors caught (%%); missed:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(caughtBar);
        assertThat(rejectedShare).as("honest paragraphs rejected (%%); rejected:%n%s", String.join("\n", misses)).isLessThanOrEqualTo(rejectedBar);
    }

    private static boolean caught(ValidationReport r, JsonNode span) {
        if (r.verdict() != Verdict.FAIL) return false;
        int start = span.get(0).asInt(), end = span.get(1).asInt();
        return r.claims().stream().anyMatch(c -> c.status() != ClaimStatus.SUPPORTED && c.start() < end && c.end() > start)
                || r.problems().stream().anyMatch(p -> p.start() < end && p.end() > start);
    }

    private static PreparedSheet sheet(Path dir, String date) {
        try {
            Path stored = dir.resolve("sheets").resolve(date + ".json");
            // the members set's sheets (8 MB each) are computed from the S&P 500 pack, not stored
            if (!Files.exists(stored)) return PreparedSheet.of(TestSheets.sp500(java.time.LocalDate.parse(date)));
            FactSheet s = FactSheetJson.fromTree(JSON.readTree(stored.toFile()));
            return PreparedSheet.of(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String table(Map<String, Score> byKind) {
        StringBuilder b = new StringBuilder("| kind | cases | right | share |\n|---|---:|---:|---:|\n");
        byKind.forEach((k, s) -> b.append(String.format("| %s | %d | %d | %.1f%% |%n", k, s.cases(), s.right(), 100.0 * s.right() / s.cases())));
        return b.toString();
    }
}
