package io.factline.chat;

import io.factline.facts.Window;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The question reader's terms: phrases (space-separated keys as the tokenizer writes them) and what they mean
 * to a question (a topic, a window, a kind of term). Instrument symbols, names and sectors come from the data
 * instead, and what writers call them (sector synonyms, size groups, the broad market, what Factline has no
 * data on) from the vocabulary the validator shares, {@link io.factline.vocabulary.MarketNames} (see
 * {@link Vocabulary}). Not a second lexicon: the validator's {@code Lexicon} holds per-word flags for reading
 * commentary (direction, hedges, window starts), a different concept; this class was called Lexicon until
 * issue 18 asked for one of each.
 */
final class QuestionTerms {

    private QuestionTerms() {
    }

    static final Map<String, Topic> TOPICS = new LinkedHashMap<>();
    static final Map<String, Window> WINDOWS = new LinkedHashMap<>();
    /** Spans Factline computes nothing over. */
    static final List<String> OTHER_SPANS = List.of("weeks", "last week", "quarter",
            "this quarter", "3 months", "6 months", "six months", "decade", "5 years", "10 years");
    static final Map<Term.Kind, List<String>> WORDS = new LinkedHashMap<>();
    /** Upper-case words that are not tickers. */
    static final List<String> NOT_TICKERS = List.of("i", "a", "us", "usa", "u.s", "etf", "etfs", "pe", "p/e", "macd",
            "rsi", "eps", "ceo", "cfo", "gdp", "ok", "ai", "ipo", "ytd", "sma", "ema", "vs", "am", "pm", "uk", "eu",
            "fed", "cpi", "nyse", "spdr", "pp", "ok", "faq", "usd", "tldr", "imo", "fyi", "asap", "api", "url", "llm",
            "q1", "q2", "q3", "q4", "pls", "thx");
    /** Common words never "corrected" towards a vocabulary word. */
    static final List<String> NEVER_CORRECTED = List.of("really", "could", "would", "should", "which", "where", "there",
            "their", "these", "those", "about", "after", "before", "right", "think", "thanks", "please", "going",
            "being", "doing", "other", "value", "values", "tell", "since", "while", "worse", "lower", "rates", "trader");

    private static void topic(Topic t, String... phrases) {
        for (String p : phrases) TOPICS.put(p, t);
    }

    private static void window(Window w, String... phrases) {
        for (String p : phrases) WINDOWS.put(p, w);
    }

    private static void words(Term.Kind k, String... phrases) {
        WORDS.put(k, List.of(phrases));
    }

