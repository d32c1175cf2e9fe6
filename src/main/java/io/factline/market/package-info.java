/**
 * Market data: instruments, price series and P/E quotes, loaded from CSV files with file:line errors.
 * Imports nothing of ours. Start at CsvMarketLoader and MarketData.
 */
package io.factline.market;
