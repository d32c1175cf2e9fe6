package io.factline.narrative;

import java.util.List;

/**
 * The sections a writer drafts: prose with a citation marker ({@code [F12]}) after every figure.
 * Sources (footnotes) and the disclaimer are not drafted: code adds them from the cited facts, so
 * they can never disagree with the sheet. A section with nothing to say is an empty string or list.
 *
 * @param marketMoves indices and ETFs, including the small-cap/large-cap comparison
 * @param risk        volatility and beta
 * @param technicals  MACD and trend labels
 */
public record Draft(String headline, String summary, String marketMoves, String sectors, String valuation,
                    String risk, String technicals, List<String> risks, List<String> opportunities,
                    List<String> keyFigures) {

    public Draft {
        headline = orEmpty(headline);
        summary = orEmpty(summary);
        marketMoves = orEmpty(marketMoves);
        sectors = orEmpty(sectors);
        valuation = orEmpty(valuation);
        risk = orEmpty(risk);
        technicals = orEmpty(technicals);
        risks = risks == null ? List.of() : List.copyOf(risks);
        opportunities = opportunities == null ? List.of() : List.copyOf(opportunities);
        keyFigures = keyFigures == null ? List.of() : List.copyOf(keyFigures);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
