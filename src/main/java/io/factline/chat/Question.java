package io.factline.chat;

import java.time.LocalDate;

/**
 * A reader's question, as the chat box or the {@code ask} command hands it over. Untrusted: the text is
 * data, never instructions, and no number in it is ever repeated to the reader.
 *
 * @param date           what "today" means for this question (the page's date); null for the latest
 *                       date of the data
 * @param conversationId the conversation it continues; null starts a new one. 1 to 64 letters,
 *                       digits, "-" or "_".
 */
public record Question(String text, LocalDate date, String conversationId) {

    public static Question of(String text) {
        return new Question(text, null, null);
    }
}
