package io.factline.chat;

import io.factline.facts.Window;
import java.util.List;

/**
 * What a phrase of a question means to the reader. Which fields are set depends on the kind:
 * {@code symbols} for SUBJECT (candidates, preferred first), {@code topic} for TOPIC, {@code window} for
 * WINDOW (null: a span Factline does not compute, like "this week"); {@code said} is the phrase's
 * canonical words ("dividend yield", "Nasdaq").
 */
record Term(Kind kind, String said, List<String> symbols, Topic topic, Window window) {

    enum Kind {
        SUBJECT, TOPIC, WINDOW, COMPARE, HIGH, LOW, SECTOR, FORECAST, ADVICE, UNSUPPORTED, NOT_COVERED,
        OFF_TOPIC, TODAY, YESTERDAY,
        /** "how many stocks rose", "breadth", "advancers": the count of stocks that rose and fell. */
        BREADTH,
        /** "52-week highs", "new highs": stocks at the highest (or lowest) close of the past 252 sessions. */
        RECORD_HIGH, RECORD_LOW
    }

    static Term of(Kind kind, String said) {
        return new Term(kind, said, List.of(), null, null);
    }

    static Term subject(String said, List<String> symbols) {
        return new Term(Kind.SUBJECT, said, List.copyOf(symbols), null, null);
    }

    static Term topic(Topic t, String said) {
        return new Term(Kind.TOPIC, said, List.of(), t, null);
    }

    static Term window(Window w, String said) {
        return new Term(Kind.WINDOW, said, List.of(), null, w);
    }

    boolean is(Kind k) {
        return kind == k;
    }

    /** A phrase found in a question: the term and the words it spans. */
    record Match(Term term, int first, int last) {
    }
}
