package io.factline.validation;

import io.factline.facts.Window;

/**
 * A stretch of text that says over how many sessions something is measured: tokens {@code first}..
 * {@code last} inclusive. {@code weak} phrases ("daily") count only when no other phrase is in reach.
 */
record WindowPhrase(int first, int last, int sessions, boolean weak, String text) {

    /** @return the fact window this phrase names, or null for a span the sheet has no facts for (5-day) */
    Window window() {
        for (Window w : Window.values()) {
            if (w.sessions() == sessions) return w;
        }
        return null;
    }
}
