package io.factline;

import io.factline.chat.ChatDesk;
import io.factline.chat.ConversationMemory;
import io.factline.chat.ModelPath;
import io.factline.chat.QuestionLimit;
import io.factline.cli.AskCommand;
import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import io.factline.market.feed.HttpGet;
import io.factline.market.feed.Providers;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.LlmWriter;
import io.factline.narrative.PromptBuilder;
import io.factline.narrative.TemplateWriter;
import io.factline.narrative.Templates;
import io.factline.narrative.Writer;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelSettings;
import io.factline.narrative.llm.OpenAiChatModelFactory;
import io.factline.store.Database;
import io.factline.sync.BarStore;
import io.factline.sync.Markets;
import io.factline.time.Sleeper;
import io.factline.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * The parts every command shares, built once from the configuration, the clock and the sleeper. Models are built only
 * when a command needs one and the database is opened on first use, so a bad model setting or an unreachable store
 * does not break the commands that need neither.
 */
final class Parts implements AutoCloseable {

    /** Repairs an LLM draft gets before the template writer takes over. */
    static final int MAX_REPAIRS = 2;
    /** Tool calls the chat's model may make for one draft. */
    static final int MAX_TOOL_CALLS = 8;
    /** Time one chat answer may take with the model before the offline answer is used. */
    static final Duration CHAT_BUDGET = Duration.ofSeconds(30);

    final AppConfig config;
    final Clock clock;
    final Sleeper sleeper;
    final CsvMarketLoader loader = new CsvMarketLoader();
    final FactEngine engine = new FactEngine();
    final Validator validator = new Validator();
    final TemplateWriter template = new TemplateWriter(new Templates("narrative"));
    final PromptBuilder prompts = new PromptBuilder(new Templates("prompts"));
    final CommentaryDesk desk = new CommentaryDesk(validator, template, MAX_REPAIRS);
    final QuestionLimit questionLimit = new QuestionLimit(QuestionLimit.DEFAULT_MAX_CHARS);
    final Providers providers;
    final Lazy<Database> database;
    final Markets markets;

    Parts(AppConfig config, Clock clock, Sleeper sleeper) {
        this.config = config;
        this.clock = clock;
        this.sleeper = sleeper;
        this.providers = new Providers(config.variables(), new HttpGet(Duration.ofSeconds(10), Duration.ofSeconds(60)), clock,
                sleeper);
        this.database = new Lazy<>(() -> Database.open(config.database()));
        this.markets = new Markets(loader, this::bars);
    }

    BarStore bars() {
        return new BarStore(database.get().jdbi());
    }

    /** The LLM writer when a model is configured. */
    Optional<Writer> model() {
        ModelSettings settings = config.model();
        return settings.configured() ? Optional.of(new LlmWriter(client(settings), prompts)) : Optional.empty();
    }

    /** The chat desk over the given facts, with the model's path when asked for. */
    AskCommand.Desks chat() {
        return (facts, useModel) -> {
            Optional<ModelPath> path = Optional.empty();
            if (useModel) {
                ModelSettings settings = ModelPath.forChat(config.model(), CHAT_BUDGET);
                path = Optional.of(new ModelPath(client(settings), prompts, settings, MAX_REPAIRS, MAX_TOOL_CALLS, CHAT_BUDGET,
                        clock));
            }
            return new ChatDesk(facts, validator, new Templates("chat"), ConversationMemory.standard(clock), questionLimit, path,
                    () -> UUID.randomUUID().toString());
        };
    }

    private ModelClient client(ModelSettings settings) {
        return new ModelClient(new OpenAiChatModelFactory().create(settings), settings, sleeper);
    }

    @Override
    public void close() {
        database.ifOpened(Database::close);
    }
}
