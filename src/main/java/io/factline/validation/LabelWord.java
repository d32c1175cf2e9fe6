package io.factline.validation;

/** A label value a marker may cite: "bearish", "uptrend"; {@code word} in lower case. */
record LabelWord(Written.Span span, String word) implements Written {
}
