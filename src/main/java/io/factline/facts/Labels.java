package io.factline.facts;

/**
 * Human labels for facts: "IWM 1-day return", "XLE 252-day beta against SPY", "^TNX 5-day change in basis
 * points"; for a group of stocks "all stocks: advancers on the day", "Energy stocks: equal-weighted average
 * 1-day return".
 */
public final class Labels {

    private Labels() {
    }

    public static String of(String subject, Metric metric, Window window, String against) {
        String w = window == null ? "" : window.phrase() + " ";
        String group = (subject.equals("stocks") ? "all stocks" : subject + " stocks") + ": ";
        return switch (metric) {
            case MEMBERS -> group + "members (stocks with a complete " + w + "window)";
            case AVERAGE_RETURN -> group + "equal-weighted average " + w + "return";
            case ADVANCERS -> group + "advancers on the day (return above zero)";
            case DECLINERS -> group + "decliners on the day (return below zero)";
            case UNCHANGED -> group + "unchanged on the day";
            case PCT_ABOVE_SMA50 -> group + "percent above their 50-day average";
            case NEW_HIGHS_52W -> group + "new 52-week highs";
            case NEW_LOWS_52W -> group + "new 52-week lows";
            default -> subject + " " + instrument(metric, w, against);
        };
    }

    private static String instrument(Metric metric, String w, String against) {
        return switch (metric) {
            case CLOSE -> "close";
            case RETURN -> w + "return";
            case RELATIVE_RETURN -> w + "return relative to " + against;
            case VOLATILITY -> w + "volatility of daily returns";
            case VOLUME -> "volume";
            case AVERAGE_VOLUME -> w + "average volume";
            case VOLUME_RATIO -> "volume vs its 30-day average";
            case BETA -> w + "beta against " + against;
            case MACD -> "MACD (12, 26)";
            case MACD_SIGNAL -> "MACD signal line (9)";
            case MACD_HISTOGRAM -> "MACD histogram";
            case MACD_TREND -> "MACD trend";
            case TREND -> "trend (50-day SMA slope)";
            case PE_RATIO -> "P/E ratio";
            case RSI -> "14-day RSI";
            case RSI_ZONE -> "14-day RSI zone";
            case SMA -> "200-day simple moving average";
            case PCT_VS_SMA200 -> "distance from its 200-day average";
            case HIGH_52W -> "52-week high (close)";
            case LOW_52W -> "52-week low (close)";
            case PCT_FROM_HIGH_52W -> "distance from its 52-week high";
            case PCT_FROM_LOW_52W -> "distance from its 52-week low";
            case NEW_HIGH_52W -> "new 52-week high";
            case NEW_LOW_52W -> "new 52-week low";
            case POINTS_CHANGE -> "1-day change in points";
            case CHANGE_BP -> w + "change in basis points";
            default -> metric.wire();
        };
    }
}
