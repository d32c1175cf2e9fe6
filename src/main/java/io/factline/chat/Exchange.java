package io.factline.chat;

import java.util.Map;

/**
 * One remembered turn of a conversation: what the reader was understood to ask (never the raw question
 * text, which is untrusted), the validated answer, and where each of its answer-local fact IDs came
 * from, so a later answer can cite the same facts under its own IDs.
 */
public record Exchange(Intent intent, Answer answer, Map<String, FactRegistry.Origin> origins) {

    public Exchange {
        origins = Map.copyOf(origins);
    }

    /** Characters this turn counts against a conversation's budget. */
    int size() {
        return answer.text().length() + intent.summary().length();
    }
}