    static {
        topic(Topic.PERFORMANCE, "return", "returns", "performance", "perform", "performed", "performing", "performer",
                "performers", "do", "did", "doing", "done", "move", "moved", "moves", "gain", "gained", "gains", "rise",
                "rose", "risen", "rising", "fall", "fell", "falling", "drop", "dropped", "up", "down", "rally", "rallied",
                "change", "changed", "how much", "jump", "jumped", "surge", "surged", "decline", "declined", "go", "went");
        topic(Topic.VOLATILITY, "volatility", "volatile", "swings", "swing", "swung", "choppy", "choppiness",
                "standard deviation", "risky", "risk", "riskiness", "turbulent", "turbulence");
        topic(Topic.VOLUME, "volume", "volumes", "traded", "trading", "turnover", "shares traded", "activity",
                "unusual", "unusually", "busy", "heavy", "liquidity");
        topic(Topic.BETA, "beta", "betas", "sensitivity", "sensitive", "correlated", "moves with the market");
        topic(Topic.VALUATION, "p/e", "pe", "pe ratio", "p/e ratio", "price to earnings", "price earnings", "valuation",
                "valuations", "valued", "expensive", "cheap", "overvalued", "undervalued", "multiple", "earnings multiple");
        topic(Topic.MACD, "macd", "momentum", "signal line", "histogram");
        topic(Topic.RSI, "rsi", "relative strength", "relative strength index", "overbought", "oversold",
                "over bought", "over sold", "stretched");
        topic(Topic.TREND, "trend", "trending", "trends", "trended", "uptrend", "downtrend", "sideways",
                "moving average", "sma", "direction");
        topic(Topic.PRICE, "close", "closed", "closing", "price", "prices", "level", "quote", "trading at", "trade at",
                "worth", "priced");

        window(Window.D1, "on the day", "daily", "the session", "this session", "1 day", "one day", "1d", "intraday",
                "for the day", "single day");
        window(Window.D5, "week", "this week", "past week", "the week", "weekly", "5 days", "five days", "5 sessions",
                "five sessions", "5 trading days", "5d", "a week", "over the week");
        window(Window.MTD, "month to date", "mtd", "this month", "so far this month", "the month so far");
        window(Window.YTD, "ytd", "year to date", "this year", "so far this year", "since january", "the year so far",
                "since the start of the year");
        window(Window.D30, "30 days", "30 day", "30 sessions", "30 session", "30 trading days", "30 trading sessions",
                "30d", "past month", "last month", "the month", "month", "monthly", "thirty days", "thirty sessions",
                "4 weeks", "four weeks", "a month");
        window(Window.D252, "252 days", "252 day", "252 sessions", "252 trading days", "252d", "past year",
                "last year", "the year", "year", "12 months", "twelve months", "one year", "1 year", "52 weeks",
                "annual", "yearly", "a year");

        words(Term.Kind.COMPARE, "vs", "vs.", "versus", "against", "compare", "compared", "comparison", "relative",
                "relatively", "outperform", "outperformed", "outperforming", "underperform", "underperformed",
                "underperforming", "beat", "better than", "worse than", "between");
        words(Term.Kind.HIGH, "led", "lead", "leader", "leaders", "leading", "best", "top", "strongest", "highest",
                "most", "biggest", "largest", "greatest", "winner", "winners", "outperformer", "better", "gainers", "top gainers",
                "movers", "top movers", "biggest movers");
        words(Term.Kind.LOW, "worst", "weakest", "lowest", "least", "laggard", "laggards", "lagged", "lagging", "bottom",
                "loser", "losers", "smallest", "underperformer", "worse");
        words(Term.Kind.SECTOR, "sector", "sectors", "sector funds", "sector fund", "industry", "industries");
        words(Term.Kind.FORECAST, "will", "tomorrow", "next week", "next month", "next year", "next session",
                "forecast", "forecasts", "predict", "prediction", "predictions", "outlook", "going to", "expect",
                "expected", "expecting", "future", "target", "price target", "projection", "gonna", "later this year");
        words(Term.Kind.ADVICE, "should i", "should we", "buy", "buying", "sell", "selling", "invest", "investing",
                "recommend", "recommendation", "recommendations", "good investment", "worth buying", "good buy",
                "allocate", "allocation", "portfolio", "short it", "go long");
        words(Term.Kind.UNSUPPORTED, "dividend", "dividends", "dividend yield", "yield", "yields", "eps", "earnings per share", "earnings", "market cap", "market caps", "the market cap", "the market caps",
                "the market capitalization",
                "market capitalization", "capitalization", "revenue", "revenues", "sales", "profit", "profits", "margin",
                "margins", "book value", "p/b", "price to book", "sharpe", "sharpe ratio", "drawdown", "bollinger",
                "bollinger bands", "implied volatility", "options", "short interest", "expense ratio", "aum",
                "assets under management", "holdings", "all time high",
                "stochastic", "ebitda", "free cash flow", "debt", "interest rates", "inflation");
        words(Term.Kind.OFF_TOPIC, "system prompt", "prompt", "prompts", "instructions", "instruction", "api key",
                "password", "passwords", "configuration", "config", "base url", "environment variables", "env",
                "secret", "secrets", "your rules", "jailbreak", "weather", "joke", "poem", "recipe");
        words(Term.Kind.BREADTH, "how many", "breadth", "market breadth", "advancers", "decliners", "advance decline",
                "advance/decline", "advancing stocks", "declining stocks", "stocks rose", "stocks fell", "stocks were up",
                "stocks were down");
        words(Term.Kind.RECORD_HIGH, "52 week high", "52 week highs", "new high", "new highs", "record high",
                "record highs", "year high", "year highs", "yearly high", "annual high", "one year high", "1 year high",
                "new 52 week high", "new 52 week highs", "52wk high");
        words(Term.Kind.RECORD_LOW, "52 week low", "52 week lows", "new low", "new lows", "record low", "record lows",
                "year low", "year lows", "yearly low", "annual low", "one year low", "1 year low", "new 52 week low",
                "new 52 week lows", "52wk low");
        words(Term.Kind.TODAY, "today", "today's", "now", "right now", "currently", "latest", "this session",
                "most recent session");
        words(Term.Kind.YESTERDAY, "yesterday", "yesterday's", "previous session", "last session", "prior session",
                "the day before");

    }
}
