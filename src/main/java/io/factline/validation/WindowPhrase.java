package io.factline.validation;

import io.factline.facts.Window;
import java.time.DayOfWeek;

/**
 * A stretch of text that says over which period something is measured: tokens {@code first}..
 * {@code last} inclusive. {@code weak} phrases ("daily") count only when no other phrase is in reach.
 * {@code sessions} is the trailing span it names (0 for a calendar period: {@code calendar} is then
 * true — "this month", "year to date", "in March", "since January" — which no trailing figure is);
 * {@code day} the weekday it names ("on Monday"), which must be the sheet's.
 */
record WindowPhrase(int first, int last, int sessions, boolean weak, String text, boolean calendar, DayOfWeek day) {

    WindowPhrase(int first, int last, int sessions, boolean weak, String text) {
        this(first, last, sessions, weak, text, false, null);
    }

    /** @return the fact window this phrase names, or null for a span the sheet has no facts for (5-day, calendar) */
    private static final java.util.List<Window> READ = java.util.List.of(Window.D1, Window.D5, Window.D30, Window.D252);

    Window window() {
        if (calendar) return null;
        // "50-day" and "200-day" stay spans it does not resolve as a claim's window; a week is the 5-day
        // figure of issue 15 (the chat says "over the past 5 sessions")
        for (Window w : READ) {
            if (w.sessions() == sessions) return w;
        }
        return null;
    }

    /**
     * The calendar figure this phrase names: "month to date", "this month", "MTD" the month-to-date one,
     * "year to date", "this year", "YTD" the year-to-date one; null for any other ("in March", "this week").
     */
    Window calendarWindow() {
        if (!calendar) return null;
        String t = text.toLowerCase(java.util.Locale.ROOT).replace('-', ' ');
        if (t.contains("mtd") || t.contains("month to date") || t.contains("this month")) return Window.MTD;
        if (t.contains("ytd") || t.contains("year to date") || t.contains("this year")) return Window.YTD;
        return null;
    }
}
