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
    private static final java.util.List<Window> READ = java.util.List.of(Window.D1, Window.D30, Window.D252);

    Window window() {
        if (calendar) return null;
        // the windows the validator reads in text are those of before issue 15; "5-day", "50-day" and
        // "200-day" stay spans it does not resolve (reading them is the next issue's, with the writer)
        for (Window w : READ) {
            if (w.sessions() == sessions) return w;
        }
        return null;
    }
}
