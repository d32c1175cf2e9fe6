package io.factline.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factline.store.Database;
import io.factline.users.Accounts;
import io.factline.users.Passwords;
import io.factline.users.Role;
import io.factline.users.UserProblem;
import io.factline.users.UserStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users, sessions and API tokens in the store, run against each database the store supports. */
abstract class AccountsContract {

    static final Instant NOW = Instant.parse("2026-03-24T09:00:00Z");
    static final String PASSWORD = "correct horse battery";

    Database db;
    UserStore users;
    Accounts accounts;
    Sessions sessions;
    ApiTokens tokens;
    Login login;

    abstract Database open();

    @BeforeEach
    void setUp() {
        db = open();
        users = new UserStore(db.jdbi());
        Passwords passwords = new Passwords(4);
        accounts = new Accounts(users, passwords, Clock.fixed(NOW, ZoneOffset.UTC));
        sessions = new Sessions(db.jdbi(), new Secrets(), Duration.ofHours(12));
        tokens = new ApiTokens(db.jdbi(), new Secrets());
        login = new Login(users, passwords, sessions);
    }

    @AfterEach
    void tearDown() {
        if (db != null) db.close();
    }

    @Test
    void should_store_a_bcrypt_hash_and_never_the_password_when_a_user_is_created() {
        accounts.create("erin", PASSWORD, "editor");

        UserStore.Credentials c = users.credentials("erin").orElseThrow();
        assertThat(c.passwordHash()).startsWith("$2a$04$").doesNotContain(PASSWORD);
        assertThat(c.user().role()).isEqualTo(Role.EDITOR);
        assertThat(c.user().enabled()).isTrue();
    }

    @Test
    void should_refuse_a_taken_name_a_short_password_and_an_unknown_role_naming_the_field() {
        accounts.create("erin", PASSWORD, "editor");

        assertThatThrownBy(() -> accounts.create("erin", PASSWORD, "editor")).isInstanceOf(UserProblem.Taken.class);
        assertThatThrownBy(() -> accounts.create("sam", "short", "editor"))
                .isInstanceOfSatisfying(UserProblem.Invalid.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> accounts.create("sam", PASSWORD, "owner"))
                .isInstanceOfSatisfying(UserProblem.Invalid.class, e -> assertThat(e.field()).isEqualTo("role"));
        assertThatThrownBy(() -> accounts.create("Bad Name", PASSWORD, "editor"))
                .isInstanceOfSatisfying(UserProblem.Invalid.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void should_open_a_session_only_for_the_right_password_and_find_it_by_its_cookie() {
        accounts.create("erin", PASSWORD, "editor");

        var wrong = login.signIn("erin", "not the password", NOW);
        var unknown = login.signIn("nobody", PASSWORD, NOW);
        var opened = login.signIn("erin", PASSWORD, NOW).orElseThrow();

        assertThat(wrong).isEmpty();
        assertThat(unknown).isEmpty();
        Principal p = sessions.find(opened.cookieValue(), NOW.plusSeconds(60)).orElseThrow();
        assertThat(p.username()).isEqualTo("erin");
        assertThat(p.via()).isEqualTo(Principal.Via.SESSION);
        assertThat(p.csrf()).isEqualTo(opened.csrf());
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT id_hash FROM sessions").mapTo(String.class).one());
        assertThat(stored).isEqualTo(Secrets.sha256(opened.cookieValue())).isNotEqualTo(opened.cookieValue());
    }

    @Test
    void should_end_a_session_when_it_expires_when_it_is_closed_or_when_its_user_is_disabled() {
        accounts.create("erin", PASSWORD, "editor");
        accounts.create("ada", PASSWORD, "admin");
        var a = login.signIn("erin", PASSWORD, NOW).orElseThrow();
        var b = login.signIn("erin", PASSWORD, NOW).orElseThrow();

        assertThat(sessions.find(a.cookieValue(), NOW.plus(Duration.ofHours(12)).plusSeconds(1))).isEmpty();
        sessions.close(a.cookieValue());
        assertThat(sessions.find(a.cookieValue(), NOW)).isEmpty();
        assertThat(sessions.find(b.cookieValue(), NOW)).isPresent();
        accounts.update("ada", "erin", "editor", false);
        assertThat(sessions.find(b.cookieValue(), NOW)).isEmpty();
        assertThat(login.signIn("erin", PASSWORD, NOW)).isEmpty();
    }

    @Test
    void should_authenticate_a_token_by_its_hash_until_it_is_revoked() {
        accounts.create("erin", PASSWORD, "editor");
        ApiTokens.Issued issued = tokens.issue("erin", "ci", NOW);

        Principal p = tokens.authenticate(issued.token()).orElseThrow();

        assertThat(p.username()).isEqualTo("erin");
        assertThat(p.via()).isEqualTo(Principal.Via.TOKEN);
        assertThat(p.csrf()).isNull();
        String stored = db.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM api_tokens").mapTo(String.class).one());
        assertThat(stored).isEqualTo(Secrets.sha256(issued.token()));
        assertThat(tokens.authenticate(issued.token() + "x")).isEmpty();
        assertThat(tokens.revoke("someone-else", issued.id(), NOW)).isFalse();
        assertThat(tokens.revoke("erin", issued.id(), NOW)).isTrue();
        assertThat(tokens.authenticate(issued.token())).isEmpty();
        assertThat(tokens.list("erin")).singleElement().satisfies(t -> assertThat(t.active()).isFalse());
    }

    @Test
    void should_not_let_an_admin_disable_or_demote_themself() {
        accounts.create("ada", PASSWORD, "admin");

        assertThatThrownBy(() -> accounts.update("ada", "ada", "editor", true)).isInstanceOf(UserProblem.Invalid.class);
        assertThatThrownBy(() -> accounts.update("ada", "ada", "admin", false)).isInstanceOf(UserProblem.Invalid.class);
        assertThat(users.find("ada").orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void should_create_the_configured_admin_and_restore_its_password_and_role_on_every_start() {
        accounts.bootstrapAdmin("root", PASSWORD, "FACTLINE_ADMIN_USER", "FACTLINE_ADMIN_PASSWORD");
        accounts.create("ada", PASSWORD, "admin");
        accounts.update("ada", "root", "editor", false);
        accounts.setPassword("root", "someone changed it");

        accounts.bootstrapAdmin("root", PASSWORD, "FACTLINE_ADMIN_USER", "FACTLINE_ADMIN_PASSWORD");

        assertThat(users.find("root").orElseThrow()).satisfies(u -> {
            assertThat(u.role()).isEqualTo(Role.ADMIN);
            assertThat(u.enabled()).isTrue();
        });
        assertThat(login.signIn("root", PASSWORD, NOW)).isPresent();
        assertThatThrownBy(() -> accounts.bootstrapAdmin("root", "short", "FACTLINE_ADMIN_USER", "FACTLINE_ADMIN_PASSWORD"))
                .isInstanceOfSatisfying(UserProblem.Invalid.class, e -> assertThat(e.field()).isEqualTo("FACTLINE_ADMIN_PASSWORD"));
    }
}
