package io.factline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.factline.web.TestDesk.Caller;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthTest {

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
    void should_set_a_secure_httponly_samesite_session_cookie_and_go_to_next_when_signing_in() {
        TestDesk.Reply form = desk.get(Caller.ANONYMOUS, "/login?next=/drafts/7");
        String loginCookie = TestDesk.cookie(form, Cookies.LOGIN);

        TestDesk.Reply reply = signIn(loginCookie, TestDesk.field(form.body(), "_csrf"), "erin", TestDesk.PASSWORD, "/drafts/7");

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("Location")).contains("/drafts/7");
        assertThat(reply.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith(Cookies.SESSION + "=").contains("; HttpOnly", "; Secure", "; SameSite=Strict", "; Path=/"));
        assertThat(form.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith(Cookies.LOGIN + "=").contains("; HttpOnly", "; Secure", "; SameSite=Strict"));
    }

    @Test
    void should_refuse_a_wrong_password_an_unknown_user_and_a_form_without_its_login_token() {
        TestDesk.Reply form = desk.get(Caller.ANONYMOUS, "/login");
        String loginCookie = TestDesk.cookie(form, Cookies.LOGIN);
        String token = TestDesk.field(form.body(), "_csrf");

        TestDesk.Reply wrong = signIn(loginCookie, token, "erin", "not the password!", null);
        TestDesk.Reply unknown = signIn(loginCookie, token, "mallory", TestDesk.PASSWORD, null);
        TestDesk.Reply forged = signIn(null, token, "erin", TestDesk.PASSWORD, null);
        TestDesk.Reply mismatched = signIn(loginCookie, "something-else", "erin", TestDesk.PASSWORD, null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).contains("Wrong user name or password.");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).contains("Wrong user name or password.");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(mismatched.status()).isEqualTo(403);
        assertThat(wrong.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Cookies.SESSION + "=") && !c.contains("Max-Age=0"));
    }

    @Test
    void should_answer_429_without_checking_the_password_after_five_failed_sign_ins() {
        // given a real user, and five wrong passwords for that name from this address
        desk.postForm(desk.admin, "/admin/users", Map.of("username", "guessed", "password", TestDesk.PASSWORD, "role", "editor"));
        TestDesk.Reply form = desk.get(Caller.ANONYMOUS, "/login");
        String loginCookie = TestDesk.cookie(form, Cookies.LOGIN);
        String token = TestDesk.field(form.body(), "_csrf");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(loginCookie, token, "guessed", "guess number " + i, null).status()).isEqualTo(401);
        }

        // when the sixth try comes, with the right password
        TestDesk.Reply throttled = signIn(loginCookie, token, "guessed", TestDesk.PASSWORD, null);

        // then it is refused with a time to wait, and no session is opened
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isBetween(1L, 900L));
        assertThat(throttled.body()).contains("Too many failed sign-ins; try again in 15 minutes.");
        assertThat(throttled.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(Cookies.SESSION + "=") && !c.contains("Max-Age=0"));
    }

    @Test
    void should_never_redirect_off_site_after_signing_in() {
        assertThat(LoginPages.safeNext("https://evil.example/")).isEqualTo("/drafts");
        assertThat(LoginPages.safeNext("//evil.example/")).isEqualTo("/drafts");
        assertThat(LoginPages.safeNext("/\\evil.example")).isEqualTo("/drafts");
        assertThat(LoginPages.safeNext(null)).isEqualTo("/drafts");
        assertThat(LoginPages.safeNext("/drafts/3?version=2")).isEqualTo("/drafts/3?version=2");
    }

    @Test
    void should_end_the_session_in_the_database_when_signing_out() {
        Caller sam = desk.signIn("erin");
        assertThat(desk.get(sam, "/api/drafts").status()).isEqualTo(200);

        TestDesk.Reply out = desk.postForm(sam, "/logout", Map.of());

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith(Cookies.SESSION + "=;").contains("Max-Age=0"));
        assertThat(desk.get(sam, "/api/drafts").status()).isEqualTo(401);
    }

    @Test
    void should_refuse_state_changing_requests_made_with_a_session_but_without_its_csrf_token() {
        long id = desk.draft();

        TestDesk.Reply jsonNoToken = desk.postJson(desk.editor.withoutCsrf(), "/api/drafts/" + id + "/transitions", Map.of("action", "submit"));
        TestDesk.Reply formNoToken = desk.postForm(desk.editor.withoutCsrf(), "/drafts/" + id + "/transitions", Map.of("action", "submit"));
        TestDesk.Reply wrongToken = desk.postForm(desk.editor.withoutCsrf(), "/drafts/" + id + "/transitions",
                Map.of("action", "submit", Gate.CSRF_FIELD, desk.admin.csrf()));
        TestDesk.Reply otherSessionsToken = desk.postJson(new Caller("erin", desk.editor.cookie(), desk.admin.csrf(), null),
                "/api/drafts/" + id + "/transitions", Map.of("action", "submit"));

        assertThat(jsonNoToken.status()).isEqualTo(403);
        assertThat(jsonNoToken.json().get("message").asText()).contains("CSRF");
        assertThat(formNoToken.status()).isEqualTo(403);
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(otherSessionsToken.status()).isEqualTo(403);
        assertThat(desk.store.find(id).orElseThrow().state().wire()).isEqualTo("draft");
        assertThat(desk.postJson(desk.editor, "/api/drafts/" + id + "/transitions", Map.of("action", "submit")).status()).isEqualTo(200);
    }

    @Test
    void should_accept_api_tokens_without_csrf_and_answer_401_to_unknown_tokens_even_on_public_routes() {
        TestDesk.Reply bad = desk.get(new Caller("forger", null, null, "flt_not-a-real-token"), "/health");
        TestDesk.Reply basic = desk.send(HttpRequest.newBuilder(URI.create(desk.base + "/api/drafts")).header("Authorization", "Basic ZXJpbjp4"));

        assertThat(desk.postJson(desk.editorToken, "/api/validate", Map.of("date", "2026-03-23", "text", "SPY rose 1.05% [F14].")).status())
                .isEqualTo(200);
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.header("WWW-Authenticate")).contains("Bearer realm=\"factline\"");
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void should_stop_a_disabled_users_sessions_and_tokens_at_once() {
        desk.postForm(desk.admin, "/admin/users", Map.of("username", "temp", "password", TestDesk.PASSWORD, "role", "editor"));
        Caller session = desk.signIn("temp");
        Caller token = new Caller("temp's token", null, null,
                new io.factline.auth.ApiTokens(desk.db.jdbi(), new io.factline.auth.Secrets()).issue("temp", "t", TestDesk.NOW).token());
        assertThat(desk.get(token, "/api/drafts").status()).isEqualTo(200);

        TestDesk.Reply disabled = desk.postForm(desk.admin, "/admin/users/temp", Map.of("role", "editor"));

        assertThat(disabled.status()).isEqualTo(303);
        assertThat(desk.get(session, "/api/drafts").status()).isEqualTo(401);
        assertThat(desk.get(token, "/api/drafts").status()).isEqualTo(401);
    }

    private TestDesk.Reply signIn(String loginCookie, String token, String user, String password, String next) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("_csrf", token, "username", user, "password", password));
        if (next != null) fields.put("next", next);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(desk.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(TestDesk.form(fields)));
        if (loginCookie != null) b.header("Cookie", Cookies.LOGIN + "=" + loginCookie);
        return desk.send(b);
    }
}
