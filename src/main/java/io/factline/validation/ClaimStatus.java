package io.factline.validation;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the validator found for one claim; JSON in lower snake case ("wrong_sign"). */
public enum ClaimStatus {
    /** A cited fact (or two, for a derived gap or ratio) supports it. */
    SUPPORTED,
    /** No citation, but exactly one fact matches by value, unit and named subject: a warning. */
    UNCITED,
    /** The cited fact is about the same thing, but the digits are wrong. */
    MISMATCH,
    /** The digits are right, the sign (or direction word) is not. */
    WRONG_SIGN,
    /** "%" where the fact is in pp, "$" for a P/E, a number cited to a label fact. */
    WRONG_UNIT,
    /** The words name another measure: "gained 1.26%" cited to a volatility, "closed at" to a return. */
    WRONG_METRIC,
    /** The clause names an instrument that is not the fact's subject (or its against). */
    WRONG_SUBJECT,
    /** The clause says "on the day" and the fact is a 30-day figure, or the other way round. */
    WRONG_WINDOW,
    /** "on Tuesday" for a sheet of a Monday. */
    WRONG_DATE,
    /** A quote older than the sheet stated without its date ("trades at 26x earnings" for a P/E of last week). */
    STALE,
    /** The text does not say who (or what) a cited figure is about: "cannot tell which instrument 2.16% is about". */
    UNRESOLVED,
    /** The direction word states a size the move does not have: "soared" for +0.07%, "edged up" for +1.8%. */
    WRONG_INTENSITY,
    /** A ranking in words the sheet contradicts: "Energy led the sector funds" when Energy ranked sixth. */
    WRONG_RANKING,
    /** A count in words the sheet contradicts: "three of the eleven sector funds rose" when five did; "the only one to fall". */
    WRONG_COUNT,
    /** A comparison of two instruments the sheet contradicts: "XLK outperformed SPY" when it lagged. */
    WRONG_COMPARISON,
    /** "bullish" cited to a fact that says "bearish". */
    WRONG_LABEL,
    /** The marker names a fact ID that is not in the sheet. */
    UNKNOWN_CITATION,
    /** Not cited, and not exactly one fact matches. */
    UNSUPPORTED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
