package io.factline.web;

import io.factline.drafts.AuditEvent;
import io.factline.drafts.DraftState;
import io.factline.drafts.NewDraft;
import io.factline.drafts.Samples;
import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import io.factline.narrative.Commentary;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.TemplateWriter;
import io.factline.narrative.Templates;
import io.factline.validation.Validator;
import java.time.LocalDate;

/** Published template commentaries of the bundled data for the reader tests, on any date with data. */
public final class ReaderSamples {

    private ReaderSamples() {
    }

    public static NewDraft newDraft(LocalDate date) {
        if (date.equals(Samples.DATE)) return Samples.newDraft();
        FactSheet sheet = new FactEngine().sheet(new CsvMarketLoader().load(Samples.DATA), date);
        TemplateWriter template = new TemplateWriter(new Templates("narrative"));
        Commentary c = new CommentaryDesk(new Validator(), template, 0).write(sheet, template);
        return new NewDraft(sheet, c.writer(), c.attempts(), c.dataNotes(), c.disclaimer(), c.narrative(), c.validation());
    }

    /** Stores the date's template commentary and walks it to published; returns its id. */
    public static long publish(TestDesk desk, LocalDate date) {
        long id = desk.draft(newDraft(date));
        DraftState[] path = {DraftState.DRAFT, DraftState.IN_REVIEW, DraftState.APPROVED, DraftState.PUBLISHED};
        for (int i = 1; i < path.length; i++) {
            desk.store.transition(id, path[i - 1], new AuditEvent(TestDesk.NOW, "erin", "step", path[i - 1], path[i], 1, null, null));
        }
        return id;
    }
}
