package io.factline.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.testing.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reference results of {@code ../shared/conformance/metrics} (copied into test resources), checked
 * by the rules of its {@code check-facts}: facts keyed by (subject, metric, window, against), numbers to
 * a relative 1e-7 (absolute 1e-9), labels equal, and keys marked unavailable absent and listed. The
 * sheet comes from the {@code facts} command itself. {@code .ci/run} also runs the original checker.
 */
class ConformanceTest {

    static final Path PACK = Path.of("src/test/resources/conformance/metrics");
    final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "synthetic-plain, 2018-11-22, synthetic-plain/expected-2018-11-22.jsonl",
            "synthetic-traps, 2014-07-22, synthetic-traps/expected-2014-07-22.jsonl",
            "bundled, 2026-03-23, market-expected-2026-03-23.jsonl",
            "bundled, 2026-10-05, market-expected-2026-10-05.jsonl",
            "bundled, 2026-03-23, market-catalogue-expected-2026-03-23.jsonl",
            "sp500, 2025-06-13, sp500-expected-2025-06-13.jsonl"})
    void should_agree_with_the_reference_results(String data, String date, String expected) throws IOException {
        String dir = data.equals("bundled") ? "fixtures/market" : data.equals("sp500") ? "fixtures/sp500" : PACK.resolve(data).toString();

        Run run = Run.of("facts", "--data", dir, "--date", date);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(mismatches(json.readTree(run.out()), Files.readAllLines(PACK.resolve(expected)))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void should_report_a_mismatch_when_a_value_is_off_by_more_than_the_tolerance() throws IOException {
        Run run = Run.of("facts", "--date", "2026-03-23");
        var sheet = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(run.out());
        var first = (com.fasterxml.jackson.databind.node.ObjectNode) sheet.get("facts").get(0);
        first.put("value", first.get("value").asDouble() * (1 + 1e-6));

        assertThat(mismatches(sheet, Files.readAllLines(PACK.resolve("market-expected-2026-03-23.jsonl"))))
                .containsExactly("[^GSPC, close, null, null]: sheet " + first.get("value") + ", expected 6581.0");
    }

    private List<String> mismatches(JsonNode sheet, List<String> expectedLines) throws IOException {
        Map<List<String>, JsonNode> facts = new HashMap<>();
        sheet.get("facts").forEach(f -> facts.put(key(f), f));
        List<List<String>> unavailable = new ArrayList<>();
        sheet.get("unavailable").forEach(u -> unavailable.add(key(u)));
        List<String> bad = new ArrayList<>();
        for (String line : expectedLines) {
            if (line.isBlank()) continue;
            JsonNode e = json.readTree(line);
            List<String> k = key(e);
            if (e.has("unavailable")) {
                String why = e.get("unavailable").asText();
                boolean present = why.equals("stale")
                        ? facts.keySet().stream().anyMatch(fk -> Objects.equals(fk.get(0), k.get(0)))
                        : k.get(1).equals("volume_ratio")
                        ? facts.keySet().stream().anyMatch(fk -> Objects.equals(fk.get(0), k.get(0))
                                && List.of("volume_ratio", "average_volume").contains(fk.get(1)))
                        : facts.containsKey(k);
                boolean listed = unavailable.stream().anyMatch(u -> Objects.equals(u.get(0), k.get(0))
                        && (why.equals("stale") || Objects.equals(u.get(1), k.get(1))));
                if (present || !listed) bad.add(k + ": expected unavailable (" + why + ")");
                continue;
            }
            JsonNode f = facts.get(k);
            if (f == null) {
                bad.add(k + ": missing");
            } else if (e.get("value").isTextual() ? !f.get("value").asText().equals(e.get("value").asText())
                    : !close(f.get("value").asDouble(), e.get("value").asDouble())) {
                bad.add(k + ": sheet " + f.get("value") + ", expected " + e.get("value"));
            }
        }
        return bad;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= Math.max(1e-7 * Math.max(Math.abs(a), Math.abs(b)), 1e-9);
    }

    private static List<String> key(JsonNode n) {
        List<String> k = new ArrayList<>();
        for (String field : List.of("subject", "metric", "window", "against")) {
            JsonNode v = n.get(field);
            k.add(v == null || v.isNull() ? null : v.asText());
        }
        return k;
    }
}
