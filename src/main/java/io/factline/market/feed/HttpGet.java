package io.factline.market.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one way providers call the network: a GET with a per-request timeout whose body is read whole
 * as UTF-8. A call that gets no complete answer (refused, reset, timed out, interrupted) becomes a
 * {@link ProviderError.Kind#NETWORK} error; any answer, whatever its status, is returned for the
 * provider to judge.
 */
public final class HttpGet {

    private final Supplier<HttpClient> client;
    private final Duration timeout;

    /** @param timeout how long one request may wait for its answer ({@link HttpRequest.Builder#timeout}) */
    public HttpGet(HttpClient client, Duration timeout) {
        this.client = () -> client;
        this.timeout = timeout;
    }

    /**
     * With a client built on the first call (a client starts a thread; commands that never fetch should
     * not pay for one): HTTP/1.1 (one request per call, nothing to multiplex), no redirects followed.
     */
    public HttpGet(Duration connectTimeout, Duration timeout) {
        this.client = new Supplier<>() {
            private HttpClient built;

            @Override
            public synchronized HttpClient get() {
                if (built == null) {
                    built = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connectTimeout)
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                return built;
            }
        };
        this.timeout = timeout;
    }

    Response get(URI uri, Map<String, String> headers, ProviderErrors errors, String symbol) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(timeout);
        headers.forEach(request::header);
        try {
            HttpResponse<String> r = client.get().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Retry-After").orElse(null), r.body());
        } catch (IOException e) {
            throw errors.network(symbol, e, uri);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw errors.of(ProviderError.Kind.NETWORK, symbol, "interrupted while waiting for the answer");
        }
    }

    /** An HTTP answer: status, the raw {@code Retry-After} header (null when absent) and the body. */
    record Response(int status, String retryAfter, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }
}
