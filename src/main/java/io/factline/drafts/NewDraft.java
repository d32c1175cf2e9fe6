package io.factline.drafts;

import io.factline.facts.FactSheet;
import io.factline.narrative.Attempt;
import io.factline.validation.ValidationReport;
import java.util.List;

/** What the store needs to create a draft: the desk's commentary and the sheet it was checked against. */
public record NewDraft(FactSheet sheet, String writer, List<Attempt> attempts, List<String> dataNotes,
                       String disclaimer, String body, ValidationReport validation) {
}
