package io.factline.chat;

import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import io.factline.narrative.PromptBuilder;
import io.factline.narrative.Templates;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelSettings;
import io.factline.validation.Validator;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The bundled data and desks built over it, as Main wires them, with fixed clocks and conversation ids. */
final class ChatFixtures {

    static final MarketFacts BUNDLED = new MarketFacts(new CsvMarketLoader().load(Path.of("fixtures/market")), new FactEngine(), 8);
    static final LocalDate MARCH_23 = LocalDate.parse("2026-03-23");
    static final LocalDate OCTOBER_5 = LocalDate.parse("2026-10-05");
    static final Clock FIXED = Clock.fixed(Instant.parse("2026-10-05T20:00:00Z"), ZoneOffset.UTC);
    static final PromptBuilder PROMPTS = new PromptBuilder(new Templates("prompts"));

    private ChatFixtures() {
    }

    static ChatDesk offline() {
        return desk(Optional.empty(), ConversationMemory.standard(FIXED));
    }

    static ChatDesk desk(Optional<ModelPath> model, ConversationMemory memory) {
        AtomicInteger ids = new AtomicInteger();
        return new ChatDesk(BUNDLED, new Validator(), new Templates("chat"), memory,
                new QuestionLimit(QuestionLimit.DEFAULT_MAX_CHARS), model, () -> "c" + ids.incrementAndGet());
    }

    /** A model path over any ChatModel (a scripted one or the real client against WireMock). */
    static ModelPath path(ModelClient client, ModelSettings settings, Clock clock) {
        return new ModelPath(client, PROMPTS, settings, 2, 8, Duration.ofSeconds(30), clock);
    }

    static ModelSettings settings(Map<String, String> env) {
        return ModelSettings.fromEnvironment(env);
    }
}
