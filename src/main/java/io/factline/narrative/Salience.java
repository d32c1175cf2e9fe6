package io.factline.narrative;

import io.factline.facts.Fact;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How unusual an instrument's day was, as a score the writers rank by (issue 16, section 1): the day's
 * move against the instrument's own 30-day volatility, volume against its 30-day average, a new 52-week
 * high or low, an RSI extreme. Deterministic: ties go to the symbol in alphabetical order.
 */
final class Salience {

    /** An instrument with the day's move and how newsworthy it is. */
    record Candidate(Instrument instrument, Fact day, double score) {
    }

    static final int MOST_NAMED = 5;

    private final SheetView v;

    Salience(SheetView v) {
        this.v = v;
    }

    /** The most newsworthy stocks of the day, at most {@link #MOST_NAMED}, most unusual first. */
    List<Candidate> stocks() {
        return v.sheet().instruments().stream().filter(i -> i.kind() == Kind.STOCK)
                .map(this::candidate).flatMap(Optional::stream)
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(c -> c.instrument().symbol()))
                .limit(MOST_NAMED).toList();
    }

    Optional<Candidate> candidate(Instrument i) {
        return v.fact(i, Metric.RETURN, Window.D1).map(day -> new Candidate(i, day, score(i, day)));
    }

    private double score(Instrument i, Fact day) {
        double move = Math.abs(day.number());
        double s = v.fact(i, Metric.VOLATILITY, Window.D30).filter(f -> f.number() > 0)
                .map(f -> move / f.number()).orElse(move);
        s += v.fact(i, Metric.VOLUME_RATIO, Window.D30).map(f -> Math.max(0, f.number() - 1)).orElse(0.0);
        if (isYes(i, Metric.NEW_HIGH_52W) || isYes(i, Metric.NEW_LOW_52W)) s += 2;
        s += v.fact(i, Metric.RSI_ZONE, Window.D14).filter(f -> !"neutral".equals(f.labelText())).map(f -> 1.0).orElse(0.0);
        return s;
    }

    boolean isYes(Instrument i, Metric label) {
        return v.fact(i, label, Window.D252).filter(f -> "yes".equals(f.labelText())).isPresent();
    }
}
