package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.FactSheetJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole commentaries as a model writes them (src/test/resources/validation/drafts, see its README): each
 * honest draft passes with citations required, and each draft with one typical model error fails with a
 * non-supported claim or a problem at the planted figure (its span, or the figure the planted word governs
 * in the same sentence).
 */
class FullDraftsTest {

    private static final Path DIR = Path.of("src/test/resources/validation/drafts");
    private static final ObjectMapper JSON = FactSheetJson.mapper();
    private final Validator validator = new Validator();

    static Stream<Arguments> drafts() throws IOException {
        List<Arguments> all = new ArrayList<>();
        for (String line : Files.readAllLines(DIR.resolve("cases.jsonl"))) {
            if (line.isBlank()) continue;
            JsonNode c = JSON.readTree(line);
            String name = c.get("date").asText() + " " + c.get("style").asText() + " "
                    + (c.get("expect").asText().equals("pass") ? "honest" : c.get("kind").asText());
            all.add(Arguments.of(Named.of(name, c)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("drafts")
    void should_pass_an_honest_draft_and_flag_the_planted_error_when_reading_a_whole_commentary(JsonNode c) throws IOException {
        var sheet = FactSheetJson.fromTree(JSON.readTree(DIR.resolve("sheets").resolve(c.get("date").asText() + ".json").toFile()));
        String text = c.get("text").asText();
        ValidationReport r = validator.validate(sheet, text, true);
        if (c.get("expect").asText().equals("pass")) {
            assertThat(r.verdict()).as("%s", r).isEqualTo(Verdict.PASS);
            return;
        }
        int start = c.get("span").get(0).asInt(), end = c.get("span").get(1).asInt();
        // the planted word ("rose", "billion", "this month") or the figure it governs, in the same sentence
        int sentenceEnd = text.indexOf(". ", end) < 0 ? text.length() : text.indexOf(". ", end);
        boolean flagged = r.claims().stream().anyMatch(cl -> cl.status() != ClaimStatus.SUPPORTED && cl.end() > start - 80
                && cl.start() < sentenceEnd) || r.problems().stream().anyMatch(p -> p.start() < end && p.end() > start);
        assertThat(r.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(flagged).as("the planted error at %d–%d: %s%n%s", start, end, text.substring(start, end), r).isTrue();
    }
}
