package io.factline.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * When the daily run fires: days of the week, a local time and a time zone, written
 * {@code "MON-FRI 17:30 America/New_York"} (days as a range or a comma list: {@code "MON,WED,FRI"}).
 * Daylight-saving changes follow the zone: 17:30 in New York stays 17:30 in New York.
 */
public record Schedule(Set<DayOfWeek> days, LocalTime time, ZoneId zone) {

    public static final String DEFAULT = "MON-FRI 17:30 America/New_York";

    /** @throws IllegalArgumentException naming what is wrong */
    public static Schedule parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 3) throw new IllegalArgumentException("'" + text + "' is not DAYS HH:MM ZONE, e.g. " + DEFAULT);
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : parts[0].toUpperCase(Locale.ROOT).split(",")) {
            String[] range = item.split("-");
            DayOfWeek a = day(range[0], text), b = range.length > 1 ? day(range[1], text) : a;
            for (DayOfWeek d = a; ; d = d.plus(1)) {
                days.add(d);
                if (d == b) break;
            }
        }
        try {
            return new Schedule(days, LocalTime.parse(parts[1]), ZoneId.of(parts[2]));
        } catch (java.time.DateTimeException e) {   // a bad time or an unknown zone
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
        }
    }

    /** The first firing strictly after {@code now}. */
    public Instant next(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        for (int i = 0; i <= 7; i++) {
            LocalDate d = local.toLocalDate().plusDays(i);
            ZonedDateTime at = d.atTime(time).atZone(zone);
            if (days.contains(d.getDayOfWeek()) && at.toInstant().isAfter(now)) return at.toInstant();
        }
        throw new IllegalStateException("a schedule with days always fires within a week");
    }

    /** The latest firing at or before {@code now}, if it was today (local): a server started late catches up. */
    public java.util.Optional<LocalDate> dueToday(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        boolean due = days.contains(local.getDayOfWeek()) && !local.toLocalTime().isBefore(time);
        return due ? java.util.Optional.of(local.toLocalDate()) : java.util.Optional.empty();
    }

    private static DayOfWeek day(String s, String text) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(s) && s.length() >= 3) return d;
        }
        throw new IllegalArgumentException("'" + text + "': '" + s + "' is not a day (MON, TUE, ...)");
    }
}
