/**
 * Price providers (Alpha Vantage, Tiingo, Yahoo) mapping their wire formats to bars, with retries (Failsafe),
 * spacing (Bucket4j) and clear provider errors. Imports market, ratelimit, time; not facts. Start at Providers.
 */
package io.factline.market.feed;
