package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.web.TestDesk.Caller;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 7: clients that send a body and then stall. Each holds a server thread while its body is
 * read; past {@link Bodies#MAX_BODY_READERS} of them the next is refused at once with a 503, and /health
 * still answers. (Bodies' minimum data rate and Jetty's idle timeout end the stalled ones with a 408; not waited for here.)
 */
class SlowClientsTest {

    static final int REFUSED = 8;

    @Test
    void should_refuse_body_readers_past_the_bound_at_once_and_keep_answering_health() throws Exception {
        int clients = Bodies.MAX_BODY_READERS + REFUSED;
        List<Socket> sockets = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(clients);
        try (TestDesk desk = TestDesk.start()) {
            CompletionService<String> answers = new ExecutorCompletionService<>(readers);
            for (int i = 0; i < clients; i++) {
                Socket s = new Socket("localhost", desk.app.port());
                s.setSoTimeout(60_000);   // a bound on a broken test, not a timing: the refused answer at once
                sockets.add(s);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"question\": \"wh").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                answers.submit(() -> statusLine(s));
            }

            List<String> first = new ArrayList<>();
            for (int i = 0; i < REFUSED; i++) {
                Future<String> next = answers.poll(60, TimeUnit.SECONDS);
                assertThat(next).as("answer %d of the %d expected refusals", i + 1, REFUSED).isNotNull();
                first.add(next.get());
            }
            TestDesk.Reply health = desk.get(Caller.ANONYMOUS, "/health");

            assertThat(first).allSatisfy(line -> assertThat(line).startsWith("HTTP/1.1 503"));
            assertThat(health.status()).isEqualTo(200);
        } finally {
            for (Socket s : sockets) s.close();
            readers.shutdownNow();
        }
    }

    private static String statusLine(Socket s) throws IOException {
        String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        return line == null ? "(closed)" : line;
    }
}
