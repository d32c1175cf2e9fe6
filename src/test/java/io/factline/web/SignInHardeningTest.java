package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.web.TestDesk.Caller;
import io.factline.web.TestDesk.Reply;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 14, sign-in and sessions: the throttle under parallel guesses and many addresses, open
 * redirects after sign-in, sessions and tokens after a reset or a disable, weak passwords, and a bad
 * bearer token on a page. The desk's clock stands still, so a budget used up here stays used up.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInHardeningTest {

    /** Failed sign-ins a name may have from one address in 15 minutes (SignInThrottle). */
    static final int PER_NAME_AND_ADDRESS = 5;
    /** Failed sign-ins a name may have over all addresses before it is slowed (SignInThrottle). */
    static final int PER_NAME = 10;

    TestDesk desk;

    @BeforeAll
    void start() {
        desk = TestDesk.start();
    }

    @AfterAll
    void stop() {
        desk.close();
    }

    @Test
    void should_check_at_most_the_budget_of_fifty_parallel_guesses_from_one_address() throws Exception {
        // given two real users and a guesser with a valid sign-in form
        createUser("parallel-a");
        createUser("parallel-b");
        LoginForm form = loginForm();

        // when fifty wrong guesses arrive at once for one name, and fifty for another with the right password last
        List<Reply> wrong = parallel(50, i -> form.post(null, "parallel-a", "wrong guess " + i));
        List<Reply> mixed = parallel(50, i -> form.post(null, "parallel-b", i == 49 ? TestDesk.PASSWORD : "wrong guess " + i));

        // then no more than the budget was checked, the rest waited, and the right password now waits too
        assertThat(checked(wrong)).isLessThanOrEqualTo(PER_NAME_AND_ADDRESS);
        assertThat(wrong).filteredOn(r -> r.status() == 429).hasSizeGreaterThanOrEqualTo(50 - PER_NAME_AND_ADDRESS);
        // a right password checked within the budget signs in and is no failure; no more wrong ones are checked
        assertThat(mixed).filteredOn(r -> r.status() == 401).hasSizeLessThanOrEqualTo(PER_NAME_AND_ADDRESS);
        assertThat(mixed).filteredOn(r -> r.status() == 303).hasSizeLessThanOrEqualTo(1);
        assertThat(mixed).filteredOn(r -> r.status() == 429).hasSizeGreaterThanOrEqualTo(50 - PER_NAME_AND_ADDRESS - 1);
        Reply late = form.post(null, "parallel-a", TestDesk.PASSWORD);
        assertThat(late.status()).isEqualTo(429);
        assertThat(late.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Cookies.SESSION + "=") && !c.contains("Max-Age=0"));
    }

    @Test
    void should_slow_guesses_on_one_name_from_many_addresses_but_let_a_known_browser_in() {
        // given the real user signed in once from their browser, which keeps the device cookie it got
        createUser("spread");
        LoginForm form = loginForm();
        Reply first = LoopbackClient.postForm("127.0.0.9", desk.base, "/login", form.cookies(null), form.fields("spread", TestDesk.PASSWORD));
        assertThat(first.status()).isEqualTo(303);
        String device = TestDesk.cookie(first, Cookies.DEVICE);

        // when guessers on five addresses spend the name's budget, two guesses each (under each address's own limit)
        for (int a = 0; a < PER_NAME / 2; a++) {
            for (int i = 0; i < 2; i++) {
                Reply r = LoopbackClient.postForm("127.0.0." + (10 + a), desk.base, "/login", form.cookies(null),
                        form.fields("spread", "guess " + a + "." + i));
                assertThat(r.status()).isEqualTo(401);
            }
        }

        // then a fresh address is slowed, even with the right password, and the user's own browser still signs in
        Reply fresh = LoopbackClient.postForm("127.0.0.20", desk.base, "/login", form.cookies(null), form.fields("spread", "guess x"));
        Reply rightButUnknownBrowser = LoopbackClient.postForm("127.0.0.21", desk.base, "/login", form.cookies(null),
                form.fields("spread", TestDesk.PASSWORD));
        Reply knownBrowser = LoopbackClient.postForm("127.0.0.22", desk.base, "/login", form.cookies(device),
                form.fields("spread", TestDesk.PASSWORD));
        assertThat(fresh.status()).isEqualTo(429);
        assertThat(fresh.header("Retry-After")).isPresent();
        assertThat(rightButUnknownBrowser.status()).isEqualTo(429);
        assertThat(knownBrowser.status()).isEqualTo(303);
    }

    @Test
    void should_send_a_signed_in_user_only_to_a_path_on_this_site() {
        List<String> hostile = List.of("/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example/",
                "%2F%2Fevil.example", "/%2F/evil.example", "/%2509/evil.example", "%09//evil.example", "/%0D%0ALocation:%20x",
                "/%5C%5Cevil.example", "javascript:alert(1)", "/%E2%80%A8/evil.example", "%20//evil.example");

        for (String next : hostile) {
            Reply r = desk.get(desk.editor, "/login?next=" + next);
            assertThat(r.status()).as(next).isEqualTo(303);
            assertThat(r.header("Location")).as(next).contains("/drafts");
        }
        assertThat(desk.get(desk.editor, "/login?next=/drafts/3%3Fversion%3D2").header("Location")).contains("/drafts/3?version=2");
    }

    @Test
    void should_end_sessions_and_tokens_when_a_password_is_reset() {
        createUser("reset-me");
        Caller session = desk.signIn("reset-me");
        Caller token = token("reset-me");
        assertThat(desk.get(session, "/api/drafts").status()).isEqualTo(200);

        Reply reset = desk.postForm(desk.admin, "/admin/users/reset-me",
                Map.of("role", "editor", "enabled", "on", "password", "a new long passphrase"));

        assertThat(reset.status()).isEqualTo(303);
        assertThat(desk.get(session, "/api/drafts").status()).isEqualTo(401);
        assertThat(desk.get(token, "/api/drafts").status()).isEqualTo(401);
    }

    @Test
    void should_not_bring_back_sessions_or_tokens_when_a_disabled_user_is_enabled_again() {
        createUser("come-back");
        Caller session = desk.signIn("come-back");
        Caller token = token("come-back");

        desk.postForm(desk.admin, "/admin/users/come-back", Map.of("role", "editor"));
        Reply enabled = desk.postForm(desk.admin, "/admin/users/come-back", Map.of("role", "editor", "enabled", "on"));

        assertThat(enabled.status()).isEqualTo(303);
        assertThat(desk.get(session, "/api/drafts").status()).isEqualTo(401);
        assertThat(desk.get(token, "/api/drafts").status()).isEqualTo(401);
        assertThat(desk.get(desk.signIn("come-back"), "/api/drafts").status()).as("a new sign-in works").isEqualTo(200);
    }

    @Test
    void should_mint_api_tokens_only_for_a_signed_in_session() {
        Reply byToken = desk.postForm(desk.editorToken, "/account/tokens", Map.of("name", "minted by a token"));
        Reply bySession = desk.postForm(desk.editor, "/account/tokens", Map.of("name", "minted by a person"));

        assertThat(byToken.status()).isEqualTo(403);
        assertThat(byToken.body()).contains("sign in");
        assertThat(bySession.status()).isEqualTo(303);   // the new token is shown by the page the redirect leads to
    }

    @Test
    void should_refuse_weak_passwords_saying_why() {
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("aaaaaaaaaaaa", "the same character");
        refused.put("            ", "only spaces");
        refused.put("password1234", "common");
        refused.put("qwertyuiop12", "common");
        refused.put("weakling-weakling", "user name");
        refused.put("my name is weakling", "user name");

        for (var e : refused.entrySet()) {
            Reply r = desk.postForm(desk.admin, "/admin/users", Map.of("username", "weakling", "password", e.getKey(), "role", "editor"));
            assertThat(r.status()).as(e.getKey()).isEqualTo(400);
            assertThat(r.body()).as(e.getKey()).contains(e.getValue());
        }
        assertThat(desk.postForm(desk.admin, "/admin/users", Map.of("username", "weakling", "password", TestDesk.PASSWORD,
                "role", "editor")).status()).isEqualTo(303);
    }

    @Test
    void should_answer_a_bad_bearer_token_on_a_page_with_401_once_not_a_sign_in_loop() {
        Caller forger = new Caller("forger", null, null, "flt_not-a-real-token");
        for (String page : List.of("/drafts", "/login", "/login?next=%2Flogin%3Fnext%3D%252Fdrafts", "/")) {
            Reply r = desk.send(desk.request(forger, page).header("Accept", "text/html").GET());
            assertThat(r.status()).as(page).isEqualTo(401);
            assertThat(r.header("Location")).as(page).isEmpty();
            assertThat(r.header("WWW-Authenticate")).as(page).contains("Bearer realm=\"factline\"");
        }
    }

    // --- helpers

    private void createUser(String name) {
        Reply r = desk.postForm(desk.admin, "/admin/users", Map.of("username", name, "password", TestDesk.PASSWORD, "role", "editor"));
        assertThat(r.status()).as("create " + name).isEqualTo(303);
    }

    private Caller token(String user) {
        return new Caller(user + "'s token", null, null,
                new io.factline.auth.ApiTokens(desk.db.jdbi(), new io.factline.auth.Secrets()).issue(user, "t", TestDesk.NOW).token());
    }

    private static long checked(List<Reply> replies) {
        return replies.stream().filter(r -> r.status() == 401 || r.status() == 303).count();
    }

    private static List<Reply> parallel(int n, java.util.function.IntFunction<Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.apply(index);
                }));
            }
            go.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> f : futures) replies.add(f.get());
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    private LoginForm loginForm() {
        Reply form = desk.get(Caller.ANONYMOUS, "/login");
        return new LoginForm(desk, TestDesk.cookie(form, Cookies.LOGIN), TestDesk.field(form.body(), "_csrf"));
    }

    /** A sign-in form as a browser holds it: the login cookie and the token the form echoes. */
    private record LoginForm(TestDesk desk, String loginCookie, String csrf) {
        String cookies(String device) {
            return Cookies.LOGIN + "=" + loginCookie + (device == null ? "" : "; " + Cookies.DEVICE + "=" + device);
        }

        String fields(String user, String password) {
            return TestDesk.form(Map.of("_csrf", csrf, "username", user, "password", password));
        }

        Reply post(String device, String user, String password) {
            return desk.send(HttpRequest.newBuilder(URI.create(desk.base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies(device))
                    .POST(HttpRequest.BodyPublishers.ofString(fields(user, password))));
        }
    }
}
