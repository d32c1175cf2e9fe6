package io.factline.cli;

import io.factline.facts.FactSheetJson;
import io.factline.market.DataError;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.llm.ModelConfigError;
import io.factline.store.Database;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command and the one place where errors become exit codes: a user mistake (bad data, bad
 * option, unusable input) is one line on stderr and exit 2; anything else is a bug and keeps its trace.
 */
@Command(name = "factline", mixinStandardHelpOptions = true, version = "factline 0.1.0",
        description = "Market commentary in which every number is a cited, validated fact.",
        commandListHeading = "%nCommands:%n")
public final class Cli {

    public static final int USER_ERROR = 2;

    /** @param subcommands command objects, already built with their dependencies */
    public static CommandLine build(PrintWriter out, PrintWriter err, Object... subcommands) {
        CommandLine cli = new CommandLine(new Cli());
        for (Object sub : subcommands) cli.addSubcommand(sub);
        cli.getSubcommands().values().forEach(c -> c.getCommandSpec().mixinStandardHelpOptions(true));
        cli.registerConverter(LocalDate.class, Cli::date);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof UserError || e instanceof DataError || e instanceof FactSheetJson.InvalidSheet
                    || e instanceof ModelConfigError || e instanceof CommentaryDesk.NoValidCommentary
                    || e instanceof Database.StoreUnavailable) {
                line.getErr().println("factline: " + e.getMessage());
                line.getErr().flush();
                return USER_ERROR;
            }
            throw e;
        });
        return cli;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
