package io.factline.market;

import java.time.LocalDate;

/** One row of the optional {@code dividends.csv}: a cash dividend per share and its ex-date. */
public record Dividend(String symbol, LocalDate exDate, double amount) {
}
