package io.factline.vocabulary;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What writers and readers call the things a fact sheet is about, as lower-case phrases. Instrument
 * symbols, names and sectors themselves come from each sheet's instruments; this adds the common names
 * around them. A phrase that names something the sheet does not have (the Nasdaq when the sheet has no
 * Nasdaq index, oil, semiconductors) still names a subject: a figure about it is supported by no fact.
 */
public final class MarketNames {

    private MarketNames() {
    }

    /**
     * Sector names as instruments files write them (Yahoo's scheme, or GICS) → the other names for the
     * same sector. A sub-industry ("pharma", "banks", "semiconductors") is not its sector: those are in
     * {@link #OUTSIDE}.
     */
    public static final Map<String, List<String>> SECTOR_SYNONYMS = Map.ofEntries(
            Map.entry("technology", List.of("tech", "information technology", "info tech")),
            Map.entry("information technology", List.of("tech", "technology", "info tech")),
            Map.entry("financial services", List.of("financials", "financial", "finance")),
            Map.entry("financials", List.of("financial services", "financial", "finance")),
            Map.entry("healthcare", List.of("health care", "health-care")),
            Map.entry("health care", List.of("healthcare", "health-care")),
            Map.entry("consumer defensive", List.of("consumer staples", "staples")),
            Map.entry("consumer staples", List.of("consumer defensive", "staples")),
            Map.entry("consumer cyclical", List.of("consumer discretionary", "discretionary")),
            Map.entry("consumer discretionary", List.of("consumer cyclical", "discretionary")),
            Map.entry("communication services", List.of("communications", "communication", "comm services",
                    "telecom services")),
            Map.entry("basic materials", List.of("materials", "material")),
            Map.entry("materials", List.of("basic materials", "material")),
            Map.entry("industrials", List.of("industrial")),
            Map.entry("utilities", List.of("utility")),
            Map.entry("real estate", List.of("reits", "reit", "property")),
            Map.entry("energy", List.of("oil and gas", "oil & gas")));

