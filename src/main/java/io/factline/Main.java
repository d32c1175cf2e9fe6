package io.factline;

import io.factline.bench.BatchBench;
import io.factline.bench.CommentaryBench;
import io.factline.bench.FactsBench;
import io.factline.bench.UniverseBench;
import io.factline.bench.ValidatorBench;
import io.factline.chat.ChatDesk;
import io.factline.chat.ConversationMemory;
import io.factline.chat.MarketFacts;
import io.factline.chat.ModelPath;
import io.factline.chat.QuestionLimit;
import io.factline.chat.RateLimiter;
import io.factline.cli.AskCommand;
import io.factline.cli.BatchCommand;
import io.factline.cli.BenchCommand;
import io.factline.cli.Cli;
import io.factline.cli.CommentaryCommand;
import io.factline.cli.FactsCommand;
import io.factline.cli.FetchCommand;
import io.factline.cli.ServeCommand;
import io.factline.cli.UserError;
import io.factline.cli.SyncCommand;
import io.factline.cli.ValidateCommand;
import io.factline.auth.ApiTokens;
import io.factline.auth.KnownDevices;
import io.factline.auth.Login;
import io.factline.auth.Secrets;
import io.factline.auth.Sessions;
import io.factline.auth.SignIn;
import io.factline.auth.SignInThrottle;
import io.factline.drafts.CrashPoint;
import io.factline.drafts.DraftStore;
import io.factline.drafts.DraftWorkflow;
import io.factline.drafts.ReviewRules;
import io.factline.drafts.Drafters;
import io.factline.drafts.SheetSource;
import io.factline.facts.FactEngine;
import io.factline.market.CsvMarketLoader;
import io.factline.market.feed.HttpGet;
import io.factline.market.feed.Providers;
import io.factline.time.Sleeper;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.LlmWriter;
import io.factline.narrative.PromptBuilder;
import io.factline.narrative.TemplateWriter;
import io.factline.narrative.Templates;
import io.factline.narrative.Writer;
import io.factline.narrative.llm.ModelClient;
import io.factline.narrative.llm.ModelSettings;
import io.factline.narrative.llm.OpenAiChatModelFactory;
import io.factline.schedule.Alarm;
import io.factline.schedule.DailyRun;
import io.factline.schedule.DailyRunSettings;
import io.factline.schedule.JobClaims;
import io.factline.schedule.RunStatus;
import io.factline.schedule.Scheduler;
import io.factline.store.Database;
import io.factline.store.DatabaseConfig;
import io.factline.sync.BarStore;
import io.factline.sync.Syncer;
import io.factline.sync.Markets;
import io.factline.users.Accounts;
import io.factline.users.Passwords;
import io.factline.users.UserProblem;
import io.factline.users.UserStore;
import io.factline.validation.Validator;
import io.factline.web.AskApi;
import io.factline.web.Bodies;
import io.factline.web.DeskApi;
import io.factline.web.DocsPage;
import io.factline.web.DraftApi;
import io.factline.web.DraftPages;
import io.factline.web.Errors;
import io.factline.web.FactsApi;
import io.factline.web.Gate;
import io.factline.web.HttpMetrics;
import io.factline.web.LoginPages;
import io.factline.web.QueuePages;
import io.factline.web.OpsApi;
import io.factline.web.PublishedPages;
import io.factline.web.ServerSettings;
import io.factline.web.TokenPages;
import io.factline.web.UserPages;
import io.factline.web.Views;
import io.factline.web.WebApp;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/** Entry point and the only place where parts are wired together. */
public final class Main {

