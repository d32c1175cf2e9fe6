package io.factline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import io.factline.market.MarketData;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.CommentaryFormats;
import io.factline.narrative.Draft;
import io.factline.narrative.LlmWriter;
import io.factline.narrative.PromptBuilder;
import io.factline.narrative.TemplateWriter;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The commentary pipeline without the model call: facts, prompt, a stubbed model reply parsed as JSON,
 * validation and rendering. The stub replies instantly with a correct draft, so what is timed is ours.
 */
public final class CommentaryBench implements BenchSuite {

    private final CsvMarketLoader loader;
    private final FactEngine engine;
    private final CommentaryDesk desk;
    private final TemplateWriter template;
    private final PromptBuilder prompts;
    private final Path bundled;

    public CommentaryBench(CsvMarketLoader loader, FactEngine engine, CommentaryDesk desk, TemplateWriter template,
                           PromptBuilder prompts, Path bundled) {
        this.loader = loader;
        this.engine = engine;
        this.desk = desk;
        this.template = template;
        this.prompts = prompts;
        this.bundled = bundled;
    }

    @Override
    public String name() {
        return "commentary";
    }

    @Override
    public String description() {
        return "daily commentary for 2026-03-23 with a stubbed model: facts, prompt, validation, rendering";
    }

    @Override
    public List<Timer.Result> run(boolean quick) throws Exception {
        int warm = quick ? 3 : 50, runs = quick ? 5 : 100;
        LocalDate day = LocalDate.of(2026, 3, 23);
        MarketData market = loader.load(bundled);
        FactSheet sheet = engine.sheet(market, day);
        Draft draft = template.draft(sheet);
        String reply = new ObjectMapper().writeValueAsString(draft);
        ChatModel stub = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                return ChatResponse.builder().aiMessage(AiMessage.from(reply)).finishReason(FinishReason.STOP).build();
            }
        };
        ModelSettings settings = ModelSettings.fromEnvironment(Map.of("OPENAI_API_KEY", "bench"));
        LlmWriter llm = new LlmWriter(new ModelClient(stub, settings, d -> { }), prompts);
        return List.of(
                Timer.measure("stubbed model: sheet + prompt + parse + validate + markdown", warm, runs,
                        () -> CommentaryFormats.markdown(desk.write(engine.sheet(market, day), llm))),
                Timer.measure("template writer: sheet + draft + validate + markdown", warm, runs,
                        () -> CommentaryFormats.markdown(desk.write(engine.sheet(market, day), template))),
                Timer.measure("template writer, CSVs loaded from disk each time", warm, runs,
                        () -> CommentaryFormats.markdown(desk.write(engine.sheet(loader.load(bundled), day), template))));
    }
}
