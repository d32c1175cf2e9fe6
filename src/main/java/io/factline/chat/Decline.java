package io.factline.chat;

/** Why a question gets an honest "Factline cannot answer that" instead of figures. */
enum Decline {
    /** "Will SPY rise tomorrow?" */
    FORECAST,
    /** "Should I buy IWM?" */
    ADVICE,
    /** "AAPL's beta?", "How did the Nasdaq do?" */
    UNKNOWN_INSTRUMENT,
    /** Dividend yield, RSI, EPS, market cap, … */
    UNSUPPORTED_METRIC,
    /** A date no series has a bar on. */
    NO_DATA,
    /** Questions about Factline's instructions, keys or configuration, or about anything but the market data. */
    OFF_TOPIC,
    /** Nothing the reader recognised. */
    NOT_UNDERSTOOD;

    /** "unknown_instrument": how tests and logs name it. */
    String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
