package io.factline;

import io.factline.chat.MarketFacts;
import io.factline.chat.RateLimiter;
import io.factline.cli.ServeCommand;
import io.factline.drafts.CrashPoint;
import io.factline.drafts.Drafters;
import io.factline.drafts.SheetSource;
import io.factline.market.feed.Providers;
import io.factline.schedule.DailyJob;
import io.factline.schedule.DailyRunSettings;
import io.factline.schedule.RunStatus;
import io.factline.schedule.Scheduler;
import io.factline.store.Database;
import io.factline.users.Accounts;
import io.factline.users.Passwords;
import io.factline.users.UserProblem;
import io.factline.users.UserStore;
import io.factline.web.AskApi;
import io.factline.web.ServerSettings;
import io.factline.web.WebApp;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.util.Optional;

/** {@code serve}: checks the settings, opens the store and the data, starts the desk and the daily job. */
final class Server {

    /** Dates whose fact sheets the chat keeps computed. */
    static final int CHAT_CACHED_DATES = 4;
    /** bcrypt cost for passwords: about a quarter second per check on the development machine. */
    static final int BCRYPT_STRENGTH = 12;

    private Server() {
    }

    static ServeCommand.Running start(Parts parts, ServeCommand.Request request) {
        AppConfig config = parts.config;
        ServerSettings settings = config.server();
        if (request.port() != null) settings = settings.withPort(request.port());
        var reviewRules = config.reviewRules();
        String host = request.host() != null ? request.host() : settings.host();
        Path data = request.data() != null ? request.data() : Path.of("fixtures/market");
        DailyRunSettings daily = config.daily();
        try {
            daily.provider().ifPresent(parts.providers::open);   // an unknown provider or a missing key stops the start here
        } catch (Providers.SettingError e) {
            throw new ConfigError("FACTLINE_SYNC_PROVIDER: " + e.getMessage());
        }
        // with a sync provider the desk reads the bars sync stored (run `sync` once before the first start)
        SheetSource sheets = daily.provider().isPresent()
                ? new SheetSource(data, () -> parts.markets.stored(data, daily.provider().get()), parts.engine)
                : new SheetSource(data, () -> parts.markets.files(data), parts.engine);
        sheets.market();   // defective data stops the server here, with exit code 2
        Drafters drafters = new Drafters(parts.template, parts.model());
        // the chat answers from the same data directory; "today" is the latest date in it unless a page says otherwise
        var chatDesk = parts.chat().desk(new MarketFacts(sheets::market, parts.engine, CHAT_CACHED_DATES),
                config.modelConfigured());
        AskApi.Setup ask = AskApi.Setup.standard(chatDesk, parts.questionLimit, RateLimiter.standard(parts.clock));
        Database db = parts.database.get();   // closed by Main.run when serve returns
        Passwords passwords = new Passwords(BCRYPT_STRENGTH);
        if (settings.adminUser().isPresent()) {
            try {
                new Accounts(new UserStore(db.jdbi()), passwords, parts.clock).bootstrapAdmin(settings.adminUser().get(),
                        settings.adminPassword().orElseThrow(), ServerSettings.ADMIN_USER, ServerSettings.ADMIN_PASSWORD);
            } catch (UserProblem.Invalid e) {
                throw new ConfigError(e.field() + ": " + e.getMessage());
            }
        }
        PrometheusMeterRegistry registry = registry();
        RunStatus runStatus = new RunStatus();
        WebApp app = WebApp.create(db, sheets, drafters, parts.desk, parts.validator, settings, parts.clock, passwords,
                CrashPoint.fromSystemProperties(), ask, registry, runStatus, reviewRules);
        app.start(host, settings.port());
        Optional<Scheduler> scheduler = DailyJob.start(daily, db.jdbi(), sheets, parts.desk, drafters, parts.validator,
                parts.providers, parts.clock, runStatus);
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

    private static PrometheusMeterRegistry registry() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        return registry;
    }
}
