package io.factline.chat;

/**
 * The question reader's result: the intent, and what the question's own figures turned out to be when it
 * stated any ("SPY rose 7.3% today, right?"). The answer then opens with "Yes." or "Not quite." and gives
 * the true figure; a number is never copied from the question.
 */
record Reading(Intent intent, Check check) {

    enum Check {
        /** The question states no figure. */
        NONE,
        /** Every figure it states matches exactly one fact of the date. */
        CONFIRMED,
        /** At least one figure it states is not what the facts say. */
        CORRECTED
    }
}
