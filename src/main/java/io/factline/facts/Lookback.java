package io.factline.facts;

import java.time.LocalDate;

/**
 * How many sessions k a window spans on the as-of date. A trailing window spans its sessions. For
 * {@code mtd} / {@code ytd} the base is the benchmark's last row dated before the first day of t's month
 * / year, and k is the number of benchmark rows after the base up to t; with no base row the window
 * cannot be computed. Completeness is then checked as for any k-window ({@link Session#windowProblem}).
 *
 * @param k       the sessions, or -1 when {@code problem} says why there are none
 * @param problem why the window has no k, or null
 */
record Lookback(int k, String problem) {

    static Lookback of(Session s, Window w) {
        if (!w.isCalendar()) return new Lookback(w.sessions(), null);
        LocalDate first = w == Window.MTD ? s.asOf().withDayOfMonth(1) : s.asOf().withDayOfYear(1);
        var cal = s.bench();
        int base = cal.lastIndexOnOrBefore(first.minusDays(1));
        if (base < 0) {
            return new Lookback(-1, "no session of " + cal.symbol() + " before " + first + " to base the "
                    + w.phrase() + " figure on");
        }
        if (s.bt() < 0) return new Lookback(-1, "benchmark " + cal.symbol() + " has no bars up to " + s.asOf());
        return new Lookback(s.bt() - base, null);
    }
}
