/**
 * Stored bars: sync fetches what the database lacks and keeps corrections as revisions; Markets reads files
 * or stored bars. Imports market, market.feed and JDBI. Start at Syncer and Markets.
 */
package io.factline.sync;
