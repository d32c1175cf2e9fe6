package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.drafts.AuditEvent;
import io.factline.drafts.DraftState;
import io.factline.drafts.Samples;
import io.factline.web.TestDesk.Caller;
import io.factline.web.TestDesk.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route × anonymous, editor and admin (signed in with sessions and CSRF tokens). Anonymous
 * callers get 401 from the API and are sent to the sign-in page by the pages; editors get 403 from
 * admin routes; each allowed call succeeds with the route's own status.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTest {

    enum Who { ANONYMOUS, EDITOR, ADMIN }

    /** A route, who may call it, what success looks like, and how to call it on fresh preconditions. */
    record Route(String method, String path, Access access, int success, BiFunction<TestDesk, Caller, Reply> call) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    TestDesk desk;
    final List<Route> routes = new ArrayList<>();

    @BeforeAll
    void start() {
        desk = TestDesk.start();
        String text = Samples.commentary().narrative();
        add("GET", "/", Access.PUBLIC, 200, (d, c) -> d.get(c, "/"));
        add("GET", "/published/{id}", Access.PUBLIC, 200, (d, c) -> d.get(c, "/published/" + published()));
        add("GET", "/commentary/{date}", Access.PUBLIC, 200, (d, c) -> {
            published();
            return d.get(c, "/commentary/2026-03-23");
        });
        add("GET", "/api/published", Access.PUBLIC, 200, (d, c) -> d.get(c, "/api/published"));
        add("GET", "/health", Access.PUBLIC, 200, (d, c) -> d.get(c, "/health"));
        add("GET", "/metrics", Access.PUBLIC, 200, (d, c) -> d.get(c, "/metrics"));
        add("GET", "/openapi", Access.PUBLIC, 200, (d, c) -> d.get(c, "/openapi"));
        add("GET", "/docs", Access.PUBLIC, 200, (d, c) -> d.get(c, "/docs"));
        add("GET", "/login", Access.PUBLIC, 200, (d, c) -> d.get(c, "/login"));
        add("POST", "/api/ask", Access.PUBLIC, 200, (d, c) -> d.postJson(c, "/api/ask", Map.of("question", "How did SPY do on March 23?")));
        add("POST", "/login", Access.SIGN_IN, 403, (d, c) -> d.postForm(c, "/login", Map.of("username", "erin", "password", "x")));
        // signs out a session of its own, so the shared sessions stay signed in
        add("POST", "/logout", Access.PUBLIC, 303, (d, c) -> d.postForm(c.cookie() == null ? c : d.signIn(c.name()), "/logout", Map.of()));
        add("POST", "/api/commentary", Access.EDITOR, 201,
                (d, c) -> d.postJson(c, "/api/commentary", Map.of("date", "2026-03-23", "drafter", "template")));
        add("GET", "/api/drafts", Access.EDITOR, 200, (d, c) -> d.get(c, "/api/drafts"));
        add("GET", "/api/drafts/{id}", Access.EDITOR, 200, (d, c) -> d.get(c, "/api/drafts/" + d.draft()));
        add("POST", "/api/drafts/{id}/versions", Access.EDITOR, 201,
                (d, c) -> d.postJson(c, "/api/drafts/" + d.draft() + "/versions", Map.of("baseVersion", 1, "text", text)));
        add("POST", "/api/drafts/{id}/transitions", Access.EDITOR, 200,
                (d, c) -> d.postJson(c, "/api/drafts/" + d.draft() + "/transitions", Map.of("action", "submit")));
        add("POST", "/api/drafts/{id}/facts", Access.EDITOR, 201,
                (d, c) -> d.postJson(c, "/api/drafts/" + d.draft() + "/facts", DeskPromiseApiTest.TREASURY_YIELD));
        add("GET", "/api/drafts/{id}/diff", Access.EDITOR, 200, (d, c) -> d.get(c, "/api/drafts/" + d.draft() + "/diff?from=1&to=1"));
        add("POST", "/api/drafts/{id}/restore", Access.EDITOR, 201,
                (d, c) -> d.postJson(c, "/api/drafts/" + d.draft() + "/restore", Map.of("version", 1, "baseVersion", 1)));
        add("POST", "/api/validate", Access.EDITOR, 200,
                (d, c) -> d.postJson(c, "/api/validate", Map.of("date", "2026-03-23", "text", "SPY rose 1.05% [F14].")));
        add("GET", "/api/facts", Access.EDITOR, 200, (d, c) -> d.get(c, "/api/facts?date=2026-03-23&symbol=SPY"));
        add("GET", "/api/chart", Access.EDITOR, 200, (d, c) -> d.get(c, "/api/chart?date=2026-03-23&symbols=SPY"));
        add("GET", "/drafts", Access.EDITOR, 200, (d, c) -> d.get(c, "/drafts"));
        add("POST", "/drafts", Access.EDITOR, 303,
                (d, c) -> d.postForm(c, "/drafts", Map.of("date", "2026-03-23", "drafter", "template")));
        add("GET", "/drafts/{id}", Access.EDITOR, 200, (d, c) -> d.get(c, "/drafts/" + d.draft()));
        add("POST", "/drafts/{id}/versions", Access.EDITOR, 303,
                (d, c) -> d.postForm(c, "/drafts/" + d.draft() + "/versions", Map.of("baseVersion", "1", "text", text)));
        add("POST", "/drafts/{id}/transitions", Access.EDITOR, 303,
                (d, c) -> d.postForm(c, "/drafts/" + d.draft() + "/transitions", Map.of("action", "submit", "version", "1")));
        add("POST", "/drafts/{id}/facts", Access.EDITOR, 303, (d, c) -> d.postForm(c, "/drafts/" + d.draft() + "/facts",
                Map.of("subject", "^TNX", "label", "10-year Treasury yield", "value", "4.25", "unit", "percent", "asOf", "2026-03-23",
                        "sourceTitle", "U.S. Treasury daily par yield curve", "sourceUrl", "https://home.treasury.gov/")));
        add("POST", "/drafts/{id}/restore", Access.EDITOR, 303,
                (d, c) -> d.postForm(c, "/drafts/" + d.draft() + "/restore", Map.of("version", "1", "baseVersion", "1")));
        add("GET", "/account/tokens", Access.EDITOR, 200, (d, c) -> d.get(c, "/account/tokens"));
        add("POST", "/account/tokens", Access.EDITOR, 303, (d, c) -> d.postForm(c, "/account/tokens", Map.of("name", "matrix")));
        add("POST", "/account/tokens/{id}/revoke", Access.EDITOR, 303, (d, c) -> d.postForm(c, "/account/tokens/"
                + new io.factline.auth.ApiTokens(d.db.jdbi(), new io.factline.auth.Secrets())
                .issue(c.cookie() == null ? "erin" : c.name(), "to revoke", TestDesk.NOW).id() + "/revoke", Map.of()));
        add("GET", "/admin/users", Access.ADMIN, 200, (d, c) -> d.get(c, "/admin/users"));
        add("POST", "/admin/users", Access.ADMIN, 303, (d, c) -> d.postForm(c, "/admin/users",
                Map.of("username", "u" + UUID.randomUUID().toString().substring(0, 8), "password", TestDesk.PASSWORD, "role", "editor")));
        add("POST", "/admin/users/{username}", Access.ADMIN, 303, (d, c) -> d.postForm(c, "/admin/users/erin",
                Map.of("role", "editor", "enabled", "on")));
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    @Test
    void should_cover_every_route_the_app_answers_with_the_access_each_declares() {
        List<String> declared = desk.app.endpoints().stream().map(e -> e.method() + " " + e.path() + " " + e.access()).sorted().toList();
        List<String> covered = routes.stream().map(r -> r.method() + " " + r.path() + " " + r.access()).sorted().toList();

        assertThat(declared).containsExactlyElementsOf(covered);
    }

    Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Route r : routes) {
            for (Who w : Who.values()) out.add(Arguments.of(r, w));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("cases")
    void should_allow_exactly_the_callers_the_route_declares_when_called(Route route, Who who) {
        Caller caller = who == Who.ANONYMOUS ? Caller.ANONYMOUS : who == Who.EDITOR ? desk.editor : desk.admin;

        Reply reply = route.call().apply(desk, caller);

        int expected = expected(route, who);
        assertThat(reply.status()).as("%s by %s: %s", route, who, reply.body()).isEqualTo(expected);
        if (expected == 303 && who == Who.ANONYMOUS && route.access() != Access.PUBLIC) {
            assertThat(reply.header("Location").orElseThrow()).startsWith("/login?next=");
        }
        if (expected == 401 || expected == 403) {
            assertThat(reply.status() == 403 && route.access() == Access.SIGN_IN || reply.body().contains(expected == 401 ? "sign in" : "only"))
                    .as(reply.body()).isTrue();
        }
    }

    private static int expected(Route route, Who who) {
        if (route.access() == Access.PUBLIC || route.access() == Access.SIGN_IN) {
            if (route.path().equals("/login") && route.method().equals("GET") && who != Who.ANONYMOUS) return 303;
            return route.success();
        }
        if (who == Who.ANONYMOUS) {
            boolean api = route.path().startsWith("/api/");
            return !api && route.method().equals("GET") ? 303 : 401;
        }
        if (route.access() == Access.ADMIN && who == Who.EDITOR) return 403;
        return route.success();
    }

    private void add(String method, String path, Access access, int success, BiFunction<TestDesk, Caller, Reply> call) {
        routes.add(new Route(method, path, access, success, call));
    }

    private long published() {
        long id = desk.draft();
        DraftState[] path = {DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED, DraftState.PUBLISHED};
        for (int i = 1; i < path.length; i++) {
            desk.store.transition(id, path[i - 1], new AuditEvent(TestDesk.NOW, "erin", "step", path[i - 1], path[i], 1, null, null));
        }
        return id;
    }
}
