package io.factline.chat;

import io.factline.facts.Window;
import java.util.List;

/**
 * What a question asks about, as a family of metrics, with the windows Factline computes for it and the
 * one used when the reader names none. When a question names several, the most specific wins:
 * declaration order, first wins ("what is the P/E and how did it do" is about valuation).
 */
enum Topic {
    VALUATION("the P/E ratio", null, List.of()),
    BETA("beta", Window.D252, List.of(Window.D252)),
    VOLATILITY("volatility", Window.D30, List.of(Window.D30)),
    MACD("MACD", null, List.of()),
    RSI("the RSI", null, List.of()),
    RECORD("the 52-week high and low", Window.D252, List.of(Window.D252)),
    TREND("the trend", null, List.of()),
    VOLUME("volume", Window.D1, List.of(Window.D1, Window.D30)),
    PRICE("the close", null, List.of()),
    PERFORMANCE("performance", Window.D1,
            List.of(Window.D1, Window.D5, Window.MTD, Window.D30, Window.YTD, Window.D252));

    private final String words;
    private final Window defaultWindow;
    private final List<Window> windows;

    Topic(String words, Window defaultWindow, List<Window> windows) {
        this.words = words;
        this.defaultWindow = defaultWindow;
        this.windows = windows;
    }

    String words() {
        return words;
    }

    /** The window to use when the reader asked for {@code asked} (null: none said). */
    Window windowFor(Window asked) {
        return asked != null && windows.contains(asked) ? asked : defaultWindow;
    }

    /** The metrics a tool call or a ranking means by this topic. */
    List<io.factline.facts.Metric> metrics() {
        return switch (this) {
            case PERFORMANCE -> List.of(io.factline.facts.Metric.RETURN, io.factline.facts.Metric.RELATIVE_RETURN);
            case VOLATILITY -> List.of(io.factline.facts.Metric.VOLATILITY);
            case VOLUME -> List.of(io.factline.facts.Metric.VOLUME, io.factline.facts.Metric.AVERAGE_VOLUME,
                    io.factline.facts.Metric.VOLUME_RATIO);
            case BETA -> List.of(io.factline.facts.Metric.BETA);
            case VALUATION -> List.of(io.factline.facts.Metric.PE_RATIO);
            case MACD -> List.of(io.factline.facts.Metric.MACD, io.factline.facts.Metric.MACD_SIGNAL,
                    io.factline.facts.Metric.MACD_HISTOGRAM, io.factline.facts.Metric.MACD_TREND);
            case RSI -> List.of(io.factline.facts.Metric.RSI, io.factline.facts.Metric.RSI_ZONE);
            case TREND -> List.of(io.factline.facts.Metric.TREND, io.factline.facts.Metric.MACD_TREND);
            case RECORD -> List.of(io.factline.facts.Metric.HIGH_52W, io.factline.facts.Metric.LOW_52W,
                    io.factline.facts.Metric.NEW_HIGH_52W, io.factline.facts.Metric.NEW_LOW_52W);
            case PRICE -> List.of(io.factline.facts.Metric.CLOSE);
        };
    }

    /** The window used for a span Factline does not compute: 30 sessions if the topic has it, else its longest; null for none. */
    Window longest() {
        if (windows.contains(Window.D30)) return Window.D30;     // a span not computed: the past 30 sessions
        return windows.isEmpty() ? null : windows.get(windows.size() - 1);
    }

    /** Whether asking for {@code asked} with this topic needs a note that Factline does not compute it. */
    boolean lacks(Window asked) {
        return asked != null && !windows.isEmpty() && !windows.contains(asked);
    }
}
