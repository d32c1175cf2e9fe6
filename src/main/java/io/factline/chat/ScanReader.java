package io.factline.chat;

import io.factline.chat.Term.Kind;
import io.factline.market.Instrument;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a question about the stocks as a whole, or one sector's, from one about an instrument: "Which stocks
 * hit 52-week highs?", "What were the biggest losers?", "How many tech stocks rose?" — on a data set that has
 * stocks. A record (a 52-week high or low) comes first, then a ranking of moves, then breadth; "sector" keeps
 * a ranking on the sector funds, and so does a topic other than performance (volatility, beta …).
 */
final class ScanReader {

    /** Words for the stocks as a whole; "the market" and "the S&P 500" stay the index or its fund. */
    private static final Set<String> STOCKS = Set.of("stocks", "equities", "u.s. stocks", "us stocks", "american stocks",
            "u.s. equities", "us equities");
    private static final Set<String> DOWN = Set.of("fell", "fall", "falling", "drop", "dropped", "down", "decline",
            "declined", "losers", "loser", "worst", "weakest", "laggards", "lagged", "lagging", "stocks fell", "stocks were down");
    private static final Set<String> UP = Set.of("rose", "rise", "rising", "gain", "gained", "gains", "up", "winners",
            "winner", "best", "top", "strongest", "leaders", "led", "jump", "jumped", "surge", "surged", "rally", "rallied");

    private final MarketFacts facts;

    ScanReader(MarketFacts facts) {
        this.facts = facts;
    }

    /**
     * @param has   whether the question has a phrase of the kind
     * @param said  whether the question said one of the phrases
     * @param named the subjects named, in order
     * @return the scan asked for, or null when the question is about instruments
     */
    Intent.Scan read(Predicate<Kind> has, Predicate<Set<String>> said, List<Term> named, LocalDate date, Topic topic) {
        if (named.size() > 1 || facts.instruments().stream().noneMatch(i -> i.kind() == io.factline.market.Kind.STOCK)) {
            return null;
        }
        String sector = null;
        if (!named.isEmpty() && !STOCKS.contains(named.get(0).said().toLowerCase(Locale.ROOT))) {
            sector = sectorOf(named.get(0).symbols());
            if (sector == null) return null;
        }
        boolean funds = has.test(Kind.SECTOR) && named.isEmpty();     // "Which sector hit a 52-week high?": the funds
        if ((has.test(Kind.RECORD_HIGH) || has.test(Kind.RECORD_LOW)) && !funds) {
            return new Intent.Scan(date, has.test(Kind.RECORD_HIGH) ? Intent.Look.HIGHS : Intent.Look.LOWS, sector);
        }
        boolean ranking = has.test(Kind.HIGH) || has.test(Kind.LOW);
        if (ranking && !has.test(Kind.SECTOR) && (topic == null || topic == Topic.PERFORMANCE)) {
            boolean down = has.test(Kind.LOW) && !said.test(UP) || said.test(DOWN);
            return new Intent.Scan(date, down ? Intent.Look.LOSERS : Intent.Look.GAINERS, sector);
        }
        if (has.test(Kind.BREADTH) && !ranking) return new Intent.Scan(date, Intent.Look.BREADTH, sector);
        return null;
    }

    /** The sector a sector name stands for ("tech" → Information Technology), by its fund; null for none. */
    private String sectorOf(List<String> candidates) {
        return facts.instruments().stream()
                .filter(i -> candidates.contains(i.symbol()) && i.kind() != io.factline.market.Kind.STOCK && i.sector() != null)
                .map(Instrument::sector).findFirst().orElse(null);
    }
}
