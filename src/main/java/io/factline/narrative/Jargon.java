package io.factline.narrative;

import java.util.HashSet;
import java.util.Set;

/**
 * Terms a general reader may not know, explained in a few words the first time one commentary uses
 * them (issue 16) and bare after that. One per draft: sections ask in reading order.
 */
final class Jargon {

    enum Term {
        BETA(", a measure of how much it has tended to move with the market,"),
        MACD(", a momentum gauge built from moving averages,"),
        TREND(", read from the slope of its 50-day moving average,"),
        RSI(" (RSI), a gauge of how far recent gains or losses have run,");

        private final String explained;

        Term(String explained) {
            this.explained = explained;
        }
    }

    private final Set<Term> used = new HashSet<>();

    /** The explanation to put after the term (an appositive with its commas) the first time, else "". */
    String explain(Term term) {
        return used.add(term) ? term.explained : "";
    }
}
