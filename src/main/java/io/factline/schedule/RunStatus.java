package io.factline.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How the latest scheduled day stands, for /health: the scheduler writes it, the health check reads
 * it. Empty until the first firing, and on a server without a schedule.
 */
public final class RunStatus {

    /**
     * @param state       running (first attempt under way), done, late (an attempt failed; another is
     *                    planned at {@code nextAttempt}), waiting (another server holds the day) or
     *                    missed (no attempt left today: a person should look)
     * @param attempts    attempts this server made for the day
     * @param nextAttempt when this server tries again; null unless late or waiting
     * @param lastError   why the last attempt failed; null when it did not
     */
    public record View(LocalDate day, String state, int attempts, Instant nextAttempt, String lastError) {
    }

    private final AtomicReference<View> view = new AtomicReference<>();

    public Optional<View> view() {
        return Optional.ofNullable(view.get());
    }

    /** Written by the scheduler (and by tests of what /health shows). */
    public void set(View v) {
        view.set(v);
    }
}
