package io.factline.chat;

import io.factline.validation.MonthNames;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds the first calendar date a question names: "2026-03-23", "3/23", "3/23/2026", "March 23",
 * "Mar 23, 2026", "March 23rd", "23 March". A date without a year is in the year of "today", or the
 * year before if that would be after "today". "May" and "March" are months only next to a day number.
 * Words that are part of the date are marked taken, so their digits are no figures.
 */
final class DateReader {

    /** @param date null when the words name a day that does not exist ("February 30") */
    record Found(LocalDate date, String said) {
    }

    private DateReader() {
    }

    /** @param taken set here for the words of the date */
    static Found find(List<Word> words, LocalDate today, boolean[] taken) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.is(Word.Kind.DATE)) {
                taken[i] = true;
                return new Found(numeric(w.text(), today), w.text());
            }
            Integer month = w.is(Word.Kind.WORD) ? MonthNames.month(w.key().replace(".", "")) : null;
            if (month != null && i + 1 < words.size() && day(words.get(i + 1)) > 0) {
                int last = i + 1;
                Integer year = null;
                int k = i + 2;
                if (k < words.size() && words.get(k).key().equals(",")) k++;
                if (k < words.size() && year(words.get(k)) > 0) {
                    year = year(words.get(k));
                    last = k;
                }
                return mark(taken, i, last, date(year, month, day(words.get(i + 1)), today), words);
            }
            if (day(w) > 0 && i + 1 < words.size() && words.get(i + 1).is(Word.Kind.WORD)) {
                Integer m = MonthNames.month(words.get(i + 1).key().replace(".", ""));
                if (m != null) {
                    int last = i + 1;
                    Integer year = null;
                    if (i + 2 < words.size() && year(words.get(i + 2)) > 0) {
                        year = year(words.get(i + 2));
                        last = i + 2;
                    }
                    return mark(taken, i, last, date(year, m, day(w), today), words);
                }
            }
        }
        return null;
    }

    private static Found mark(boolean[] taken, int first, int last, LocalDate date, List<Word> words) {
        for (int k = first; k <= last; k++) taken[k] = true;
        StringBuilder said = new StringBuilder();
        for (int k = first; k <= last; k++) said.append(k > first ? " " : "").append(words.get(k).text());
        return new Found(date, said.toString());
    }

    /** 1 to 31 for "23", "23rd", "1st"; else 0. */
    private static int day(Word w) {
        String k = w.key();
        if (w.is(Word.Kind.WORD) && k.matches("\\d{1,2}(st|nd|rd|th)")) k = k.substring(0, k.length() - 2);
        else if (!w.is(Word.Kind.NUMBER) || !k.matches("\\d{1,2}")) return 0;
        int d = Integer.parseInt(k);
        return d >= 1 && d <= 31 ? d : 0;
    }

    private static int year(Word w) {
        return w.is(Word.Kind.NUMBER) && w.key().matches("(19|20)\\d\\d") ? Integer.parseInt(w.key()) : 0;
    }

    private static LocalDate numeric(String text, LocalDate today) {
        String[] p = text.split("[-/]");
        try {
            if (text.contains("-")) return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
            Integer year = p.length == 3 ? Integer.parseInt(p[2]) : null;
            if (year != null && year < 100) year += 2000;
            return date(year, Integer.parseInt(p[0]), Integer.parseInt(p[1]), today);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Integer year, int month, int day, LocalDate today) {
        try {
            if (year != null) return LocalDate.of(year, month, day);
            LocalDate d = LocalDate.of(today.getYear(), month, day);
            return d.isAfter(today) ? d.minusYears(1) : d;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
