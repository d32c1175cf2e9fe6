package io.factline.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords(4);

    @Test
    void should_refuse_weak_passwords_saying_why() {
        assertThat(passwords.weakness("short", "erin")).hasValueSatisfying(w -> assertThat(w).contains("at least 12"));
        assertThat(passwords.weakness(" ".repeat(12), "erin")).hasValueSatisfying(w -> assertThat(w).contains("only spaces"));
        assertThat(passwords.weakness("\t \u00a0".repeat(4), "erin")).isPresent();
        assertThat(passwords.weakness("a".repeat(12), "erin")).hasValueSatisfying(w -> assertThat(w).contains("same character"));
        assertThat(passwords.weakness("abcabcabcabc", "erin")).hasValueSatisfying(w -> assertThat(w).contains("pattern"));
        assertThat(passwords.weakness("123456789012", "erin")).hasValueSatisfying(w -> assertThat(w).contains("run"));
        assertThat(passwords.weakness("password1234", "erin")).hasValueSatisfying(w -> assertThat(w).contains("common"));
        assertThat(passwords.weakness("P@ssw0rd!2024", "erin")).hasValueSatisfying(w -> assertThat(w).contains("common"));
        assertThat(passwords.weakness("2024 iloveyou!!", "erin")).hasValueSatisfying(w -> assertThat(w).contains("common"));
        assertThat(passwords.weakness("margaretha-1234", "margaretha")).hasValueSatisfying(w -> assertThat(w).contains("user name"));
        assertThat(passwords.weakness("MARGARETHA12", "margaretha")).hasValueSatisfying(w -> assertThat(w).contains("user name"));
        assertThat(passwords.weakness("x".repeat(73), "erin")).hasValueSatisfying(w -> assertThat(w).contains("72 bytes"));
    }

    @Test
    void should_accept_a_long_uncommon_passphrase() {
        assertThat(passwords.weakness("correct horse battery", "erin")).isEmpty();
        assertThat(passwords.weakness("tulip-ledger-57-orbit", "ed")).as("a short name is not searched for").isEmpty();
    }
}
