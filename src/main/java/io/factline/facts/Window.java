package io.factline.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The number of sessions a metric looks back over. */
public enum Window {
    D1(1), D30(30), D252(252);

    private final int sessions;

    Window(int sessions) {
        this.sessions = sessions;
    }

    public int sessions() {
        return sessions;
    }

    @JsonValue
    public String wire() {
        return sessions + "d";
    }

    /** "1-day", "30-day", "252-day": how labels and prose say it. */
    public String phrase() {
        return sessions + "-day";
    }

    @JsonCreator
    public static Window parse(String text) {
        for (Window w : values()) {
            if (w.wire().equals(text)) return w;
        }
        throw new IllegalArgumentException("unknown window '" + text + "'");
    }
}
