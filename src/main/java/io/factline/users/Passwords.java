package io.factline.users;

import java.util.Optional;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password hashing with bcrypt (spring-security-crypto). {@code strength} is bcrypt's log2 cost: 12 in
 * production (about a quarter second per check, on purpose), 4 in tests.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt uses the first 72 bytes only; longer passwords would be silently truncated. */
    public static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder;
    /** Checked against when the user is unknown, so a wrong name costs as long as a wrong password. */
    private final String decoy;

    public Passwords(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.decoy = encoder.encode("decoy password that matches nothing");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** @param hash the stored hash, empty when there is no such user (the check still takes its time) */
    public boolean matches(String password, Optional<String> hash) {
        if (password == null) return false;
        boolean ok = encoder.matches(password, hash.orElse(decoy));
        return ok && hash.isPresent();
    }

    /** @return why {@code password} is unacceptable, or empty when it is fine */
    public static Optional<String> weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("a password may have at most " + MAX_BYTES + " bytes (bcrypt ignores the rest)");
        }
        return Optional.empty();
    }
}
