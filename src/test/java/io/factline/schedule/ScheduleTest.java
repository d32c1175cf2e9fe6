package io.factline.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    final Schedule weekdays = Schedule.parse(Schedule.DEFAULT);

    @Test
    void should_fire_at_1730_new_york_on_the_next_weekday() {
        // Friday 2026-03-20 18:00 in New York (EDT, UTC-4) -> Monday 17:30 EDT
        assertThat(weekdays.next(Instant.parse("2026-03-20T22:00:00Z"))).isEqualTo(Instant.parse("2026-03-23T21:30:00Z"));
        // Monday 10:00 EDT -> the same day
        assertThat(weekdays.next(Instant.parse("2026-03-23T14:00:00Z"))).isEqualTo(Instant.parse("2026-03-23T21:30:00Z"));
    }

    @Test
    void should_follow_the_zone_across_daylight_saving() {
        // 2026-03-06 is before the switch (EST, UTC-5): 17:30 is 22:30 UTC
        assertThat(weekdays.next(Instant.parse("2026-03-06T12:00:00Z"))).isEqualTo(Instant.parse("2026-03-06T22:30:00Z"));
    }

    @Test
    void should_say_a_run_is_due_today_only_after_its_time_on_a_chosen_day() {
        assertThat(weekdays.dueToday(Instant.parse("2026-03-23T21:31:00Z"))).contains(LocalDate.of(2026, 3, 23));
        assertThat(weekdays.dueToday(Instant.parse("2026-03-23T21:29:00Z"))).isEmpty();
        assertThat(weekdays.dueToday(Instant.parse("2026-03-22T23:00:00Z"))).as("a Sunday").isEmpty();
    }

    @Test
    void should_read_day_lists_and_reject_nonsense() {
        assertThat(Schedule.parse("MON,WED,FRI 06:00 UTC").days()).hasSize(3);
        assertThatThrownBy(() -> Schedule.parse("every weekday at five")).hasMessageContaining("is not DAYS HH:MM ZONE");
        assertThatThrownBy(() -> Schedule.parse("WEEKDAYS 17:30 UTC")).hasMessageContaining("is not a day");
        assertThatThrownBy(() -> Schedule.parse("MON-FRI 17:30 Mars/Olympus")).hasMessageContaining("Mars/Olympus");
    }
}
