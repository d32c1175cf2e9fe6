package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.factline.web.EventStreams.Event;
import io.factline.web.TestDesk.Caller;
import io.factline.web.TestDesk.ChatOptions;
import io.factline.web.TestDesk.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * The stream while the chat waits on a model the test holds ({@link HeldModel}): events go out as they
 * happen, not when the answer is ready; a client that closes the connection mid-stream stops the answer
 * and leaves nothing in memory, with no error logged; a full worker pool answers 503. One worker and a
 * queue of one; heartbeats every 50 ms so a closed connection is noticed while the model is held.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskStreamingTest {

    static final String QUESTION = "How did SPY do on March 23?";

    final HeldModel model = new HeldModel("SPY rose 1.05% [F1] on the day.");
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    TestDesk desk;

    @BeforeAll
    void start() {
        desk = TestDesk.start(ChatOptions.offline().withModel(model.path()).withWorkers(1, 1).withHeartbeat(Duration.ofMillis(50)));
        logged.start();
        root().addAppender(logged);
    }

    @AfterAll
    void stop() {
        root().detachAppender(logged);
        for (int i = 0; i < 10; i++) model.answer();   // nothing stays held while the server stops
        desk.close();
    }

    @BeforeEach
    void freshMinute() {
        desk.chatTime.sleep(Duration.ofMinutes(1));
        logged.list.clear();
    }

    @AfterEach
    void noStreamLeftOpen() {
        awaitMetric("factline_chat_streams_open", 0);
    }

    @Test
    void should_send_each_status_as_it_happens_while_the_answer_does_not_exist_yet() throws Exception {
        int calls = model.called();
        try (EventStreams.Open stream = EventStreams.open(desk, Caller.ANONYMOUS, Map.of("question", QUESTION))) {
            List<Event> beforeTheModelAnswers = new ArrayList<>();
            while (beforeTheModelAnswers.size() < 3) beforeTheModelAnswers.add(stream.next().orElseThrow());
            model.awaitCalls(calls + 1);

            model.answer();
            List<Event> after = stream.rest();

            assertThat(beforeTheModelAnswers).extracting(e -> e.name() + " " + e.json().get("step").asText())
                    .containsExactly("status reading", "status computing", "status drafting");
            assertThat(after).extracting(Event::name).containsExactly("status", "answer");
            assertThat(after.get(0).json().get("step").asText()).isEqualTo("validating");
            assertThat(after.get(1).json().get("text").asText()).isEqualTo("SPY rose 1.05% [F1] on the day.");
            assertThat(after.get(1).json().get("writer").asText()).isEqualTo("llm:gpt-4o-mini");
        }
    }

    @Test
    void should_stop_remember_nothing_and_log_no_error_when_the_client_goes_away_mid_stream() throws Exception {
        double goneBefore = metric("factline_chat_streams_total\\{outcome=\"client_gone\"[^}]*}");
        int calledBefore = model.called();
        String conversation = "gone-" + System.nanoTime();
        String firstStatus;
        try (Socket socket = new Socket("127.0.0.1", desk.app.port())) {
            socket.setSoTimeout(30_000);
            String json = "{\"question\": \"" + QUESTION + "\", \"conversationId\": \"" + conversation + "\"}";
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            firstStatus = readUntil(socket.getInputStream(), "event: status\ndata: ", "}\n\n");
            model.awaitCalls(calledBefore + 1);   // the chat is waiting on the model when the client leaves
            socket.setSoLinger(true, 0);   // closing resets the connection at once
        }

        awaitMetric("factline_chat_streams_total\\{outcome=\"client_gone\"[^}]*}", goneBefore + 1);
        model.answer();   // the chat goes on to its next event, finds the client gone and stops
        awaitMetric("factline_chat_streams_open", 0);

        assertThat(firstStatus).startsWith("HTTP/1.1 200").contains("\"step\":\"reading\"");
        assertThat(desk.chatMemory.history(conversation)).isEmpty();
        assertThat(model.called() - calledBefore).as("no repair or second try after the client left").isEqualTo(1);
        assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR)).isEmpty();
        assertThat(desk.get(Caller.ANONYMOUS, "/metrics").body()).doesNotContainPattern("route=\"/api/ask\"[^}]*status=\"500\"");
        assertThat(desk.get(Caller.ANONYMOUS, "/health").status()).isEqualTo(200);
        model.answer();
        List<Event> next = EventStreams.ask(desk, Caller.ANONYMOUS, Map.of("question", QUESTION, "conversationId", conversation));
        assertThat(next).extracting(Event::name).endsWith("answer");
        assertThat(desk.chatMemory.history(conversation)).hasSize(1);
    }

    @Test
    void should_answer_503_with_retry_after_when_the_worker_and_the_queue_are_taken() throws Exception {
        int calls = model.called();
        try (EventStreams.Open first = EventStreams.open(desk, Caller.ANONYMOUS, Map.of("question", QUESTION))) {
            first.next().orElseThrow();
            model.awaitCalls(calls + 1);
            try (EventStreams.Open queued = EventStreams.open(desk, Caller.ANONYMOUS, Map.of("question", QUESTION))) {

                Reply busy = desk.postJson(Caller.ANONYMOUS, "/api/ask", Map.of("question", "Which sector led on March 23?"));

                assertThat(busy.status()).isEqualTo(503);
                assertThat(busy.header("Retry-After")).contains("5");
                assertThat(busy.json().get("error").asText()).isEqualTo("busy");
                assertThat(queued.response.statusCode()).isEqualTo(200);
                model.answer();
                assertThat(first.rest()).extracting(Event::name).endsWith("answer");
                model.awaitCalls(calls + 2);
                model.answer();
                assertThat(queued.rest()).extracting(Event::name).containsExactly("status", "status", "status", "status", "answer");
                assertThat(queued.raw).as("the queued stream was kept alive while it waited").contains(": keep-alive");
            }
        }
    }

    /** Reads the raw response until {@code start} has been seen and then {@code end}; returns what was read. */
    private static String readUntil(InputStream in, String start, String end) throws IOException {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            seen.write(b);
            String text = seen.toString(StandardCharsets.UTF_8);
            int at = text.indexOf(start);
            if (at >= 0 && text.indexOf(end, at) >= 0) return text;
        }
        throw new AssertionError("the stream ended before " + start + ": " + seen.toString(StandardCharsets.UTF_8));
    }

    private double metric(String series) {
        Matcher m = Pattern.compile("(?m)^" + series + " (\\S+)$").matcher(desk.get(Caller.ANONYMOUS, "/metrics").body());
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private void awaitMetric(String series, double expected) {
        until(series + " = " + expected, () -> metric(series) == expected);
    }

    private static void until(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(15);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("not within 15 s: " + what);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
