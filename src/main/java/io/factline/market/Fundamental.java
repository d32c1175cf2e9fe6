package io.factline.market;

import java.time.LocalDate;

/** One row of {@code fundamentals.csv}: a P/E ratio quoted on a date, and who quoted it. */
public record Fundamental(String symbol, LocalDate date, double peRatio, String source) {
}
