package io.factline.validation;

/**
 * A ratio in words between two cited figures of its sentence: "double", "twice", "more than double",
 * "nearly triple"; its {@link Quantity} is the multiple (2 or 3, unit x) with the bound the words give.
 */
record RatioWords(Written.Span span, Quantity quantity, String word) implements Written {
}
