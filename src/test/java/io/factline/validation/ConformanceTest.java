package io.factline.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.FactSheetJson;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance sample (a copy of ../shared/conformance/validator/sample.jsonl, so a clean clone can
 * run it) and our own extra cases in the same format: every clean case passes; every planted error fails
 * with a non-supported claim or a problem overlapping its span.
 */
class ConformanceTest {

    private static final ObjectMapper JSON = FactSheetJson.mapper();
    private final Validator validator = new Validator();

    record Case(String id, JsonNode facts, String text, boolean expectPass, String mutation, int[] span) {
    }

    static Stream<Arguments> sample() {
        return cases("/conformance/validator/sample.jsonl");
    }

    static Stream<Arguments> extra() {
        return cases("/validation/extra-cases.jsonl");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sample")
    void should_pass_clean_cases_and_flag_planted_errors_when_running_the_conformance_sample(Case c) {
        check(c);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("extra")
    void should_pass_clean_cases_and_flag_planted_errors_when_running_our_extra_cases(Case c) {
        check(c);
    }

    private void check(Case c) {
        ValidationReport report = validator.validate(FactSheetJson.fromTree(c.facts()), c.text());
        if (c.expectPass()) {
            assertThat(report.verdict()).as("%s%n%s", c.text(), report).isEqualTo(Verdict.PASS);
            return;
        }
        assertThat(report.verdict()).as("%s%n%s", c.text(), report).isEqualTo(Verdict.FAIL);
        int start = c.span()[0], end = c.span()[1];
        boolean claimHit = report.claims().stream()
                .anyMatch(cl -> cl.status() != ClaimStatus.SUPPORTED && cl.start() < end && cl.end() > start);
        boolean problemHit = report.problems().stream().anyMatch(p -> p.start() < end && p.end() > start);
        assertThat(claimHit || problemHit)
                .as("%s: nothing flagged over %s in%n%s%n%s", c.mutation(), c.text().substring(start, end), c.text(), report)
                .isTrue();
    }

    private static Stream<Arguments> cases(String resource) {
        List<Arguments> out = new ArrayList<>();
        for (String line : TestSheets.resource(resource).split("\n")) {
            if (line.isBlank()) continue;
            try {
                JsonNode n = JSON.readTree(line);
                int[] span = n.path("span").isArray() ? new int[] {n.get("span").get(0).asInt(), n.get("span").get(1).asInt()} : null;
                Case c = new Case(n.get("id").asText(), n.get("facts"), n.get("text").asText(),
                        n.get("expect").asText().equals("pass"), n.path("mutation").asText(null), span);
                out.add(Arguments.of(Named.of(c.id(), c)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(out).isNotEmpty();
        return out.stream();
    }
}
