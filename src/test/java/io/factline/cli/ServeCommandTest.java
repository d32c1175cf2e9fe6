package io.factline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.factline.time.Sleeper;
import io.factline.testing.Run;
import io.factline.web.ServerSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** serve's configuration errors: one line naming the variable or option, exit code 2, nothing started. */
class ServeCommandTest {

    @Test
    void should_exit_2_naming_the_variable_when_a_server_setting_is_unusable() {
        Run sameSite = serve(Map.of("FACTLINE_COOKIE_SAMESITE", "None"));
        Run halfAdmin = serve(Map.of("FACTLINE_ADMIN_USER", "root"));
        Run hours = serve(Map.of("FACTLINE_SESSION_HOURS", "forever"));

        assertThat(sameSite.exit()).isEqualTo(2);
        assertThat(sameSite.err()).isEqualTo("factline: FACTLINE_COOKIE_SAMESITE: 'None' is neither Strict nor Lax\n");
        assertThat(halfAdmin.exit()).isEqualTo(2);
        assertThat(halfAdmin.err()).startsWith("factline: FACTLINE_ADMIN_PASSWORD: set both");
        assertThat(hours.exit()).isEqualTo(2);
        assertThat(hours.err()).startsWith("factline: FACTLINE_SESSION_HOURS: 'forever' is not a whole number");
        assertThat(sameSite.out() + halfAdmin.out() + hours.out()).isEmpty();
    }

    @Test
    void should_exit_2_when_the_bootstrap_admin_password_is_too_weak() {
        Run weak = serve(Map.of("FACTLINE_ADMIN_USER", "root", "FACTLINE_ADMIN_PASSWORD", "hunter2"));

        assertThat(weak.exit()).isEqualTo(2);
        assertThat(weak.err()).isEqualTo("factline: FACTLINE_ADMIN_PASSWORD: a password needs at least 12 characters\n");
    }

    @Test
    void should_exit_2_for_a_port_out_of_range_or_a_data_directory_that_is_not_one() {
        Run port = serve(Map.of(), "--port", "70000");
        Run data = serve(Map.of(), "--data", "/no/such/dir");

        assertThat(port.exit()).isEqualTo(2);
        assertThat(port.err()).isEqualTo("factline: --port must be from 0 to 65535, got 70000\n");
        assertThat(data.exit()).isEqualTo(2);
        assertThat(data.err()).contains("/no/such/dir").contains("not a data directory");
    }

    @Test
    void should_read_defaults_and_redact_the_admin_password_when_printed() {
        ServerSettings defaults = ServerSettings.fromEnvironment(Map.of());
        ServerSettings admin = ServerSettings.fromEnvironment(Map.of("FACTLINE_ADMIN_USER", "root",
                "FACTLINE_ADMIN_PASSWORD", "a long secret password", "FACTLINE_PORT", "8080", "FACTLINE_COOKIE_SECURE", "false"));

        assertThat(defaults).isEqualTo(new ServerSettings("127.0.0.1", 7070, true, "Strict", Duration.ofHours(12),
                Optional.empty(), Optional.empty()));
        assertThat(admin.port()).isEqualTo(8080);
        assertThat(admin.cookieSecure()).isFalse();
        assertThat(admin.toString()).contains("adminPassword=(set, redacted)").doesNotContain("a long secret password");
        assertThatThrownBy(() -> ServerSettings.fromEnvironment(Map.of("FACTLINE_COOKIE_SECURE", "yes")))
                .hasMessage("FACTLINE_COOKIE_SECURE: 'yes' is neither true nor false");
    }

    /** Runs serve against a private in-memory database, so a failing test never touches ./data. */
    private static Run serve(Map<String, String> env, String... args) {
        Map<String, String> all = new HashMap<>(env);
        all.put("FACTLINE_DB_URL", "jdbc:h2:mem:serve" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        String[] full = new String[args.length + 1];
        full[0] = "serve";
        System.arraycopy(args, 0, full, 1, args.length);
        return Run.with(all, Clock.systemUTC(), Sleeper.system(), full);
    }
}
