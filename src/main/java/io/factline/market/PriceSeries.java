package io.factline.market;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The daily bars of one instrument, sorted by date, in columns.
 *
 * <p>{@code price} is the series the metrics use ("p"): {@code adj_close} when the source has that
 * column, else {@code close}. {@code volume} holds shares traded, with {@link Double#NaN} marking a
 * blank cell; ask {@link #hasVolume(int)} rather than reading NaN. {@code origin} says where the bars
 * came from, for citing. {@code open}, {@code high} and {@code low} are kept for the quality checks
 * (NaN where blank or where the source has none); no metric uses them.
 */
public record PriceSeries(String symbol, SeriesOrigin origin, boolean adjusted,
                          LocalDate[] dates, double[] close, double[] price, double[] volume,
                          double[] open, double[] high, double[] low) {

    /** A series from a source without open, high and low (the database, providers, tests). */
    public PriceSeries(String symbol, SeriesOrigin origin, boolean adjusted,
                       LocalDate[] dates, double[] close, double[] price, double[] volume) {
        this(symbol, origin, adjusted, dates, close, price, volume, blank(dates.length), blank(dates.length), blank(dates.length));
    }

    private static double[] blank(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    public int size() {
        return dates.length;
    }

    public boolean hasVolume(int i) {
        return !Double.isNaN(volume[i]);
    }

    /** @return the index of the last row on or before {@code date}, or -1 when there is none */
    public int lastIndexOnOrBefore(LocalDate date) {
        int i = Arrays.binarySearch(dates, date);
        return i >= 0 ? i : -i - 2;
    }

    /** @return the index of the row dated {@code date}, or -1 */
    public int indexOf(LocalDate date) {
        int i = Arrays.binarySearch(dates, date);
        return i >= 0 ? i : -1;
    }

    public LocalDate first() {
        return dates[0];
    }

    public LocalDate last() {
        return dates[dates.length - 1];
    }
}
