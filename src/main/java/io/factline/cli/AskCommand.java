package io.factline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.factline.chat.Answer;
import io.factline.chat.ChatDesk;
import io.factline.chat.InvalidQuestion;
import io.factline.chat.MarketFacts;
import io.factline.chat.ProgressListener;
import io.factline.chat.Question;
import io.factline.facts.Fact;
import io.factline.facts.FactEngine;
import io.factline.facts.FactSheetJson;
import io.factline.facts.Source;
import io.factline.sync.Markets;
import io.factline.market.MarketData;
import io.factline.narrative.Footnotes;
import io.factline.narrative.llm.ModelSettings;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ask", description = "Answer a question about the market data; every figure cited and validated.")
public final class AskCommand implements Callable<Integer> {

    /** Who drafts: the model when one is configured (auto), or the one named. */
    public enum Drafter { auto, offline, llm }

    public enum Format { text, json }

    /** Builds the chat desk over the loaded data, with the model when {@code useModel} and one is configured. */
    @FunctionalInterface
    public interface Desks {
        ChatDesk desk(MarketFacts facts, boolean useModel);
    }

    @Parameters(index = "0", paramLabel = "QUESTION", description = "the question, in quotes")
    String question;

    @Mixin
    DataOptions options;

    @Option(names = "--drafter", paramLabel = "DRAFTER", defaultValue = "auto",
            description = "auto (the model when OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline), offline or llm")
    Drafter drafter;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    private final Markets markets;
    private final FactEngine engine;
    private final Desks desks;
    private final Supplier<Boolean> modelConfigured;

    /** @param modelConfigured whether the environment names a model (a bad setting throws ModelConfigError) */
    public AskCommand(Markets markets, FactEngine engine, Desks desks, Supplier<Boolean> modelConfigured) {
        this.markets = markets;
        this.engine = engine;
        this.desks = desks;
        this.modelConfigured = modelConfigured;
    }

    @Override
    public Integer call() {
        boolean useModel = switch (drafter) {
            case offline -> false;
            case auto -> modelConfigured.get();
            case llm -> {
                if (!modelConfigured.get()) {
                    throw new UserError("--drafter llm needs a model: set " + ModelSettings.API_KEY + " or "
                            + ModelSettings.BASE_URL + " (see .env.example)");
                }
                yield true;
            }
        };
        MarketData market = options.load(markets);
        MarketFacts facts = new MarketFacts(market, engine, 4);
        ChatDesk desk = desks.desk(facts, useModel);
        Answer a;
        try {
            a = desk.ask(new Question(question, options.date == null ? null : options.resolveDate(market), null),
                    ProgressListener.NONE);
        } catch (InvalidQuestion e) {
            throw new UserError(e.getMessage());
        }
        if (useModel && a.writer().equals(Answer.OFFLINE)) {
            spec.commandLine().getErr().println("factline: the model's answers did not pass validation or the model failed; "
                    + "used the offline answer (see attempts in --format json)");
        }
        Output.emit(format == Format.json ? json(a) : text(a), null, spec.commandLine().getOut());
        return 0;
    }

    /** The answer, then its facts as footnotes and the sources they cite. */
    static String text(Answer a) {
        StringBuilder b = new StringBuilder(a.text()).append('\n');
        if (!a.facts().isEmpty()) {
            b.append("\nFacts:\n");
            for (Fact f : a.facts()) b.append(Footnotes.line(f)).append('\n');
            b.append("\nSources:\n");
            for (Source s : a.sources()) {
                b.append(s.id()).append(": ").append(s.title()).append(s.location() == null ? "" : ", from " + s.location()).append('\n');
            }
        }
        return b.toString();
    }

    static String json(Answer a) {
        try {
            return FactSheetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
