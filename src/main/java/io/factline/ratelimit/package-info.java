/**
 * Bucket4j token buckets on the injected Clock, for every rate limit. Imports nothing of ours. Start at Buckets.
 */
package io.factline.ratelimit;
