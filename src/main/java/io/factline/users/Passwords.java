package io.factline.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Password hashing with bcrypt (spring-security-crypto), and the rules a new password must pass
 * ({@link #weakness}). {@code strength} is bcrypt's log2 cost: 12 in production (about a quarter second per
 * check, on purpose), 4 in tests.
 */
public final class Passwords {

    public static final int MIN_LENGTH = 12;
    /** bcrypt uses the first 72 bytes only; longer passwords would be silently truncated. */
    public static final int MAX_BYTES = 72;
    /** Common passwords and the words they are built on, lower case (see the file's header). */
    static final String COMMON = "/passwords/common.txt";

    private final BCryptPasswordEncoder encoder;
    /** Checked against when the user is unknown, so a wrong name costs as long as a wrong password. */
    private final String decoy;
    private final Set<String> common;

    public Passwords(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.decoy = encoder.encode("decoy password that matches nothing");
        this.common = load(COMMON);
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

    /**
     * Why {@code password} is unacceptable for {@code username}, or empty when it is fine: too short or too
     * long for bcrypt, only whitespace, one character repeated, a short pattern repeated, a run such as
     * "123456789012", the user name (or containing it), or a common password ({@link #COMMON}) with or without
     * digits and symbols around it.
     */
    public Optional<String> weakness(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("a password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("a password may have at most " + MAX_BYTES + " bytes (bcrypt ignores the rest)");
        }
        if (password.isBlank()) return Optional.of("a password cannot be only spaces or other whitespace");
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() == 1) return Optional.of("a password cannot be the same character repeated");
        if (repeatsShortPattern(lower)) return Optional.of("a password cannot be a short pattern repeated, such as 'abcabc…'");
        if (isRun(lower)) return Optional.of("a password cannot be a run of letters or digits, such as '1234…' or 'abcd…'");
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        // a two- or three-letter name is too short to spot inside a password without refusing good ones
        if (!name.isEmpty() && (lower.strip().equals(name) || (name.length() >= 4 && lower.contains(name)))) {
            return Optional.of("a password cannot contain the user name");
        }
        String base = trimmed(lower);
        if (common.contains(lower) || common.contains(base) || common.contains(unswapped(base))
                || common.contains(base.replace(" ", "")) || common.contains(unswapped(base).replace(" ", ""))) {
            return Optional.of("this is one of the most common passwords (digits or symbols added do not help); choose another");
        }
        return Optional.empty();
    }

    /** Without leading and trailing digits, symbols and spaces: "password1234!" → "password". */
    private static String trimmed(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && !Character.isLetter(s.charAt(from))) from++;
        while (to > from && !Character.isLetter(s.charAt(to - 1))) to--;
        return s.substring(from, to);
    }

    /** Common letter-for-symbol swaps undone: "p@ssw0rd" → "password". */
    private static String unswapped(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(switch (c) {
                case '@', '4' -> 'a';
                case '0' -> 'o';
                case '3' -> 'e';
                case '$', '5' -> 's';
                case '1', '!' -> 'i';
                case '7' -> 't';
                default -> c;
            });
        }
        return b.toString();
    }

    private static boolean repeatsShortPattern(String s) {
        for (int unit = 2; unit <= 4; unit++) {
            if (s.length() % unit != 0) continue;
            String head = s.substring(0, unit);
            if (head.repeat(s.length() / unit).equals(s)) return true;
        }
        return false;
    }

    /** Each character one up (or one down) from the one before, digits wrapping 9 → 0: "123456789012". */
    private static boolean isRun(String s) {
        for (int step : new int[] {1, -1}) {
            boolean run = true;
            for (int i = 1; i < s.length() && run; i++) {
                char a = s.charAt(i - 1);
                char b = s.charAt(i);
                boolean digits = Character.isDigit(a) && Character.isDigit(b);
                run = digits ? Math.floorMod(b - a, 10) == Math.floorMod(step, 10) : b - a == step;
            }
            if (run) return true;
        }
        return false;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Passwords.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
