package io.factline.facts;

/** Human labels for facts: "IWM 1-day return", "XLE 252-day beta against SPY". */
public final class Labels {

    private Labels() {
    }

    public static String of(String subject, Metric metric, Window window, String against) {
        String w = window == null ? "" : window.phrase() + " ";
        return subject + " " + switch (metric) {
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
        };
    }
}
