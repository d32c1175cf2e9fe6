package io.factline.narrative.llm;

import java.time.Duration;

/** Waits between model attempts. Production sleeps; tests record the waits instead of taking them. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration);

    /**
     * Sleeps on the calling thread. An interrupt ends the wait early and stays set on the thread, so
     * {@link ModelClient} stops retrying instead of swallowing it.
     */
    static Sleeper system() {
        return duration -> {
            try {
                Thread.sleep(duration.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }
}