    /** Repairs an LLM draft gets before the template writer takes over. */
    static final int MAX_REPAIRS = 2;
    /** Tool calls the chat's model may make for one draft. */
    static final int MAX_TOOL_CALLS = 8;
    /** Time one chat answer may take with the model before the offline answer is used. */
    static final Duration CHAT_BUDGET = Duration.ofSeconds(30);
    /** Questions the server answers at once; each may wait up to {@link #CHAT_BUDGET} for the model. */
    static final int CHAT_WORKERS = 8;
    /** Questions waiting for a worker before the server answers 503. */
    static final int CHAT_QUEUE = 16;
    /** A comment on every open answer stream this often, well inside Jetty's 30 s idle timeout. */
    static final Duration CHAT_HEARTBEAT = Duration.ofSeconds(10);
    /** Dates whose fact sheets the chat keeps computed. */
    static final int CHAT_CACHED_DATES = 4;
    /** bcrypt cost for passwords: about a quarter second per check on the development machine. */
    static final int BCRYPT_STRENGTH = 12;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** The real process: environment variables over {@code .env}, the system clock, real waiting. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(ModelSettings.withDotEnv(Path.of(""), System.getenv()), out, err, args);
    }

    /** @param env exactly the configuration to use (tests pass their own, e.g. to point the model at a stand-in) */
    public static int run(Map<String, String> env, PrintWriter out, PrintWriter err, String... args) {
        return run(env, Clock.systemUTC(), Sleeper.system(), out, err, args);
    }

    /** The same, with what the process gets from outside given: configuration, the time, and waiting. */
    public static int run(Map<String, String> env, Clock clock, Sleeper sleeper, PrintWriter out, PrintWriter err,
                          String... args) {
        CsvMarketLoader loader = new CsvMarketLoader();
        FactEngine engine = new FactEngine();
        Path bundled = Path.of("fixtures/market");
        Validator validator = new Validator();
        TemplateWriter template = new TemplateWriter(new Templates("narrative"));
        PromptBuilder prompts = new PromptBuilder(new Templates("prompts"));
        CommentaryDesk desk = new CommentaryDesk(validator, template, MAX_REPAIRS);
        // models are built only when a command needs one, so a bad model setting does not break the others
        Function<ModelSettings, ModelClient> client = settings -> new ModelClient(
                new OpenAiChatModelFactory().create(settings), settings, sleeper);
        Supplier<Optional<Writer>> model = () -> {
            ModelSettings settings = ModelSettings.fromEnvironment(env);
            return settings.configured() ? Optional.of(new LlmWriter(client.apply(settings), prompts)) : Optional.empty();
        };
        QuestionLimit questionLimit = new QuestionLimit(QuestionLimit.DEFAULT_MAX_CHARS);
        AskCommand.Desks chat = (facts, useModel) -> {
            Optional<ModelPath> path = Optional.empty();
            if (useModel) {
                ModelSettings settings = ModelPath.forChat(ModelSettings.fromEnvironment(env), CHAT_BUDGET);
                path = Optional.of(new ModelPath(client.apply(settings), prompts, settings, MAX_REPAIRS, MAX_TOOL_CALLS,
                        CHAT_BUDGET, clock));
            }
            return new ChatDesk(facts, validator, new Templates("chat"), ConversationMemory.standard(clock), questionLimit, path,
                    () -> UUID.randomUUID().toString());
        };
        Providers providers = new Providers(env, new HttpGet(Duration.ofSeconds(10), Duration.ofSeconds(60)), clock, sleeper);
        Lazy<Database> database = new Lazy<>(() -> Database.open(DatabaseConfig.fromEnvironment(env)));
        Supplier<BarStore> bars = () -> new BarStore(database.get().jdbi());
        Markets markets = new Markets(loader, bars);
        try {
            return Cli.build(out, err,
                new FactsCommand(markets, engine),
                new AskCommand(markets, engine, chat, () -> ModelSettings.fromEnvironment(env).configured()),
                new CommentaryCommand(markets, engine, desk, template, model),
                new BatchCommand(markets, engine, desk, template, model),
                new ValidateCommand(validator, System.in),
                new FetchCommand(providers, loader, clock),
                new SyncCommand(providers, loader, bars, clock, env),
                new ServeCommand(request -> serve(env, clock, request, markets, providers, engine, desk, validator, template, model,
                        database, chat, questionLimit)),
                new BenchCommand(List.of(new FactsBench(loader, engine, bundled),
                        new ValidatorBench(validator, List.of(Path.of("src/test/resources/conformance/validator/sample.jsonl"),
                                Path.of("../shared/conformance/validator/sample.jsonl"))),
                        new CommentaryBench(loader, engine, desk, template, prompts, bundled),
                        new UniverseBench(loader, engine, List.of(Path.of("fixtures/sp500"), Path.of("../shared/data/sp500"))),
                        new BatchBench(List.of(Path.of("fixtures/sp500"), Path.of("../shared/data/sp500")))))).execute(args);
        } finally {
            database.ifOpened(Database::close);
        }
    }

    /** {@code serve}: reads the configuration, opens the store and the data, and starts the desk. */
    private static ServeCommand.Running serve(Map<String, String> env, Clock clock, ServeCommand.Request request,
                                              Markets markets, Providers providers, FactEngine engine, CommentaryDesk desk,
                                              Validator validator, TemplateWriter template, Supplier<Optional<Writer>> model,
                                              Lazy<Database> database, AskCommand.Desks chat, QuestionLimit questionLimit) {
        ServerSettings settings;
        try {
            settings = ServerSettings.fromEnvironment(env);
        } catch (ServerSettings.Invalid e) {
            throw new UserError(e.getMessage());
        }
        if (request.port() != null) settings = settings.withPort(request.port());
        ReviewRules reviewRules;
        try {
            reviewRules = ReviewRules.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        String host = request.host() != null ? request.host() : settings.host();
        Path data = request.data() != null ? request.data() : Path.of("fixtures/market");
        DailyRunSettings daily;
        try {
            daily = DailyRunSettings.fromEnvironment(env);
        } catch (DailyRunSettings.Invalid e) {
            throw new UserError(e.getMessage());
        }
        try {
            daily.provider().ifPresent(providers::open);   // an unknown provider or a missing key stops the start here
        } catch (Providers.SettingError e) {
            throw new UserError("FACTLINE_SYNC_PROVIDER: " + e.getMessage());
        }
        // with a sync provider the desk reads the bars sync stored (run `sync` once before the first start)
        SheetSource sheets = daily.provider().isPresent()
                ? new SheetSource(data, () -> markets.stored(data, daily.provider().get()), engine)
                : new SheetSource(data, () -> markets.files(data), engine);
        sheets.market();   // defective data stops the server here, with exit code 2
        Drafters drafters = new Drafters(template, model.get());
        // the chat answers from the same data directory; "today" is the latest date in it unless a page says otherwise
        ChatDesk chatDesk = chat.desk(new MarketFacts(sheets::market, engine, CHAT_CACHED_DATES),
                ModelSettings.fromEnvironment(env).configured());
        AskApi.Setup ask = new AskApi.Setup(chatDesk, questionLimit, RateLimiter.standard(clock), CHAT_WORKERS, CHAT_QUEUE,
                CHAT_HEARTBEAT);
        Database db = database.get();   // closed by run() when serve returns
        Passwords passwords = new Passwords(BCRYPT_STRENGTH);
        if (settings.adminUser().isPresent()) {
            try {
                new Accounts(new UserStore(db.jdbi()), passwords, clock).bootstrapAdmin(settings.adminUser().get(),
                        settings.adminPassword().orElseThrow(), ServerSettings.ADMIN_USER, ServerSettings.ADMIN_PASSWORD);
            } catch (UserProblem.Invalid e) {
                throw new UserError(e.field() + ": " + e.getMessage());
            }
        }
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        RunStatus runStatus = new RunStatus();
        WebApp app = webApp(db, sheets, drafters, desk, validator, settings, clock, passwords, CrashPoint.fromSystemProperties(),
                ask, registry, runStatus, reviewRules);
        app.start(host, settings.port());
        Optional<Scheduler> scheduler = daily.schedule().map(schedule -> {
            DraftWorkflow drafts = new DraftWorkflow(new DraftStore(db.jdbi(), CrashPoint.NONE), sheets, desk, drafters,
                    validator, clock);
            List<String> symbols = sheets.market().instruments().stream().map(i -> i.symbol()).toList();
            Optional<java.util.function.Consumer<LocalDate>> sync = daily.provider().map(name -> {
                var provider = providers.open(name);
                var syncer = new Syncer(new BarStore(db.jdbi()));
                return day -> syncer.sync(provider, symbols, day.minusDays(400), day, 5, outcome -> { });
            });
            DailyRun run = new DailyRun(new JobClaims(db.jdbi()), daily.universe(symbols), DailyRunSettings.serverId(),
                    DailyRunSettings.LEASE, clock, sync, sheets, drafts, daily.drafter());
            Scheduler s = new Scheduler(schedule, run, clock, Alarm.onThread(clock), DailyRunSettings.RETRY, runStatus);
            s.start();
            return s;
        });
        String shownHost = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        String url = "http://" + shownHost + ":" + app.port() + "/";
        return new ServeCommand.Running() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public void stop() {
                scheduler.ifPresent(Scheduler::close);
                app.stop();
            }
        };
    }

    /**
     * The desk's web app from its dependencies; {@code serve} and the tests build it the same way.
     *
     * @param crashPoint {@link CrashPoint#NONE} except in the restart test
     * @param chat       the chat desk and its limits, for POST /api/ask
     */
    public static WebApp webApp(Database db, SheetSource sheets, Drafters drafters, CommentaryDesk desk, Validator validator,
                                ServerSettings settings, Clock clock, Passwords passwords, CrashPoint crashPoint,
                                AskApi.Setup chat, PrometheusMeterRegistry registry) {
        return webApp(db, sheets, drafters, desk, validator, settings, clock, passwords, crashPoint, chat, registry, new RunStatus());
    }

    /** @param schedule how the scheduled day stands, for /health (empty on a server without a schedule) */
    public static WebApp webApp(Database db, SheetSource sheets, Drafters drafters, CommentaryDesk desk, Validator validator,
                                ServerSettings settings, Clock clock, Passwords passwords, CrashPoint crashPoint,
                                AskApi.Setup chat, PrometheusMeterRegistry registry, RunStatus schedule) {
        return webApp(db, sheets, drafters, desk, validator, settings, clock, passwords, crashPoint, chat, registry, schedule,
                ReviewRules.STANDARD);
    }

    /** @param reviewRules four eyes on or off (FACTLINE_FOUR_EYES) */
    public static WebApp webApp(Database db, SheetSource sheets, Drafters drafters, CommentaryDesk desk, Validator validator,
                                ServerSettings settings, Clock clock, Passwords passwords, CrashPoint crashPoint,
                                AskApi.Setup chat, PrometheusMeterRegistry registry, RunStatus schedule, ReviewRules reviewRules) {
        var mapper = io.factline.facts.FactSheetJson.mapper();
        DraftWorkflow workflow = new DraftWorkflow(new DraftStore(db.jdbi(), crashPoint), sheets, desk, drafters, validator, clock,
                reviewRules);
        Secrets secrets = new Secrets();
        UserStore users = new UserStore(db.jdbi());
        Sessions sessions = new Sessions(db.jdbi(), secrets, settings.sessionLifetime());
        ApiTokens tokens = new ApiTokens(db.jdbi(), secrets);
        Bodies bodies = new Bodies(mapper);
        Views views = new Views(settings.cookieSecure());
        return new WebApp(mapper, new Gate(sessions, tokens, bodies, clock), new Errors(views), new HttpMetrics(registry), List.of(
                new PublishedPages(workflow, sheets, views),
                new LoginPages(new SignIn(new Login(users, passwords, sessions), new SignInThrottle(clock),
                        new KnownDevices(db.jdbi(), secrets), clock), sessions, secrets, bodies, views, settings),
                new QueuePages(workflow, sheets, drafters, views),
                new DraftPages(workflow, sheets, bodies, views),
                new DeskApi(workflow, bodies),
                new DraftApi(workflow, bodies),
                new FactsApi(sheets, validator, workflow, bodies),
                new TokenPages(tokens, bodies, views, clock),
                new UserPages(new Accounts(users, passwords, clock), bodies, views),
                new OpsApi(db, sheets, registry, schedule),
                new AskApi(chat, bodies, mapper, registry),
                new DocsPage(mapper, views)));
    }
}