    /** Size groups and the broad market → the index whose family stands for them in a sheet. */
    public static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("small caps", "russell 2000"), Map.entry("small-caps", "russell 2000"),
            Map.entry("small cap", "russell 2000"), Map.entry("small-cap", "russell 2000"),
            Map.entry("smallcaps", "russell 2000"), Map.entry("small-cap stocks", "russell 2000"),
            Map.entry("small cap stocks", "russell 2000"), Map.entry("small companies", "russell 2000"),
            Map.entry("small-cap index", "russell 2000"), Map.entry("small-cap benchmark", "russell 2000"),
            Map.entry("large caps", "s&p 500"), Map.entry("large-caps", "s&p 500"), Map.entry("large cap", "s&p 500"),
            Map.entry("large-cap", "s&p 500"), Map.entry("largecaps", "s&p 500"), Map.entry("large-cap stocks", "s&p 500"),
            Map.entry("large cap stocks", "s&p 500"), Map.entry("blue chips", "s&p 500"),
            Map.entry("large companies", "s&p 500"), Map.entry("big caps", "s&p 500"),
            Map.entry("small caps stocks", "russell 2000"), Map.entry("small company stocks", "russell 2000"),
            Map.entry("small cap index", "russell 2000"), Map.entry("large caps stocks", "s&p 500"),
            Map.entry("largecap", "s&p 500"), Map.entry("smallcap", "russell 2000"));

    /** Words for the whole market, which a sheet's broad benchmark (the S&P 500 family) stands for. */
    public static final List<String> BROAD_MARKET = List.of("stocks", "equities", "the market", "the stock market",
            "the broad market", "the broader market", "wall street", "u.s. stocks", "us stocks", "u.s. equities",
            "us equities", "the benchmark", "the broad index", "american stocks", "market", "markets", "broad market",
            "stock market");

    /**
     * Instruments, indices, asset classes and industries by what writers call them → the symbols that are
     * them when a sheet has one (empty: never in a sheet as such). A phrase whose symbols the sheet lacks
     * names a subject no fact is about.
     */
    public static final Map<String, List<String>> OUTSIDE = Map.ofEntries(
            Map.entry("nasdaq", List.of("^IXIC")), Map.entry("nasdaq composite", List.of("^IXIC")),
            Map.entry("the composite", List.of("^IXIC")), Map.entry("nasdaq 100", List.of("^NDX", "QQQ")),
            Map.entry("nasdaq-100", List.of("^NDX", "QQQ")), Map.entry("tech-heavy nasdaq", List.of("^IXIC")),
            Map.entry("dow", List.of("^DJI", "DIA")), Map.entry("dow jones", List.of("^DJI", "DIA")),
            Map.entry("the dow", List.of("^DJI", "DIA")), Map.entry("dow industrials", List.of("^DJI", "DIA")),
            Map.entry("blue-chip dow", List.of("^DJI", "DIA")),
            Map.entry("vix", List.of("^VIX")), Map.entry("volatility index", List.of("^VIX")),
            Map.entry("fear gauge", List.of("^VIX")), Map.entry("cboe volatility index", List.of("^VIX")),
            Map.entry("treasury", List.of("^TNX")), Map.entry("treasuries", List.of("^TNX")),
            Map.entry("treasury yields", List.of("^TNX")), Map.entry("treasury yield", List.of("^TNX")),
            Map.entry("10-year yield", List.of("^TNX")), Map.entry("10-year treasury", List.of("^TNX")),
            Map.entry("10-year note", List.of("^TNX")), Map.entry("ten-year yield", List.of("^TNX")),
            Map.entry("bond yields", List.of("^TNX")), Map.entry("yields", List.of("^TNX")),
            Map.entry("2-year yield", List.of()), Map.entry("bonds", List.of()), Map.entry("the bond market", List.of()),
            Map.entry("oil", List.of()), Map.entry("crude", List.of()), Map.entry("crude oil", List.of()),
            Map.entry("brent", List.of()), Map.entry("wti", List.of()), Map.entry("oil prices", List.of()),
            Map.entry("gold", List.of()), Map.entry("silver", List.of()), Map.entry("copper", List.of()),
            Map.entry("natural gas", List.of()), Map.entry("bitcoin", List.of()), Map.entry("ether", List.of()),
            Map.entry("ethereum", List.of()), Map.entry("crypto", List.of()), Map.entry("cryptocurrencies", List.of()),
            Map.entry("the dollar", List.of()), Map.entry("dollar", List.of()), Map.entry("dollar index", List.of()),
            Map.entry("the euro", List.of()), Map.entry("the yen", List.of()),
            Map.entry("mid caps", List.of()), Map.entry("mid-caps", List.of()), Map.entry("midcaps", List.of()),
            Map.entry("mid-cap", List.of()), Map.entry("mid-cap stocks", List.of()), Map.entry("s&p 400", List.of()),
            Map.entry("s&p 600", List.of()), Map.entry("russell 1000", List.of()), Map.entry("russell 3000", List.of()),
            Map.entry("semiconductors", List.of()), Map.entry("semis", List.of()), Map.entry("chipmakers", List.of()),
            Map.entry("chip stocks", List.of()), Map.entry("chipmaker", List.of()), Map.entry("semiconductor", List.of()),
            Map.entry("regional banks", List.of()), Map.entry("banks", List.of()), Map.entry("bank stocks", List.of()),
            Map.entry("pharma", List.of()), Map.entry("pharmaceuticals", List.of()), Map.entry("drugmakers", List.of()),
            Map.entry("biotech", List.of()), Map.entry("biotechs", List.of()), Map.entry("homebuilders", List.of()),
            Map.entry("airlines", List.of()), Map.entry("software", List.of()), Map.entry("retailers", List.of()),
            Map.entry("megacaps", List.of()), Map.entry("mega caps", List.of()), Map.entry("mega-caps", List.of()),
            Map.entry("magnificent seven", List.of()), Map.entry("magnificent 7", List.of()), Map.entry("mag 7", List.of()),
            Map.entry("futures", List.of()), Map.entry("stock futures", List.of()), Map.entry("s&p futures", List.of()),
            Map.entry("europe", List.of()), Map.entry("european stocks", List.of()), Map.entry("stoxx 600", List.of()),
            Map.entry("euro stoxx 50", List.of()), Map.entry("ftse", List.of()), Map.entry("ftse 100", List.of()),
            Map.entry("dax", List.of()), Map.entry("nikkei", List.of()), Map.entry("nikkei 225", List.of()),
            Map.entry("hang seng", List.of()), Map.entry("emerging markets", List.of()), Map.entry("china", List.of()),
            Map.entry("high yield", List.of()), Map.entry("junk bonds", List.of()), Map.entry("wilshire 5000", List.of()),
            Map.entry("cac 40", List.of()), Map.entry("asx 200", List.of()), Map.entry("dax 40", List.of()),
            Map.entry("btc", List.of()), Map.entry("euro stoxx", List.of()), Map.entry("retail", List.of()),
            Map.entry("telecom", List.of()), Map.entry("telecoms", List.of()), Map.entry("media", List.of()),
            Map.entry("banking", List.of()), Map.entry("apple", List.of("AAPL")), Map.entry("tesla", List.of("TSLA")),
            Map.entry("microsoft", List.of("MSFT")), Map.entry("nvidia", List.of("NVDA")), Map.entry("amazon", List.of("AMZN")),
            Map.entry("google", List.of("GOOGL", "GOOG")), Map.entry("alphabet", List.of("GOOGL", "GOOG")),
            Map.entry("meta", List.of("META")), Map.entry("netflix", List.of("NFLX")));

    /** The synonyms of a sheet's sector name (any case). */
    public static List<String> synonymsOf(String sector) {
        return SECTOR_SYNONYMS.getOrDefault(sector.toLowerCase(Locale.ROOT).strip(), List.of());
    }
}
