package io.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.Main;
import io.factline.facts.FactSheetJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final ObjectMapper JSON = FactSheetJson.mapper();

    @TempDir
    Path dir;

    private Path sheet;
    private final InputStream originalIn = System.in;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void writeSheet() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/validation/sheet-2026-03-23.json")) {
            sheet = dir.resolve("sheet.json");
            Files.write(sheet, in.readAllBytes());
        }
    }

    @AfterEach
    void restoreStdin() {
        System.setIn(originalIn);
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void should_print_a_passing_report_and_exit_0_when_every_number_is_supported() throws IOException {
        Path text = file("ok.md", "IWM rose 2.16% [F25] on the day.");

        Run r = run("validate", "--facts", sheet.toString(), "--text", text.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(report.get("verdict").asText()).isEqualTo("pass");
        assertThat(report.get("claims").get(0).get("status").asText()).isEqualTo("supported");
    }

    @Test
    void should_print_the_issue_shape_and_exit_1_when_a_number_is_wrong() throws IOException {
        Path text = file("bad.md", "Small caps led the day: IWM +2.19% [F25].");

        Run r = run("validate", "--facts", sheet.toString(), "--text", text.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        JsonNode report = JSON.readTree(r.out());
        assertThat(fieldNames(report)).containsExactly("verdict", "claims", "problems");
        JsonNode claim = report.get("claims").get(0);
        assertThat(fieldNames(claim)).containsExactly("start", "end", "text", "value", "unit", "factIds", "status", "message");
        assertThat(report.get("verdict").asText()).isEqualTo("fail");
        assertThat(claim.get("start").asInt()).isEqualTo(28);
        assertThat(claim.get("end").asInt()).isEqualTo(34);
        assertThat(claim.get("text").asText()).isEqualTo("+2.19%");
        assertThat(claim.get("value").asDouble()).isEqualTo(2.19);
        assertThat(claim.get("unit").asText()).isEqualTo("percent");
        assertThat(claim.get("factIds").get(0).asText()).isEqualTo("F25");
        assertThat(claim.get("status").asText()).isEqualTo("mismatch");
        assertThat(claim.get("message").asText()).isEqualTo("says +2.19%, but fact F25 (IWM 1-day return) is +2.16%");
        assertThat(report.get("problems").isArray()).isTrue();
    }

    @Test
    void should_read_the_text_from_stdin_when_text_is_a_dash() {
        System.setIn(new ByteArrayInputStream("SPY added 1.05% [F14].".getBytes(StandardCharsets.UTF_8)));

        Run r = run("validate", "--facts", sheet.toString(), "--text", "-");

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"verdict\" : \"pass\"");
    }

    @Test
    void should_fail_an_uncited_number_when_citations_are_required() throws IOException {
        Path text = file("uncited.md", "IWM rose 2.16% on the day.");

        assertThat(run("validate", "--facts", sheet.toString(), "--text", text.toString()).exit()).isZero();
        Run strict = run("validate", "--facts", sheet.toString(), "--text", text.toString(), "--require-citations");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.out()).contains("\"uncited\"");
    }

    @Test
    void should_exit_2_naming_the_file_when_the_sheet_is_not_json() throws IOException {
        Path broken = file("broken.json", "{asOf: 2026-03-23}");
        Path text = file("t.md", "IWM rose 2.16% [F25].");

        Run r = run("validate", "--facts", broken.toString(), "--text", text.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("factline: " + broken + ": invalid fact sheet: not valid JSON").contains("line 1, column 2");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void should_exit_2_saying_what_is_missing_when_the_sheet_lacks_a_required_field() throws IOException {
        Path noDate = file("nodate.json", "{\"facts\": []}");
        Path text = file("t.md", "IWM rose 2.16% [F25].");

        Run r = run("validate", "--facts", noDate.toString(), "--text", text.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("factline: " + noDate + ": invalid fact sheet: missing asOf");
    }

    @Test
    void should_exit_2_with_one_line_when_a_file_does_not_exist() {
        Run r = run("validate", "--facts", sheet.toString(), "--text", dir.resolve("nope.md").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).isEqualTo("factline: " + dir.resolve("nope.md") + ": no such file");
    }

    @Test
    void should_exit_2_when_neither_a_text_nor_a_batch_is_given() {
        Run r = run("validate", "--facts", sheet.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--text");
    }

    @Test
    void should_print_one_line_per_case_in_order_and_go_on_when_a_batch_line_is_bad() throws IOException {
        String sheetJson = JSON.writeValueAsString(JSON.readTree(Files.readString(sheet)));
        Path cases = file("cases.jsonl", String.join("\n",
                "{\"id\": \"ok\", \"facts\": " + sheetJson + ", \"text\": \"IWM rose 2.16% [F25].\"}",
                "{\"id\": \"broken\", \"facts\": {",
                "{\"id\": 7, \"text\": \"no sheet here\"}",
                "{\"id\": \"bad-sheet\", \"facts\": {\"facts\": []}, \"text\": \"x\"}",
                "{\"id\": \"wrong\", \"facts\": " + sheetJson + ", \"text\": \"IWM rose 2.61% [F25].\"}") + "\n");

        Run r = run("validate", "--batch", cases.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) lines.add(JSON.readTree(line));
        assertThat(lines).hasSize(5);
        assertThat(fieldNames(lines.get(0))).containsExactly("id", "verdict", "claims", "problems");
        assertThat(lines.get(0).get("verdict").asText()).isEqualTo("pass");
        assertThat(lines.get(1).get("id").asText()).isEqualTo("broken");
        assertThat(lines.get(1).get("error").asText()).startsWith("line 2: not valid JSON");
        assertThat(lines.get(2).get("id").asInt()).isEqualTo(7);
        assertThat(lines.get(2).get("error").asText()).isEqualTo("line 3: missing \"facts\"");
        assertThat(lines.get(3).get("error").asText()).isEqualTo("line 4: facts: missing asOf");
        assertThat(lines.get(4).get("id").asText()).isEqualTo("wrong");
        assertThat(lines.get(4).get("verdict").asText()).isEqualTo("fail");
    }

    @Test
    void should_write_an_error_line_and_go_on_when_validating_a_batch_case_throws() throws IOException {
        // given: a sheet the reader takes whose instrument has no symbol, which validation cannot index
        JsonNode broken = JSON.readTree(Files.readString(sheet));
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("instruments").get(0)).putNull("symbol");
        String sheetJson = JSON.writeValueAsString(JSON.readTree(Files.readString(sheet)));
        Path cases = file("cases.jsonl", String.join("\n",
                "{\"id\": \"throws\", \"facts\": " + JSON.writeValueAsString(broken) + ", \"text\": \"IWM rose 2.16% [F25].\"}",
                "{\"id\": \"ok\", \"facts\": " + sheetJson + ", \"text\": \"IWM rose 2.16% [F25].\"}") + "\n");

        // when
        Run r = run("validate", "--batch", cases.toString());

        // then
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) lines.add(JSON.readTree(line));
        assertThat(lines).hasSize(2);
        assertThat(fieldNames(lines.get(0))).containsExactly("id", "error");
        assertThat(lines.get(0).get("id").asText()).isEqualTo("throws");
        assertThat(lines.get(0).get("error").asText()).startsWith("line 1: could not validate");
        assertThat(lines.get(1).get("verdict").asText()).isEqualTo("pass");
        assertThat(r.exit()).isEqualTo(1);
    }

    @Test
    void should_exit_0_when_every_batch_case_passes_also_from_stdin() throws IOException {
        String sheetJson = JSON.writeValueAsString(JSON.readTree(Files.readString(sheet)));
        String cases = "{\"id\": 1, \"facts\": " + sheetJson + ", \"text\": \"SPY added 1.05% [F14].\"}\n\n"
                + "{\"id\": 2, \"facts\": " + sheetJson + ", \"text\": \"IWM rose 2.16% [F25].\"}\n";
        System.setIn(new ByteArrayInputStream(cases.getBytes(StandardCharsets.UTF_8)));

        Run r = run("validate", "--batch", "-");

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines()).hasSize(2).allMatch(l -> l.contains("\"verdict\":\"pass\""));
    }

    @Test
    void should_exit_2_when_the_batch_file_does_not_exist() {
        Run r = run("validate", "--batch", dir.resolve("none.jsonl").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("none.jsonl: no such file");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }
}
