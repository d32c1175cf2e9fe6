package io.factline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.factline.facts.FactSheetJson;
import io.factline.validation.ValidationBatch;
import io.factline.validation.PreparedSheet;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The validator: a generated ~1,000-word commentary against a ~500-fact sheet (with and without
 * preparing the sheet each time), and the batch path, JSON parsing and writing included, over the
 * shared conformance sample when it is there, else over generated cases (the production command reads
 * no test resources). Fails loudly if the generated commentary does not pass, so the numbers always time
 * the full path.
 */
public final class ValidatorBench implements BenchSuite {

    private final Validator validator;
    private final List<Path> sampleCandidates;

    /** Generated batch cases when no sample file exists: a few sheets, each with several texts, as archives have. */
    private static final int GENERATED_CASES = 200;

    /** @param sampleCandidates where to look for the batch sample, first existing file wins; none: generated cases */
    public ValidatorBench(Validator validator, List<Path> sampleCandidates) {
        this.validator = validator;
        this.sampleCandidates = sampleCandidates;
    }

    @Override
    public String name() {
        return "validator";
    }

    @Override
    public String description() {
        return "1,000-word commentary against a 500-fact sheet; batch over the conformance sample or generated cases";
    }

    @Override
    public List<Timer.Result> run(boolean quick) throws Exception {
        List<Timer.Result> results = new ArrayList<>();
        SyntheticCommentary.Sample sample = SyntheticCommentary.generate(42, 1000, 7);
        ValidationReport check = validator.validate(sample.sheet(), sample.text());
        if (!check.passed()) throw new IllegalStateException("the generated commentary does not pass: " + check);
        int warm = quick ? 200 : 20_000, runs = quick ? 200 : 5_000;
        String what = String.format("%d words, %d claims, %d facts", sample.text().split("\\s+").length,
                check.claims().size(), sample.sheet().facts().size());
        PreparedSheet prepared = PreparedSheet.of(sample.sheet());
        results.add(Timer.measure("commentary, sheet prepared once (" + what + ")", warm, runs,
                () -> validator.validate(prepared, sample.text(), false)));
        results.add(Timer.measure("commentary, sheet prepared per call", warm / 4, runs / 4,
                () -> validator.validate(sample.sheet(), sample.text())));
        SyntheticCommentary.Sample usual = SyntheticCommentary.generate(42, 1000, 7, 3);
        ValidationReport usualCheck = validator.validate(usual.sheet(), usual.text());
        if (!usualCheck.passed()) throw new IllegalStateException("the generated commentary does not pass: " + usualCheck);
        PreparedSheet usualPrepared = PreparedSheet.of(usual.sheet());
        results.add(Timer.measure(String.format("commentary at published density, sheet prepared once (%d words, %d claims)",
                        usual.text().split("\\s+").length, usualCheck.claims().size()), warm, runs,
                () -> validator.validate(usualPrepared, usual.text(), false)));
        results.add(Timer.measure("prepare the 500-fact sheet alone", warm / 4, runs / 4, () -> PreparedSheet.of(sample.sheet())));

        Path file = sampleCandidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
        String cases = file != null ? Files.readString(file) : generatedCases();
        String name = file != null ? file.getFileName().toString() : GENERATED_CASES + " generated cases";
        int lines = (int) cases.lines().filter(l -> !l.isBlank()).count();
        ValidationBatch batch = new ValidationBatch(validator);
        results.add(Timer.measure("batch " + name + " (parse + validate + write)", quick ? 2 : 30,
                quick ? 3 : 40, lines, () -> batch.run(new BufferedReader(new StringReader(cases)), Writer.nullWriter(), false)));
        return results;
    }

    /** JSON lines {@code {"id","facts","text"}}: ten sheets of 40 instruments, twenty 300-word texts each. */
    private static String generatedCases() throws Exception {
        ObjectMapper mapper = FactSheetJson.mapper();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < GENERATED_CASES; i++) {
            SyntheticCommentary.Sample sample = SyntheticCommentary.generate(40, 300, i / 20);
            ObjectNode line = mapper.createObjectNode();
            line.put("id", "case-" + i);
            line.set("facts", mapper.readTree(FactSheetJson.write(sample.sheet())));
            line.put("text", sample.text());
            out.append(mapper.writeValueAsString(line)).append('\n');
        }
        return out.toString();
    }
}
