package io.factline.validation;

import io.factline.facts.Fact;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a fact was last quoted on, when that is older than the sheet (a P/E from a published
 * commentary of an earlier day): such a figure may only be stated with its date in its sentence
 * ("as last quoted on 2026-03-23", "as of March 23"), else a reader takes it for today's.
 */
final class QuotedDates {

    /** Dates as writers put them: 2026-03-23, 3/23, 3/23/2026, March 23, Mar. 23, 23 March, March 23rd. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?|([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b"
                    + "|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?([A-Za-z]{3,9})\\b");

    private QuotedDates() {
    }

    /** The day the fact was quoted on if the sheet says it and it is before {@code asOf}, else null. */
    static LocalDate staleQuote(Fact f, LocalDate asOf) {
        Object quoted = f.inputs().get("quoted on");
        if (quoted == null || asOf == null) return null;
        try {
            LocalDate d = LocalDate.parse(quoted.toString());
            return d.isBefore(asOf) ? d : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether {@code text} names the day {@code d} in one of the usual forms. */
    static boolean names(String text, LocalDate d) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                if (Integer.parseInt(m.group(1)) == d.getYear() && Integer.parseInt(m.group(2)) == d.getMonthValue()
                        && Integer.parseInt(m.group(3)) == d.getDayOfMonth()) {
                    return true;
                }
            } else if (m.group(4) != null) {
                if (Integer.parseInt(m.group(4)) == d.getMonthValue() && Integer.parseInt(m.group(5)) == d.getDayOfMonth()) return true;
            } else if (m.group(7) != null) {
                if (sameDay(m.group(7), m.group(8), d)) return true;
            } else if (sameDay(m.group(10), m.group(9), d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameDay(String monthWord, String day, LocalDate d) {
        Integer month = MonthNames.month(monthWord.toLowerCase(Locale.ROOT));
        return month != null && month == d.getMonthValue() && Integer.parseInt(day) == d.getDayOfMonth();
    }
}
