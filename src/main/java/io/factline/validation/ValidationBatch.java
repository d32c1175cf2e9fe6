package io.factline.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.factline.facts.FactSheetJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code validate --batch}: one JSON case a line in, one result line out, in order. Lines are streamed,
 * each parsed with a streaming parser that reads {@code id} and {@code text} and only notes where the
 * {@code facts} object starts and ends; the sheet is parsed (and indexed) only when that text differs
 * from the previous case's, since archives list many texts for one day's sheet. A bad line, or a case whose
 * validation throws, becomes an {@code {"id", "error"}} line and the run goes on.
 */
public final class ValidationBatch {

    /** Counts of one run. */
    public record Summary(int cases, int passed, int failed, int errors) {
        public boolean allPassed() {
            return failed == 0 && errors == 0;
        }
    }

    @JsonPropertyOrder({"id", "verdict", "claims", "problems"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Result(JsonNode id, Verdict verdict, List<Claim> claims, List<Problem> problems) {
    }

    @JsonPropertyOrder({"id", "error"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Error(JsonNode id, String error) {
    }

    private final Validator validator;
    private final ObjectMapper mapper = FactSheetJson.mapper();
    private final JsonFactory factory = mapper.getFactory();
    private final ObjectWriter writer = mapper.writer();

    public ValidationBatch(Validator validator) {
        this.validator = validator;
    }

    public Summary run(BufferedReader in, Writer out, boolean requireCitations) throws IOException {
        int cases = 0, passed = 0, failed = 0, errors = 0;
        String lastFacts = null;
        PreparedSheet lastSheet = null;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            cases++;
            JsonNode id = null;
            try (JsonParser p = factory.createParser(line)) {
                if (p.nextToken() != JsonToken.START_OBJECT) throw new BadCase("not a JSON object");
                String text = null;
                String facts = null;
                boolean textSeen = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    switch (name) {
                        case "id" -> id = p.readValueAsTree();
                        case "text" -> {
                            textSeen = true;
                            if (value != JsonToken.VALUE_STRING) throw new BadCase("\"text\" must be a string");
                            text = p.getText();
                        }
                        case "facts" -> {
                            if (value != JsonToken.START_OBJECT) throw new BadCase("\"facts\" must be a fact sheet object");
                            int start = (int) p.currentTokenLocation().getCharOffset();
                            p.skipChildren();
                            facts = line.substring(start, (int) p.currentLocation().getCharOffset());
                        }
                        default -> p.skipChildren();
                    }
                }
                if (facts == null) throw new BadCase("missing \"facts\"");
                if (!textSeen) throw new BadCase("missing \"text\"");
                if (!facts.equals(lastFacts)) {
                    lastSheet = null;
                    try {
                        lastSheet = PreparedSheet.of(FactSheetJson.read(facts));
                    } catch (FactSheetJson.InvalidSheet e) {
                        lastFacts = null;
                        throw new BadCase("facts: " + e.getMessage());
                    }
                    lastFacts = facts;
                }
                ValidationReport report = validator.validate(lastSheet, text, requireCitations);
                if (report.passed()) passed++;
                else failed++;
                writer.writeValue(new NonClosing(out), new Result(id, report.verdict(), report.claims(), report.problems()));
            } catch (BadCase e) {
                errors++;
                writer.writeValue(new NonClosing(out), new Error(id, "line " + lineNo + ": " + e.getMessage()));
            } catch (JsonProcessingException e) {
                errors++;
                writer.writeValue(new NonClosing(out), new Error(id, "line " + lineNo + ": not valid JSON: "
                        + e.getOriginalMessage() + " (column " + e.getLocation().getColumnNr() + ")"));
            } catch (RuntimeException e) {   // a sheet the reader took but validation cannot use: this case only
                errors++;
                lastFacts = null;
                writer.writeValue(new NonClosing(out), new Error(id, "line " + lineNo + ": could not validate: " + e));
            }
            out.write('\n');
        }
        out.flush();
        return new Summary(cases, passed, failed, errors);
    }

    private static final class BadCase extends Exception {
        BadCase(String message) {
            super(message, null, false, false);
        }
    }

    /** Jackson closes the target after writeValue; the batch keeps writing to it. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() {
        }

        @Override
        public void flush() {
        }
    }
}
