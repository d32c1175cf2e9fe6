package io.factline.schedule;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * How {@code serve} runs the daily job, from the environment:
 * {@code FACTLINE_SCHEDULE} (default {@value Schedule#DEFAULT}; {@code off} disables it),
 * {@code FACTLINE_SYNC_PROVIDER} (sync from it before drafting, and read stored bars; unset: run on the
 * data directory's files), {@code FACTLINE_UNIVERSE} (a name for the instrument list; default derived
 * from the symbols), {@code FACTLINE_DRAFTER} (auto, template or llm; default auto).
 */
public record DailyRunSettings(Optional<Schedule> schedule, Optional<String> provider, Optional<String> universeName,
                               String drafter) {

    /** How long a claimed run may take before another server may take it over. */
    public static final Duration LEASE = Duration.ofMinutes(15);
    /** Waits between attempts of a failed day: 1, 2, 4 … minutes, at most 30, while the local day lasts. */
    public static final io.factline.market.feed.Backoff RETRY = new io.factline.market.feed.Backoff(Duration.ofMinutes(1),
            Duration.ofMinutes(30));

    /** @throws Invalid naming the variable */
    public static DailyRunSettings fromEnvironment(Map<String, String> env) {
        String text = env.getOrDefault("FACTLINE_SCHEDULE", "").strip();
        Optional<Schedule> schedule;
        try {
            schedule = text.equalsIgnoreCase("off") ? Optional.empty()
                    : Optional.of(Schedule.parse(text.isEmpty() ? Schedule.DEFAULT : text));
        } catch (IllegalArgumentException e) {
            throw new Invalid("FACTLINE_SCHEDULE: " + e.getMessage());
        }
        String drafter = env.getOrDefault("FACTLINE_DRAFTER", "auto").strip();
        if (!List.of("auto", "template", "llm").contains(drafter)) {
            throw new Invalid("FACTLINE_DRAFTER: '" + drafter + "' is not auto, template or llm");
        }
        return new DailyRunSettings(schedule, blank(env.get("FACTLINE_SYNC_PROVIDER")), blank(env.get("FACTLINE_UNIVERSE")),
                drafter);
    }

    /** The configured name, or "u" and a short hash of the sorted symbols: the same list, the same universe. */
    public String universe(List<String> symbols) {
        if (universeName.isPresent()) return universeName.get();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", symbols.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
            return "u" + symbols.size() + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }

    /** Names this server in claims: host and process, plus a random part in case both repeat. */
    public static String serverId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Optional<String> blank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
    }

    /** A setting that cannot be used; the message names the variable. */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String message) {
            super(message);
        }
    }
}
