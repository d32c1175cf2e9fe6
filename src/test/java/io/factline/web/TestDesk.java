package io.factline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.auth.ApiTokens;
import io.factline.auth.Secrets;
import io.factline.chat.ChatDesk;
import io.factline.chat.ConversationMemory;
import io.factline.chat.MarketFacts;
import io.factline.chat.ModelPath;
import io.factline.chat.QuestionLimit;
import io.factline.chat.RateLimiter;
import io.factline.drafts.CrashPoint;
import io.factline.drafts.DraftStore;
import io.factline.drafts.Drafters;
import io.factline.drafts.ReviewRules;
import io.factline.drafts.NewDraft;
import io.factline.drafts.Samples;
import io.factline.drafts.SheetSource;
import io.factline.facts.FactEngine;
import io.factline.facts.FactSheetJson;
import io.factline.market.CsvMarketLoader;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.TemplateWriter;
import io.factline.narrative.Templates;
import io.factline.schedule.RunStatus;
import io.factline.store.Database;
import io.factline.store.TestDatabases;
import io.factline.testing.FakeTime;
import io.factline.users.Accounts;
import io.factline.users.Passwords;
import io.factline.users.UserStore;
import io.factline.validation.Validator;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real desk on a random port, over a fresh in-memory H2, with the bundled data and the template
 * writer, built by {@link Main#webApp} exactly as {@code serve} builds it. Users: erin (editor) and
 * ada (admin), signed in through the real sign-in form; each also has an API token. The chat answers
 * offline unless a test gives it a model ({@link ChatOptions}); its rate limiter and conversation
 * memory run on {@link #chatTime}, which stands still until a test moves it.
 */
public final class TestDesk implements AutoCloseable {

    public static final String PASSWORD = "correct horse battery";
    public static final Instant NOW = Instant.parse("2026-03-24T08:00:00Z");

    public final Database db;
    public final WebApp app;
    public final String base;
    public final DraftStore store;
    public final Caller editor;
    public final Caller admin;
    public final Caller editorToken;
    public final Caller adminToken;
    /** The time of the chat's rate limiter and conversation memory. */
    public final FakeTime chatTime = new FakeTime(NOW);
    public final ConversationMemory chatMemory = ConversationMemory.standard(chatTime.clock());
    /** What /health shows of the scheduled run; the desk runs no scheduler, so a test sets it. */
    public final RunStatus schedule = new RunStatus();
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ObjectMapper mapper = FactSheetJson.mapper();

    /** Who calls: a session (cookie and CSRF token), a bearer token, or nobody. */
    public record Caller(String name, String cookie, String csrf, String bearer) {
        public static final Caller ANONYMOUS = new Caller("anonymous", null, null, null);

        /** The same session without its CSRF token, to show the token is required. */
        public Caller withoutCsrf() {
            return new Caller(name + " without CSRF", cookie, null, bearer);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** An answer: status, headers, body. */
    public record Reply(int status, HttpHeaders headers, String body) {
        public JsonNode json() {
            try {
                return FactSheetJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (HTTP " + status + "): " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /**
     * How the chat is built: offline by default; a test may give it a model, other templates (a defective
     * deployment), fewer workers or a quicker heartbeat.
     */
    public record ChatOptions(Optional<ModelPath> model, String templates, int workers, int queue, Duration heartbeat) {
        public static ChatOptions offline() {
            return new ChatOptions(Optional.empty(), "chat", 2, 8, Duration.ofSeconds(10));
        }

        public ChatOptions withModel(ModelPath path) {
            return new ChatOptions(Optional.of(path), templates, workers, queue, heartbeat);
        }

        public ChatOptions withTemplates(String root) {
            return new ChatOptions(model, root, workers, queue, heartbeat);
        }

        public ChatOptions withWorkers(int n, int waiting) {
            return new ChatOptions(model, templates, n, waiting, heartbeat);
        }

        public ChatOptions withHeartbeat(Duration every) {
            return new ChatOptions(model, templates, workers, queue, every);
        }
    }

    public static TestDesk start() {
        return new TestDesk(TestDatabases.h2());
    }

    public static TestDesk start(ChatOptions chat) {
        return new TestDesk(TestDatabases.h2(), chat);
    }

    public TestDesk(Database db) {
        this(db, ChatOptions.offline());
    }

    public TestDesk(Database db, ChatOptions chat) {
        this(db, chat, ReviewRules.STANDARD);
    }

    /** A desk with four eyes off, as a one-person desk would run it. */
    public static TestDesk onePersonDesk() {
        return new TestDesk(TestDatabases.h2(), ChatOptions.offline(), new ReviewRules(false));
    }

    public TestDesk(Database db, ChatOptions chat, ReviewRules rules) {
        this.db = db;
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Passwords passwords = new Passwords(4);
        Accounts accounts = new Accounts(new UserStore(db.jdbi()), passwords, clock);
        accounts.create("erin", PASSWORD, "editor");
        accounts.create("ada", PASSWORD, "admin");
        TemplateWriter template = new TemplateWriter(new Templates("narrative"));
        Validator validator = new Validator();
        SheetSource sheets = new SheetSource(Samples.DATA, new CsvMarketLoader(), new FactEngine());
        ServerSettings settings = new ServerSettings("127.0.0.1", 0, true, "Strict", Duration.ofHours(12), Optional.empty(),
                Optional.empty());
        QuestionLimit limit = new QuestionLimit(QuestionLimit.DEFAULT_MAX_CHARS);
        ChatDesk chatDesk = new ChatDesk(new MarketFacts(sheets.market(), new FactEngine(), 4), validator, new Templates(chat.templates()),
                chatMemory, limit, chat.model(), () -> UUID.randomUUID().toString());
        AskApi.Setup ask = new AskApi.Setup(chatDesk, limit, RateLimiter.standard(chatTime.clock()), chat.workers(), chat.queue(),
                chat.heartbeat());
        app = WebApp.create(db, sheets, new Drafters(template, Optional.empty()), new CommentaryDesk(validator, template, 0),
                validator, settings, clock, passwords, CrashPoint.NONE, ask, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT),
                schedule, rules);
        app.start("127.0.0.1", 0);
        base = "http://localhost:" + app.port();
        store = new DraftStore(db.jdbi(), CrashPoint.NONE);
        editor = signIn("erin");
        admin = signIn("ada");
        ApiTokens tokens = new ApiTokens(db.jdbi(), new Secrets());
        editorToken = new Caller("erin's token", null, null, tokens.issue("erin", "tests", NOW).token());
        adminToken = new Caller("ada's token", null, null, tokens.issue("ada", "tests", NOW).token());
    }

    /** Signs in through GET /login and POST /login, as a browser would. */
    public Caller signIn(String username) {
        Reply form = get(Caller.ANONYMOUS, "/login");
        String loginCookie = cookie(form, Cookies.LOGIN);
        String token = field(form.body(), "_csrf");
        Reply signedIn = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", Cookies.LOGIN + "=" + loginCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", token, "username", username, "password", PASSWORD)))));
        if (signedIn.status() != 303) throw new AssertionError("sign-in failed: " + signedIn);
        String session = cookie(signedIn, Cookies.SESSION);
        Reply page = get(new Caller(username, session, null, null), "/drafts");
        return new Caller(username, session, meta(page.body(), "csrf-token"), null);
    }

    /** A draft of 2026-03-23 stored directly (the template commentary); returns its id. */
    public long draft() {
        return store.create(Samples.newDraft(), "erin", NOW);
    }

    public long draft(NewDraft d) {
        return store.create(d, "erin", NOW);
    }

    public Reply get(Caller c, String path) {
        return send(request(c, path).GET());
    }

    /**
     * Follows a 303 as a browser would: GET its Location with the session and the cookies the redirect set (the
     * flash message, a new token), so the test sees the page the redirect leads to.
     */
    public Reply follow(Caller c, Reply redirect) {
        if (redirect.status() != 303) throw new AssertionError("not a redirect (HTTP " + redirect.status() + "): " + redirect.body());
        String location = redirect.header("Location").orElseThrow();
        StringBuilder cookies = new StringBuilder(c.cookie() == null ? "" : Cookies.SESSION + "=" + c.cookie());
        for (String h : redirect.headers().allValues("Set-Cookie")) {
            String pair = h.substring(0, h.indexOf(';'));
            if (pair.endsWith("=")) continue;   // an expired cookie
            cookies.append(cookies.isEmpty() ? "" : "; ").append(pair);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + location)).timeout(Duration.ofSeconds(60)).GET();
        if (!cookies.isEmpty()) b.header("Cookie", cookies.toString());
        return send(b);
    }

    public Reply postJson(Caller c, String path, Object body) {
        String json;
        try {
            json = body instanceof String s ? s : mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.Builder b = request(c, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (c.csrf() != null) b.header(Gate.CSRF_HEADER, c.csrf());
        return send(b);
    }

    public Reply postForm(Caller c, String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (c.csrf() != null) all.putIfAbsent(Gate.CSRF_FIELD, c.csrf());
        return send(request(c, path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))));
    }

    public HttpRequest.Builder request(Caller c, String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (c.cookie() != null) b.header("Cookie", Cookies.SESSION + "=" + c.cookie());
        if (c.bearer() != null) b.header("Authorization", "Bearer " + c.bearer());
        return b;
    }

    public Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    public static String cookie(Reply r, String name) {
        for (String h : r.headers().allValues("Set-Cookie")) {
            if (h.startsWith(name + "=")) return h.substring(name.length() + 1, h.indexOf(';'));
        }
        throw new AssertionError("no " + name + " cookie in " + r.headers().allValues("Set-Cookie"));
    }

    static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        if (!m.find()) throw new AssertionError("no field " + name);
        return m.group(1);
    }

    static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\"").matcher(html);
        if (!m.find()) throw new AssertionError("no meta " + name);
        return m.group(1);
    }

    @Override
    public void close() {
        app.stop();
        db.close();
    }
}
