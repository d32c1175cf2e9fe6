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
    Window window() {
        if (calendar) return null;
        for (Window w : Window.values()) {
            if (!w.isCalendar() && w.sessions() == sessions) return w;
        }
        return null;
    }
}
