package io.factline.drafts;

import io.factline.validation.Claim;
import io.factline.validation.Problem;
import io.factline.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The bounds of what a draft version keeps. A commentary is a page or two (the template writes about 2,000
 * characters), so {@link #MAX_CHARS} leaves room for a long one while bounding the validator's and the
 * renderer's work per view; the stored report keeps at most {@link #MAX_REPORT_ENTRIES} claims and problems
 * (a report runs to tens of bytes per character of text otherwise).
 */
public final class VersionText {

    /** Characters (UTF-16 units, after CRLF becomes LF) in one version's text. */
    public static final int MAX_CHARS = 50_000;
    /** Claims plus problems kept in a stored report; past it a {@code report_truncated} problem says how many were left out. */
    public static final int MAX_REPORT_ENTRIES = 1_000;
    public static final Problem.Kind TRUNCATED = Problem.Kind.REPORT_TRUNCATED;
    /**
     * Digits in one written number (separators aside): a market figure needs at most about 15; reading a
     * 50,000-digit number took the validator 2 s and echoed it into a 150 KB report.
     */
    public static final int MAX_FIGURE_DIGITS = 40;

    private VersionText() {
    }

    /**
     * The text with browser line ends made "\n".
     *
     * @throws DraftProblem.InvalidInput on field "text" when it is over {@link #MAX_CHARS}, or a number in it
     *                                    has over {@link #MAX_FIGURE_DIGITS} digits
     */
    public static String checked(String text) {
        String t = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.length() > MAX_CHARS) {
            throw new DraftProblem.InvalidInput("text", String.format("the text is %,d characters; a version holds at most %,d characters",
                    t.length(), MAX_CHARS));
        }
        int digits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') digits++;
            else if (!(c == ',' || c == '.') || digits == 0) digits = 0;   // "1,234.5" is one number
            if (digits > MAX_FIGURE_DIGITS) {
                throw new DraftProblem.InvalidInput("text", "the number at character " + (i - MAX_FIGURE_DIGITS) + " has over "
                        + MAX_FIGURE_DIGITS + " digits; a figure has at most " + MAX_FIGURE_DIGITS);
            }
        }
        return t;
    }

    /** The report as stored: verdict unchanged; claims first, then problems, up to the bound, then the note. */
    public static ValidationReport stored(ValidationReport report) {
        int entries = report.claims().size() + report.problems().size();
        if (entries <= MAX_REPORT_ENTRIES) return report;
        List<Claim> claims = report.claims().subList(0, Math.min(report.claims().size(), MAX_REPORT_ENTRIES));
        int room = MAX_REPORT_ENTRIES - claims.size();
        List<Problem> problems = new ArrayList<>(report.problems().subList(0, Math.min(report.problems().size(), room)));
        int left = entries - claims.size() - problems.size();
        problems.add(new Problem(0, 0, TRUNCATED, String.format("%,d more claims and problems were found but not stored "
                + "(a stored report keeps %,d); validate the text again to see them all", left, MAX_REPORT_ENTRIES)));
        return new ValidationReport(report.verdict(), claims, problems);
    }
}
