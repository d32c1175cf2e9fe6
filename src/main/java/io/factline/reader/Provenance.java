package io.factline.reader;

import io.factline.facts.Display;
import io.factline.facts.Fact;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * A fact's provenance as a reader reads it: one sentence from the fact's own inputs, each input rounded
 * for display as the fact's value is ("Close 653.70 on 23 Mar against 646.90 on 20 Mar: +1.05%"). The
 * sentence is built from the inputs the metrics core recorded; a fact whose inputs lack what a sentence
 * needs (a sheet written by another tool) is said as "label: value". The full-precision calculation is
 * {@link #calculation}.
 */
public final class Provenance {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Provenance() {
    }

    public static String sentence(Fact f) {
        Map<String, Object> in = f.inputs();
        String shown = f.shown();
        if (f.metric() == null) return editorSentence(f, in, shown);
        String said = switch (f.metric()) {
            case CLOSE -> has(in, "close[t]", "t") ? "Close " + num(in, "close[t]") + " on " + day(in, "t") : null;
            case RETURN -> returnSentence(f, in, shown);
            case RELATIVE_RETURN -> has(in, "return(" + f.subject() + ") (%)", "return(" + f.against() + ") (%)")
                    ? f.subject() + " " + signedPct(in, "return(" + f.subject() + ") (%)") + " against " + f.against() + " "
                    + signedPct(in, "return(" + f.against() + ") (%)") + " over " + sessions(f) + ": " + shown : null;
            case VOLATILITY -> has(in, "t-30", "t", "n") ? "Standard deviation of the " + in.get("n") + " daily returns from "
                    + day(in, "t-30") + " to " + day(in, "t") + ": " + shown : null;
            case VOLUME -> has(in, "t") ? "Shares traded on " + day(in, "t") + ": " + shown : null;
            case AVERAGE_VOLUME -> has(in, "t-30", "t-1", "n") ? "Average daily volume of the " + in.get("n") + " sessions from "
                    + day(in, "t-30") + " to " + day(in, "t-1") + ": " + shown : null;
            case VOLUME_RATIO -> has(in, "volume[t]", "average volume", "t") ? "Volume " + shares(in, "volume[t]") + " on "
                    + day(in, "t") + " against a 30-session average of " + shares(in, "average volume") + ": " + shown : null;
            case BETA -> has(in, "t-252", "t") ? "Daily returns against " + f.against() + " over the 252 sessions from "
                    + dayYear(in, "t-252") + " to " + dayYear(in, "t") + ": " + shown : null;
            case MACD -> has(in, "EMA12(p)[t]", "EMA26(p)[t]", "t") ? "12-day average " + num(in, "EMA12(p)[t]") + " less 26-day average "
                    + num(in, "EMA26(p)[t]") + " on " + day(in, "t") + ": " + shown : null;
            case MACD_SIGNAL -> has(in, "t") ? "9-day average of the MACD on " + day(in, "t") + ": " + shown : null;
            case MACD_HISTOGRAM -> has(in, "macd[t]", "macd_signal[t]") ? "MACD " + num(in, "macd[t]") + " less its signal line "
                    + num(in, "macd_signal[t]") + ": " + shown : null;
            case MACD_TREND -> has(in, "macd[t]", "macd_signal[t]") ? "MACD " + num(in, "macd[t]") + " against its signal line "
                    + num(in, "macd_signal[t]") + ": " + shown : null;
            case TREND -> has(in, "SMA50[t]", "SMA50[t-10]", "p[t]", "t", "t-10") ? "50-day average " + num(in, "SMA50[t]") + " on "
                    + day(in, "t") + " against " + num(in, "SMA50[t-10]") + " on " + day(in, "t-10") + ", close "
                    + num(in, "p[t]") + ": " + shown : null;
            case PE_RATIO -> has(in, "quoted on") ? "Price to earnings as quoted on " + day(in, "quoted on") + ": " + shown : null;
            default -> null;   // the issue-15 catalogue (RSI, 52-week range, breadth, …): said as "label: value" for now
        };
        return said != null ? said : (f.label() == null ? f.subject() : f.label()) + ": " + shown;
    }

    /** The formula and every input at full precision, as stored: what "show the calculation" opens. */
    public static String calculation(Fact f) {
        StringBuilder b = new StringBuilder();
        if (f.formula() != null) b.append(f.formula());
        f.inputs().forEach((k, v) -> {
            if (k.equals("added by")) return;   // the desk's user name stays on the desk: readers see "added by the desk"
            if (!b.isEmpty()) b.append("; ");
            b.append(k).append(" = ").append(exact(v));
        });
        if (!f.isLabel()) b.append(b.isEmpty() ? "" : "; ").append("result = ").append(BigDecimal.valueOf(f.number()).toPlainString());
        return b.toString();
    }

    /** A figure an editor added (no metric): "10-year Treasury yield as of 23 Mar 2026: 4.25%". */
    private static String editorSentence(Fact f, Map<String, Object> in, String shown) {
        String label = f.label() == null ? f.subject() : f.label();
        return has(in, "as of") ? label + " as of " + dayYear(in, "as of") + ": " + shown : label + ": " + shown;
    }

    private static String returnSentence(Fact f, Map<String, Object> in, String shown) {
        int n = f.window() == null ? 1 : f.window().sessions();
        String base = "p[t-" + n + "]", baseDay = "t-" + n;
        if (!has(in, "p[t]", base, "t", baseDay)) return null;
        return "Close " + num(in, "p[t]") + " on " + day(in, "t") + " against " + num(in, base) + " on " + day(in, baseDay) + ": " + shown;
    }

    private static String sessions(Fact f) {
        int n = f.window() == null ? 1 : f.window().sessions();
        return n == 1 ? "the day" : n + " sessions";
    }

    private static boolean has(Map<String, Object> in, String... keys) {
        for (String k : keys) {
            if (in.get(k) == null) return false;
        }
        return true;
    }

    private static String num(Map<String, Object> in, String key) {
        return in.get(key) instanceof Number n ? Display.plain(n.doubleValue()) : String.valueOf(in.get(key));
    }

    private static String shares(Map<String, Object> in, String key) {
        return in.get(key) instanceof Number n ? Display.shares(n.doubleValue()) : String.valueOf(in.get(key));
    }

    private static String signedPct(Map<String, Object> in, String key) {
        return in.get(key) instanceof Number n ? Display.signed(n.doubleValue()) + "%" : String.valueOf(in.get(key));
    }

    private static String day(Map<String, Object> in, String key) {
        return date(in.get(key), DAY);
    }

    private static String dayYear(Map<String, Object> in, String key) {
        return date(in.get(key), DAY_YEAR);
    }

    private static String date(Object v, DateTimeFormatter f) {
        try {
            return LocalDate.parse(String.valueOf(v)).format(f);
        } catch (java.time.format.DateTimeParseException e) {
            return String.valueOf(v);
        }
    }

    private static String exact(Object v) {
        if (v instanceof Double d) return BigDecimal.valueOf(d).toPlainString();
        if (v instanceof Map<?, ?> series && !series.isEmpty()) {
            StringBuilder b = new StringBuilder("[");
            series.forEach((k, x) -> b.append(b.length() > 1 ? ", " : "").append(k).append(": ").append(exact(x)));
            return b.append(']').toString();
        }
        return String.valueOf(v);
    }
}
