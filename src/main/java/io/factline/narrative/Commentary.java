package io.factline.narrative;

import io.factline.facts.Fact;
import io.factline.facts.Source;
import io.factline.validation.ValidationReport;
import java.time.LocalDate;
import java.util.List;

/**
 * A validated commentary: the narrative (markdown with [Fn] markers) that passed the validator, the
 * facts it cites with their sources, the data notes, and how it came to be. There is no way to build
 * one from text that failed validation: {@link CommentaryDesk} is the only producer.
 *
 * @param writer   the writer whose draft passed ("template" or "llm:MODEL")
 * @param attempts every try, in order, including rejected drafts' findings
 * @param omitted  sentences of the template's draft that failed validation and were left out (empty
 *                 when the draft passed whole)
 */
public record Commentary(LocalDate asOf, String narrative, List<Fact> facts, List<Source> sources,
                         List<String> dataNotes, String disclaimer, ValidationReport validation,
                         String writer, List<Attempt> attempts, List<Omission> omitted) {

    public static final String DISCLAIMER = "Factline commentary is generated from market data by software and checked "
            + "figure by figure against the cited facts. It is information, not investment advice or a recommendation "
            + "to buy or sell anything. Past performance is not a guide to future results.";

    public Commentary {
        facts = List.copyOf(facts);
        sources = List.copyOf(sources);
        dataNotes = List.copyOf(dataNotes);
        attempts = List.copyOf(attempts);
        omitted = List.copyOf(omitted);
    }
}
