package io.factline.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The time one answer may take with the model, by the injected {@link Clock}; then the offline answer is used. */
final class Deadline {

    private final Clock clock;
    private final Instant end;
    private final Duration budget;

    Deadline(Clock clock, Duration budget) {
        this.clock = clock;
        this.budget = budget;
        this.end = clock.instant().plus(budget);
    }

    boolean passed() {
        return !clock.instant().isBefore(end);
    }

    Duration budget() {
        return budget;
    }
}
