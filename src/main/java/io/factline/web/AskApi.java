package io.factline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.chat.Answer;
import io.factline.chat.ChatDesk;
import io.factline.chat.ChatError;
import io.factline.chat.InvalidQuestion;
import io.factline.chat.ProgressListener;
import io.factline.chat.Question;
import io.factline.chat.QuestionLimit;
import io.factline.chat.RateDecision;
import io.factline.chat.RateLimiter;
import io.factline.chat.Status;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/ask: a reader's question answered as Server-Sent Events. Anything wrong with the request is
 * answered before the stream opens (400 naming the field, 415 for a body that is not JSON, 429 over the
 * rate limit, 503 when every worker is busy and the queue is full). Then {@link ChatDesk#ask} runs on a worker of a bounded
 * pool, so no server thread waits on a slow model, and its progress goes out as it happens:
 * {@code status} events, then exactly one {@code answer} (validated text and its facts, never the
 * rejected drafts) or {@code error}. A client that goes away stops the answer at its next event, and
 * nothing is remembered for it. Public, like the published pages; see docs/chat.md for the CSRF rules.
 */
public final class AskApi implements Routes, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AskApi.class);
    /** Seconds a client is asked to wait when every worker is busy. */
    static final long BUSY_RETRY_SECONDS = 5;

    /**
     * How the chat is served.
     *
     * @param limit     what a question may be: the same limit the desk checks, so the question taken here
     *                  is one the desk takes
     * @param limiter   questions per client (by user when signed in or holding a token, else by IP)
     * @param workers   questions answered at once (each may wait as long as the model's budget)
     * @param queue     questions waiting for a worker; when it is full, 503 with Retry-After
     * @param heartbeat how often an open stream gets a comment, so a quiet wait for the model is not
     *                  closed as idle and a client that left is noticed
     */
    public record Setup(ChatDesk desk, QuestionLimit limit, RateLimiter limiter, int workers, int queue, Duration heartbeat) {
        public Setup {
            if (workers < 1 || queue < 0) throw new IllegalArgumentException("workers must be >= 1 and queue >= 0");
            if (heartbeat.isNegative() || heartbeat.isZero()) throw new IllegalArgumentException("heartbeat must be > 0");
        }

        /**
         * How {@code serve} runs the chat: 8 questions answered at once (each may wait the model's budget), 16 waiting
         * before a 503, and a comment on every open stream each 10 s, well inside Jetty's idle timeout.
         */
        public static Setup standard(ChatDesk desk, QuestionLimit limit, RateLimiter limiter) {
            return new Setup(desk, limit, limiter, 8, 16, Duration.ofSeconds(10));
        }
    }

    private final Setup setup;
    private final Bodies bodies;
    private final ObjectMapper mapper;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService heartbeats;
    private final MeterRegistry registry;
    private final AtomicInteger open = new AtomicInteger();

    public AskApi(Setup setup, Bodies bodies, ObjectMapper mapper, MeterRegistry registry) {
        this.setup = setup;
        this.bodies = bodies;
        this.mapper = mapper;
        this.registry = registry;
        BlockingQueue<Runnable> waiting = setup.queue() == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(setup.queue());
        this.workers = new ThreadPoolExecutor(setup.workers(), setup.workers(), 1, TimeUnit.MINUTES, waiting,
                threads("factline-chat-"), new ThreadPoolExecutor.AbortPolicy());
        this.workers.allowCoreThreadTimeOut(true);
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(threads("factline-chat-heartbeat-"));
        Gauge.builder("factline.chat.streams.open", open, AtomicInteger::get)
                .description("answer streams open now, answering or waiting for a worker").register(registry);
    }

    @Override
    public void addTo(Javalin app) {
        app.post("/api/ask", this::ask, Access.PUBLIC);
    }

    @OpenApi(path = "/api/ask", methods = HttpMethod.POST, operationId = "ask", tags = "chat",
            summary = "Ask a question about the market data; the answer streams as Server-Sent Events (public)",
            description = "Send Content-Type: application/json. The stream carries 'status' events (reading, computing, "
                    + "drafting, validating; drafting and validating repeat on a repair), then exactly one 'answer' (the "
                    + "validated text, the facts it cites and their sources, writer, conversationId, date) or 'error'. "
                    + "Nothing unvalidated is sent. Pass the answer's conversationId to ask a follow-up. Signed in with a "
                    + "session, send the X-CSRF-Token header. At most 20 questions a minute per client (429 with "
                    + "Retry-After).",
            requestBody = @OpenApiRequestBody(required = true, content = @OpenApiContent(from = ApiShapes.Ask.class)),
            responses = {
                    @OpenApiResponse(status = "200", description = "event: status (AskStatus), then event: answer "
                            + "(AskAnswer) or event: error (AskError)", content = @OpenApiContent(type = "text/event-stream")),
                    @OpenApiResponse(status = "400", description = "missing, empty or over-long question, bad date or "
                            + "conversationId, malformed JSON, body over 1 MB", content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "403", description = "a session without its CSRF token",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "415", description = "the body is not application/json",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "429", description = "over the rate limit; Retry-After says when to ask again",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class)),
                    @OpenApiResponse(status = "503", description = "every worker is busy; Retry-After says when to ask again",
                            content = @OpenApiContent(from = ApiShapes.ErrorBody.class))})
    void ask(Context ctx) {
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json")) {   // no cross-site form can send this type (see docs/chat.md)
            throw new HttpResponseException(415, "send the question as JSON, with Content-Type: application/json");
        }
        Question q = question(bodies.read(ctx, ApiShapes.Ask.class));
        String client = clientKey(ctx);
        if (setup.limiter().acquire(client) instanceof RateDecision.Limited limited) {
            long seconds = limited.retryAfterSeconds();
            throw new RetryLater(429, "rate_limited", seconds, "too many questions in the last minute; ask again in "
                    + seconds + " s");
        }
        ctx.future(() -> start(ctx, q, client));
    }

    /**
     * Called by Javalin once the request is asynchronous: queues the question for a worker (or answers 503
     * when the queue is full) and keeps the stream alive with heartbeats from then on, waiting included.
     */
    private CompletableFuture<Void> start(Context ctx, Question q, String client) {
        HttpServletResponse res = ctx.res();
        EventStream events;
        try {
            events = new EventStream(res.getOutputStream(), () -> count(StreamEnd.CLIENT_GONE));
        } catch (IOException e) {
            throw new IllegalStateException("no response stream", e);
        }
        // sent with the first bytes; a 503 below replaces status and type
        res.setStatus(200);
        res.setContentType("text/event-stream");
        res.setCharacterEncoding("UTF-8");
        res.setHeader("X-Accel-Buffering", "no");   // a proxy such as nginx must not hold events back
        CompletableFuture<Void> answered;
        try {
            answered = CompletableFuture.runAsync(() -> answer(events, q), workers);
        } catch (RejectedExecutionException e) {
            setup.limiter().refund(client);   // turned away unanswered: not one of the client's questions
            throw new RetryLater(503, "busy", BUSY_RETRY_SECONDS, "Factline is answering as many questions as it can; "
                    + "ask again in a few seconds");
        }
        open.incrementAndGet();
        long every = setup.heartbeat().toMillis();
        ScheduledFuture<?> beat = heartbeats.scheduleWithFixedDelay(() -> events.comment("keep-alive"), every, every,
                TimeUnit.MILLISECONDS);
        return answered.whenComplete((ok, failure) -> {
            beat.cancel(false);
            events.close();
            open.decrementAndGet();
        });
    }

    /** On a worker: one question, its events on the stream. Never throws: every failure is told to the reader or logged. */
    private void answer(EventStream events, Question q) {
        StreamEnd outcome = StreamEnd.ANSWER;
        try {
            events.open();
            setup.desk().ask(q, new Forward(events));
        } catch (EventStream.ClientGone e) {
            LOG.debug("a reader went away before the answer; it was not remembered");
        } catch (InvalidQuestion e) {
            outcome = StreamEnd.ERROR;   // the desk's own check; the reader got an error event
        } catch (RuntimeException e) {
            outcome = StreamEnd.ERROR;   // the reader got an error event without details
            LOG.error("the chat could not answer a question", e);
        }
        if (!events.gone()) count(outcome);
    }

    /** Forwards the desk's events to the stream: only what a reader may see. */
    private final class Forward implements ProgressListener {
        private final EventStream events;

        Forward(EventStream events) {
            this.events = events;
        }

        @Override
        public void status(Status s) {
            events.send("status", json(new ApiShapes.AskStatus(s.step().wire(), s.message())));
        }

        @Override
        public void answer(Answer a) {
            // not a.attempts(): a rejected draft's findings quote its unvalidated figures
            events.send("answer", json(new ApiShapes.AskAnswer(a.text(), a.facts(), a.sources(), a.writer(),
                    a.conversationId(), a.date())));
        }

        @Override
        public void error(ChatError e) {
            events.send("error", json(new ApiShapes.AskError(e.code().wire(), e.message())));
        }
    }

    private Question question(ApiShapes.Ask body) {
        String text = Fields.required(body.question(), "question");
        LocalDate date = body.date() == null ? null : date(body.date());
        String conversation = body.conversationId();
        setup.limit().problem(new Question(text, null, null)).ifPresent(p -> {
            throw new BadRequest("question", p);
        });
        Question q = new Question(text, date, conversation);
        setup.limit().problem(q).ifPresent(p -> {
            throw new BadRequest("conversationId", p);
        });
        return q;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequest("date", "'" + text + "' is not a date (YYYY-MM-DD); leave date out for the latest date with data");
        }
    }

    /** Whose questions count together: a signed-in user's (session or token) wherever they are, else one address's. */
    static String clientKey(Context ctx) {
        return Gate.principal(ctx).map(p -> "user:" + p.username()).orElseGet(() -> "ip:" + ctx.ip());
    }

    private String json(Object event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event always serializes", e);
        }
    }

    /** How an answer stream ended, as the {@code outcome} tag of {@code factline.chat.streams} names it. */
    private enum StreamEnd {
        ANSWER, ERROR, CLIENT_GONE;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private void count(StreamEnd outcome) {
        Counter.builder("factline.chat.streams").description("answer streams by how they ended").tag("outcome", outcome.wire())
                .register(registry).increment();
    }

    /** Stops the workers and heartbeats; streams still open end with the server. */
    @Override
    public void close() {
        heartbeats.shutdownNow();
        workers.shutdownNow();
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
