package io.factline.chat;

import io.factline.facts.Window;
import java.time.LocalDate;
import java.util.List;

/**
 * What the question reader understood, resolved against the data: instrument symbols that exist, a date
 * that has data (or a decline saying it has none). Remembered per conversation so that follow-ups ("And
 * SPY?", "what about over 30 days?") can fill in what they leave out. Never holds the question's text.
 */
sealed interface Intent permits Intent.Figures, Intent.Compare, Intent.Rank, Intent.Scan, Intent.Declined {

    LocalDate date();

    /** One line for the model's conversation history, built from the resolved intent only. */
    String summary();

    /**
     * Figures for one or more instruments.
     *
     * @param stale       instruments the reader named (or a group stood for) that have no data on the date
     * @param windowAsked the span the reader asked for when Factline computes no such figure for the topic
     *                    ("this week", "the past year"), else "": the answer says so and uses {@code window}
     */
    record Figures(LocalDate date, List<String> subjects, Topic topic, Window window, String windowAsked,
                   List<String> stale) implements Intent {
        public String summary() {
            return "asked about " + String.join(", ", subjects) + ": " + topic.words() + span(window) + " on " + date;
        }
    }

    /** Two instruments side by side; the relative-return fact when one exists for the pair. */
    record Compare(LocalDate date, String first, String second, Topic topic, Window window, String windowAsked,
                   List<String> stale) implements Intent {
        public String summary() {
            return "asked to compare " + first + " and " + second + ": " + topic.words() + span(window) + " on " + date;
        }
    }

    /** The sector funds ranked by a figure: the best, the worst, or both ends. */
    record Rank(LocalDate date, Topic topic, Window window, Extreme extreme) implements Intent {
        public String summary() {
            return "asked which sector ranked " + extreme.words() + " by " + topic.words() + span(window) + " on " + date;
        }
    }

    /**
     * The stocks of the data set (or of one sector, {@code sector} as the sheet names it, else null) scanned
     * for what the question asks: breadth, the biggest movers either way, new 52-week highs or lows.
     */
    record Scan(LocalDate date, Look look, String sector) implements Intent {
        public String summary() {
            return "asked about " + look.words() + " among " + (sector == null ? "all stocks" : sector + " stocks") + " on " + date;
        }
    }

    /** What a {@link Scan} looks for. */
    enum Look {
        BREADTH("how many rose and fell"), GAINERS("the biggest gainers"), LOSERS("the biggest losers"),
        HIGHS("new 52-week highs"), LOWS("new 52-week lows");

        private final String words;

        Look(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    /**
     * An honest refusal. {@code detail} names what was asked for when that helps ("AAPL", "dividend
     * yield", the date without data); {@code nearest} holds the nearest dates with data for NO_DATA.
     */
    record Declined(LocalDate date, Decline why, String detail, List<LocalDate> nearest) implements Intent {
        public String summary() {
            return "asked something Factline does not answer (" + why.wire() + (detail.isEmpty() ? "" : ": " + detail) + ")";
        }
    }

    enum Extreme {
        HIGHEST("highest"), LOWEST("lowest"), BOTH("highest and lowest");

        private final String words;

        Extreme(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    private static String span(Window w) {
        return w == null ? "" : " (" + w.wire() + ")";
    }
}
