package io.factline.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mustachejava.DefaultMustacheFactory;
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
import io.factline.drafts.Drafters;
import io.factline.drafts.ReviewRules;
import io.factline.drafts.SheetSource;
import io.factline.facts.FactSheetJson;
import io.factline.narrative.CommentaryDesk;
import io.factline.schedule.RunStatus;
import io.factline.store.Database;
import io.factline.users.Accounts;
import io.factline.users.Passwords;
import io.factline.users.UserStore;
import io.factline.validation.Validator;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.security.RouteRole;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import io.javalin.rendering.template.JavalinMustache;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editors' desk server: a Javalin app built from its parts, so tests start the same thing
 * {@code serve} does. Static assets (CSS, JS, uPlot from its webjar) are served by the app itself.
 */
public final class WebApp {

    /** Server threads at most (Javalin's default is 250); bodies may hold {@link Bodies#MAX_BODY_READERS} of them. */
    public static final int MAX_THREADS = 200;
    /** A connection or a blocked read idle this long is closed (Jetty's default is 30 s). */
    public static final long IDLE_TIMEOUT_MS = 10_000;
    /** A request body arriving slower than this (bytes per second, averaged from its first byte) is ended with a 408. */

    private final Javalin app;
    private final List<Routes> routes;

    /**
     * The desk's web app from its dependencies; {@code serve} and the tests build it the same way.
     *
     * @param crashPoint  {@link CrashPoint#NONE} except in the restart test
     * @param chat        the chat desk and its limits, for POST /api/ask (its worker pools are AskApi's)
     * @param schedule    how the scheduled day stands, for /health (empty on a server without a schedule)
     * @param reviewRules four eyes on or off (FACTLINE_FOUR_EYES)
     */
    public static WebApp create(Database db, SheetSource sheets, Drafters drafters, CommentaryDesk desk, Validator validator,
                                ServerSettings settings, Clock clock, Passwords passwords, CrashPoint crashPoint,
                                AskApi.Setup chat, PrometheusMeterRegistry registry, RunStatus schedule, ReviewRules reviewRules) {
        ObjectMapper mapper = FactSheetJson.mapper();
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

    WebApp(ObjectMapper mapper, Gate gate, Errors errors, HttpMetrics metrics, List<Routes> routes) {
        this.routes = List.copyOf(routes);
        app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = Bodies.MAX_BYTES;
            config.jsonMapper(new JavalinJackson(Bodies.limited(mapper), false));
            // Slow clients: a trickled body is ended by Bodies' minimum data rate or the idle timeout, and holds one of
            // a bounded number of threads meanwhile (Bodies bounds how many read at once).
            config.jetty.threadPool = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(IDLE_TIMEOUT_MS);
            });
            config.jetty.modifyServer(server -> {
                for (var connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector c) c.setIdleTimeout(IDLE_TIMEOUT_MS);
                }
            });
            config.jetty.modifyServletContextHandler(handler ->
                    handler.addFilter(new FilterHolder(new DotSegments()), "/*", EnumSet.of(DispatcherType.REQUEST)));
            config.fileRenderer(new JavalinMustache(new DefaultMustacheFactory("views")));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.roles = Set.of(Access.PUBLIC);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/webjars";
                files.directory = "/META-INF/resources/webjars";
                files.location = Location.CLASSPATH;
                files.roles = Set.of(Access.PUBLIC);
                files.headers = Map.of("Cache-Control", "max-age=31536000");   // versioned paths never change
            });
            config.registerPlugin(new OpenApiPlugin(openApi -> openApi
                    .withDocumentationPath("/openapi")
                    .withRoles(Access.PUBLIC)
                    .withDefinitionConfiguration((version, definition) -> definition
                            .withInfo(info -> {
                                info.setTitle("Factline editors' desk API");
                                info.setVersion("1");
                                info.setDescription("Drafts, review transitions, validation, facts and the published feed. "
                                        + "Authenticate with Authorization: Bearer <API token> (create one at /account/tokens).");
                            })
                            .withSecurity(security -> security.withBearerAuth("BearerAuth", bearer -> { })))));
        });
        new SecurityHeaders().install(app);
        metrics.install(app);
        gate.install(app);
        errors.install(app);
        routes.forEach(r -> r.addTo(app));
        answerHeadAsGet();
    }

    /**
     * Javalin answers HEAD on a GET route with an empty 200 and hands the before-matched gate no Access for it
     * (which failed closed as a 500). A HEAD route per GET route, with the same handler and Access, gives
     * GET's status and headers; Jetty sends no body for HEAD.
     */
    private void answerHeadAsGet() {
        List<io.javalin.router.Endpoint> gets = app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .map(e -> e.getEndpoint()).filter(e -> e.getMethod() == HandlerType.GET).toList();
        for (io.javalin.router.Endpoint get : gets) {
            app.addEndpoint(new io.javalin.router.Endpoint(HandlerType.HEAD, get.getPath(),
                    get.getRoles().toArray(RouteRole[]::new), get.getHandler()));
        }
    }

    public WebApp start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** The port listened on (the real one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** Stops the server, then whatever the routes run in the background (the chat's workers). */
    public void stop() {
        app.stop();
        for (Routes r : routes) {
            if (r instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    throw new IllegalStateException("could not stop " + r.getClass().getSimpleName(), e);
                }
            }
        }
    }

    /** A registered route and who may call it. */
    public record Endpoint(String method, String path, Access access) {
    }

    /** Every route the app answers (not before/after handlers, nor the HEAD twin of each GET), for the permission-matrix test to prove it covers them all. */
    public List<Endpoint> endpoints() {
        return app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
                .filter(e -> e.getEndpoint().getMethod().isHttpMethod() && e.getEndpoint().getMethod() != HandlerType.HEAD)
                .map(e -> new Endpoint(e.getEndpoint().getMethod().name(), e.getEndpoint().getPath(),
                        e.getEndpoint().getRoles().stream().filter(Access.class::isInstance).map(Access.class::cast)
                                .findFirst().orElse(null)))
                .toList();
    }
}
