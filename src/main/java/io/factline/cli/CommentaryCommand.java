package io.factline.cli;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.sync.Markets;
import io.factline.market.MarketData;
import io.factline.narrative.Commentary;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.CommentaryFormats;
import io.factline.narrative.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "commentary", description = "Write the validated daily commentary for a date (the main job).")
public final class CommentaryCommand implements Callable<Integer> {

    /** Which writer drafts: the model when one is configured (auto), or the one named. */
    public enum Drafter { auto, template, llm }

    public enum Format { markdown, json, html }

    @Mixin
    DataOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown, json or html (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--drafter", paramLabel = "DRAFTER", defaultValue = "auto",
            description = "auto (the model when OPENAI_API_KEY or OPENAI_BASE_URL is set, else the template), template or llm")
    Drafter drafter;

    @Option(names = "--out", paramLabel = "FILE", description = "write the commentary here instead of stdout")
    Path out;

    @Spec
    CommandSpec spec;

    private final Markets markets;
    private final FactEngine engine;
    private final CommentaryDesk desk;
    private final Writer template;
    private final Supplier<Optional<Writer>> model;

    /** @param model builds the LLM writer, empty when no model is configured */
    public CommentaryCommand(Markets markets, FactEngine engine, CommentaryDesk desk, Writer template,
                             Supplier<Optional<Writer>> model) {
        this.markets = markets;
        this.engine = engine;
        this.desk = desk;
        this.template = template;
        this.model = model;
    }

    /** The writer a --drafter asks for; {@code llm} without a configured model is a user error. */
    static Writer choose(Drafter drafter, Writer template, Supplier<Optional<Writer>> model) {
        return switch (drafter) {
            case template -> template;
            case auto -> model.get().orElse(template);
            case llm -> model.get().orElseThrow(() -> new UserError(
                    "--drafter llm needs a model: set OPENAI_API_KEY or OPENAI_BASE_URL (see .env.example)"));
        };
    }

    @Override
    public Integer call() {
        Writer writer = choose(drafter, template, model);
        MarketData market = options.load(markets);
        FactSheet sheet = engine.sheet(market, options.resolveDate(market));
        Commentary c = desk.write(sheet, writer);
        if (writer != template && c.writer().equals(template.name())) {
            spec.commandLine().getErr().println("factline: the model's drafts did not pass validation or the model failed; "
                    + "used the template writer (see attempts in --format json)");
        }
        Output.emit(CommentaryFormats.render(c, format.name()), out, spec.commandLine().getOut());
        reportOmitted(c, spec.commandLine().getErr());
        return 0;
    }

    /** A template sentence that failed validation and was left out: one stderr line each (issue 16). */
    static void reportOmitted(Commentary c, java.io.PrintWriter err) {
        c.omitted().forEach(o -> err.println("factline: " + c.asOf() + ": " + o.line()));
        err.flush();
    }
}
