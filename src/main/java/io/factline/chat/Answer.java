package io.factline.chat;

import io.factline.facts.Fact;
import io.factline.facts.Source;
import io.factline.narrative.Attempt;
import io.factline.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;

/**
 * A validated answer. Only {@link ChatDesk} makes them, and only from text that passed the validator
 * (citations required) against exactly the facts gathered for this answer.
 *
 * @param text           two to five sentences with a marker after every figure
 * @param facts          the facts the text cites, in order of first citation, with answer-local IDs
 *                       (F1, F2, …); their labels carry the date of the sheet they came from
 * @param sources        the sources those facts cite, with answer-local IDs (S1, S2, …)
 * @param writer         "offline" (the question reader and templates) or "llm:" and the model name
 * @param attempts       every try, in order, with the validator's findings or the error
 * @param date           what "today" meant for this question
 */
public record Answer(String text, List<Fact> facts, List<Source> sources, ValidationReport validation,
                     String writer, List<Attempt> attempts, String conversationId, LocalDate date) {

    public static final String OFFLINE = "offline";

    public Answer {
        facts = List.copyOf(facts);
        sources = List.copyOf(sources);
        attempts = List.copyOf(attempts);
    }
}
