package io.factline.market.feed;

import io.factline.market.feed.ProviderError.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The checks every provider's bars pass before they leave the provider: values the data layout can
 * hold (a positive close and adjusted close, volume not negative, all finite), each date once, sorted,
 * and only the requested range. One impossible bar rejects the whole answer, wherever its date: a body
 * we cannot fully trust is not returned in part.
 */
final class Bars {

    private Bars() {
    }

    static List<Bar> checkedWithin(List<Bar> bars, LocalDate from, LocalDate to, ProviderErrors errors, String symbol) {
        List<Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparing(Bar::date));
        List<Bar> kept = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Bar b = sorted.get(i);
            String problem = problem(b);
            if (problem != null) throw errors.of(Kind.BAD_RESPONSE, symbol, "bar " + b.date() + ": " + problem);
            if (i > 0 && sorted.get(i - 1).date().equals(b.date())) {
                throw errors.of(Kind.BAD_RESPONSE, symbol, "two bars dated " + b.date());
            }
            if (!b.date().isBefore(from) && !b.date().isAfter(to)) kept.add(b);
        }
        return kept;
    }

    /** A range the caller got backwards is refused before any call. */
    static void requireRange(LocalDate from, LocalDate to, ProviderErrors errors, String symbol) {
        if (from.isAfter(to)) {
            throw errors.of(Kind.BAD_REQUEST, symbol, "the range starts " + from + ", after its end " + to);
        }
    }

    private static String problem(Bar b) {
        if (!(b.close() > 0) || !Double.isFinite(b.close())) return "close must be a positive number, got " + b.close();
        if (b.adjClose() != null && (!(b.adjClose() > 0) || b.adjClose().isInfinite())) {
            return "adjusted close must be a positive number, got " + b.adjClose();
        }
        if (b.volume() != null && (!(b.volume() >= 0) || b.volume().isInfinite())) {
            return "volume must not be negative, got " + b.volume();
        }
        for (Double v : new Double[] {b.open(), b.high(), b.low()}) {
            if (v != null && !Double.isFinite(v)) return "open, high and low must be finite, got " + v;
        }
        return null;
    }
}
