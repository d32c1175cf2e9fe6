/**
 * The scheduled daily job: the schedule, the claim of a day across servers (JobClaims), the run and the
 * scheduler with its retries; DailyJob wires it for serve. Imports drafts, sync, market.feed, JDBI. Start at DailyJob.
 */
package io.factline.schedule;
