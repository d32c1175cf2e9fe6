package io.factline.facts;

import io.factline.market.Instrument;
import io.factline.market.PriceSeries;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One instrument on the as-of date: its series with {@code t} the index of the as-of row, and its
 * benchmark's series with {@code bt} the index of the benchmark's last row on or before the as-of date
 * (-1 when it has none), and the instrument's indicator series, computed once per data set. Built only
 * for instruments that have a row on the as-of date.
 */
record Session(Instrument instrument, PriceSeries series, int t, PriceSeries bench, int bt, LocalDate asOf,
               Indicators indicators) {

    /** "1 session", "42 sessions". */
    static String count(int n) {
        return n + (n == 1 ? " session" : " sessions");
    }

    String symbol() {
        return instrument.symbol();
    }

    LocalDate date(int i) {
        return series.dates()[i];
    }

    double p(int i) {
        return series.price()[i];
    }

    /** Daily return of row i in percent, from the row before it. */
    double dailyReturn(int i) {
        return (p(i) / p(i - 1) - 1) * 100;
    }

    /**
     * A window of k sessions ending on the as-of date is complete when the instrument's last k+1 rows
     * have exactly the dates of its benchmark's last k+1 rows up to that date.
     *
     * @return why the window is not complete, or empty when it is
     */
    Optional<String> windowProblem(int k) {
        if (t < k) {
            return Optional.of("needs " + (k + 1) + " sessions up to " + asOf + ", " + symbol() + " has " + Session.count(t + 1));
        }
        if (bench == series) return Optional.empty();
        String b = bench.symbol();
        if (bt < 0) return Optional.of("benchmark " + b + " has no bars up to " + asOf);
        if (!bench.dates()[bt].equals(asOf)) {
            return Optional.of("benchmark " + b + " has no bar on " + asOf + "; last bar " + bench.dates()[bt]);
        }
        if (bt < k) {
            return Optional.of("needs " + (k + 1) + " sessions up to " + asOf + ", benchmark " + b + " has " + Session.count(bt + 1));
        }
        LocalDate[] own = series.dates();
        LocalDate[] cal = bench.dates();
        for (int n = 0, i = t, j = bt; n <= k; n++, i--, j--) {
            int c = own[i].compareTo(cal[j]);
            if (c > 0) return Optional.of("session " + own[i] + " is not in the calendar of " + b);
            if (c < 0) {
                return Optional.of("missing sessions between " + own[i] + " and " + own[i + 1]);
            }
        }
        return Optional.empty();
    }
}
