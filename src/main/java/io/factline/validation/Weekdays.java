package io.factline.validation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A daily commentary is about one day: a weekday the text names as the day it describes ("on Tuesday",
 * "Tuesday's session", "Session: Tuesday", "Happy Thursday!") must be the sheet's, whether or not a
 * figure stands next to it. A weekday named as an earlier point of reference is fine: "since Friday",
 * "after Friday's selloff", "than on Thursday", "last Monday", "erased Friday's losses".
 */
final class Weekdays {

    private static final Set<String> EARLIER = Set.of("since", "after", "from", "last", "previous", "prior", "than",
            "until", "before", "through", "till", "past", "recovered", "erased", "extended", "reversed", "pared",
            "recouped", "undid", "extending", "reversing", "erasing", "recovering");

    private Weekdays() {
    }

    static List<Problem> wrong(List<WindowPhrase> phrases, Tokens tokens, LocalDate asOf) {
        List<Problem> problems = new ArrayList<>();
        if (asOf == null) return problems;
        for (WindowPhrase p : phrases) {
            if (p.day() == null || p.day() == asOf.getDayOfWeek() || earlier(p, tokens)) continue;
            problems.add(new Problem(tokens.start(p.first()), tokens.end(p.last()), Problem.WRONG_DATE, "says \"" + p.text()
                    + "\", but the sheet is for " + name(asOf.getDayOfWeek()) + " " + asOf + "; name the sheet's day or none"));
        }
        return problems;
    }

    private static boolean earlier(WindowPhrase p, Tokens tokens) {
        int before = p.first() - 1;
        if (before >= 0 && tokens.is(before, TokenType.WORD) && EARLIER.contains(tokens.key(before))) return true;
        if (before >= 1 && tokens.isWord(before, "the") && tokens.is(before - 1, TokenType.WORD) && EARLIER.contains(tokens.key(before - 1))) {
            return true;
        }
        return false;
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
