package io.factline.cli;

import io.factline.facts.FactEngine;
import io.factline.market.MarketData;
import io.factline.narrative.Commentary;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.CommentaryFormats;
import io.factline.narrative.Writer;
import io.factline.sync.Markets;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "batch", description = "Write validated commentaries for every date with data in a range, one file each.")
public final class BatchCommand implements Callable<Integer> {

    @Mixin
    DataOptions options;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "first date")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "last date")
    LocalDate to;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/commentary",
            description = "directory for DATE.md / .json / .html (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown", description = "markdown, json or html")
    CommentaryCommand.Format format;

    @Option(names = "--drafter", paramLabel = "DRAFTER", defaultValue = "auto", description = "auto, template or llm")
    CommentaryCommand.Drafter drafter;

    @Option(names = "--force", description = "rewrite dates whose file already exists")
    boolean force;

    @Spec
    CommandSpec spec;

    private final Markets markets;
    private final FactEngine engine;
    private final CommentaryDesk desk;
    private final Writer template;
    private final Supplier<Optional<Writer>> model;

    public BatchCommand(Markets markets, FactEngine engine, CommentaryDesk desk, Writer template,
                        Supplier<Optional<Writer>> model) {
        this.markets = markets;
        this.engine = engine;
        this.desk = desk;
        this.template = template;
        this.model = model;
    }

    @Override
    public Integer call() {
        if (from.isAfter(to)) throw new UserError("--from " + from + " is after --to " + to);
        Writer writer = CommentaryCommand.choose(drafter, template, model);
        MarketData market = options.load(markets);
        String ext = switch (format) {
            case markdown -> ".md";
            case json -> ".json";
            case html -> ".html";
        };
        List<LocalDate> made = new ArrayList<>();
        Map<LocalDate, String> skipped = new LinkedHashMap<>(), failed = new LinkedHashMap<>();
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("batch").setInitialMax(days.size())
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()) {
            for (LocalDate day : days) {
                Path file = out.resolve(day + ext);
                if (!market.hasDataOn(day)) {
                    skipped.put(day, "no data (weekend, holiday or outside the data)");
                } else if (Files.exists(file) && !force) {
                    skipped.put(day, "already written: " + file + " (--force rewrites)");
                } else {
                    try {
                        Commentary c = desk.write(engine.sheet(market, day), writer);
                        Output.emit(CommentaryFormats.render(c, format.name()), file, spec.commandLine().getOut());
                        CommentaryCommand.reportOmitted(c, spec.commandLine().getErr());
                        made.add(day);
                    } catch (CommentaryDesk.NoValidCommentary e) {
                        failed.put(day, e.getMessage());
                    }
                }
                bar.step();
            }
        }
        return report(made, skipped, failed);
    }

    private int report(List<LocalDate> made, Map<LocalDate, String> skipped, Map<LocalDate, String> failed) {
        PrintWriter stdout = spec.commandLine().getOut();
        long noData = skipped.values().stream().filter(s -> s.startsWith("no data")).count();
        stdout.printf("made %d, skipped %d (%d without data, %d already written), failed %d; files in %s%n",
                made.size(), skipped.size(), noData, skipped.size() - noData, failed.size(), out);
        skipped.forEach((d, why) -> {
            if (!why.startsWith("no data")) stdout.println("skipped " + d + ": " + why);
        });
        failed.forEach((d, why) -> stdout.println("failed  " + d + ": " + why));
        stdout.flush();
        return failed.isEmpty() ? 0 : 1;
    }
}
