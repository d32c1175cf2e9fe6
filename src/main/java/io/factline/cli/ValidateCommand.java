package io.factline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.FactSheet;
import io.factline.facts.FactSheetJson;
import io.factline.validation.ValidationBatch;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", description = {
        "Check every number of a text against a fact sheet and print the report as JSON.",
        "Exit 0 when the text passes, 1 when it fails, 2 when the input cannot be used."})
public final class ValidateCommand implements Callable<Integer> {

    static final int FAILED = 1;

    @Option(names = "--facts", paramLabel = "SHEET.json", description = "the fact sheet (JSON, as written by 'facts')")
    Path facts;

    @Option(names = "--text", paramLabel = "FILE", description = "the text to check; '-' reads stdin")
    String text;

    @Option(names = "--batch", paramLabel = "CASES.jsonl",
            description = "one {\"id\", \"facts\", \"text\"} case a line ('-' reads stdin); prints one result line each")
    String batch;

    @Option(names = "--require-citations", description = "fail uncited numbers even when exactly one fact matches them")
    boolean requireCitations;

    @Spec
    CommandSpec spec;

    private final Validator validator;
    private final InputStream stdin;

    public ValidateCommand(Validator validator, InputStream stdin) {
        this.validator = validator;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (batch != null) {
            if (facts != null || text != null) throw new UserError("--batch takes its sheets and texts from the file; drop --facts/--text");
            try (BufferedReader in = open(batch)) {
                return new ValidationBatch(validator).run(in, out, requireCitations).allPassed() ? 0 : FAILED;
            }
        }
        if (facts == null || text == null) {
            throw new UserError("validate needs --facts SHEET.json and --text FILE (or --batch CASES.jsonl)");
        }
        if (text.equals("-") && facts.toString().equals("-")) throw new UserError("only one of --facts and --text can be stdin");
        FactSheet sheet;
        try {
            sheet = FactSheetJson.read(read(facts.toString()));
        } catch (FactSheetJson.InvalidSheet e) {
            throw new UserError(facts + ": invalid fact sheet: " + e.getMessage());
        }
        ValidationReport report = validator.validate(sheet, read(text), requireCitations);
        ObjectMapper mapper = FactSheetJson.mapper();
        out.print(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n");
        out.flush();
        return report.passed() ? 0 : FAILED;
    }

    private String read(String file) {
        if (file.equals("-")) {
            try {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError("cannot read stdin: " + e.getMessage());
            }
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new UserError(file + ": permission denied");
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage());
        }
    }

    private BufferedReader open(String file) {
        if (file.equals("-")) return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new UserError(file + (Files.exists(path) ? ": not a file" : ": no such file"));
        }
        try {
            return Files.newBufferedReader(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage());
        }
    }
}
