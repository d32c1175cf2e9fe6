package io.factline.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The period a metric looks back over: a trailing number of sessions ({@code 5d}, {@code 252d}), or a
 * calendar period ({@code mtd}, {@code ytd}) whose number of sessions depends on the date — for those
 * {@link #sessions()} is 0 and {@link #isCalendar()} true.
 */
public enum Window {
    D1(1), D5(5), D14(14), D30(30), D50(50), D200(200), D252(252), MTD(0), YTD(0);

    private final int sessions;

    Window(int sessions) {
        this.sessions = sessions;
    }

    /** @return the trailing sessions, or 0 for a calendar window */
    public int sessions() {
        return sessions;
    }

    public boolean isCalendar() {
        return sessions == 0;
    }

    @JsonValue
    public String wire() {
        return isCalendar() ? name().toLowerCase() : sessions + "d";
    }

    /** "1-day", "30-day", "month-to-date", "year-to-date": how labels and prose say it. */
    public String phrase() {
        return switch (this) {
            case MTD -> "month-to-date";
            case YTD -> "year-to-date";
            default -> sessions + "-day";
        };
    }

    @JsonCreator
    public static Window parse(String text) {
        for (Window w : values()) {
            if (w.wire().equals(text)) return w;
        }
        throw new IllegalArgumentException("unknown window '" + text + "'");
    }
}
