package io.factline.drafts;

import io.factline.facts.FactEngine;
import io.factline.facts.FactSheet;
import io.factline.market.CsvMarketLoader;
import io.factline.narrative.Commentary;
import io.factline.narrative.CommentaryDesk;
import io.factline.narrative.TemplateWriter;
import io.factline.narrative.Templates;
import io.factline.validation.Validator;
import java.nio.file.Path;
import java.time.LocalDate;

/** The bundled data's sheet and template commentary for 2026-03-23, computed once per test JVM. */
public final class Samples {

    public static final LocalDate DATE = LocalDate.parse("2026-03-23");
    public static final Path DATA = Path.of("fixtures/market");

    private static FactSheet sheet;
    private static Commentary commentary;

    private Samples() {
    }

    public static synchronized FactSheet sheet() {
        if (sheet == null) sheet = new FactEngine().sheet(new CsvMarketLoader().load(DATA), DATE);
        return sheet;
    }

    public static synchronized Commentary commentary() {
        if (commentary == null) {
            TemplateWriter template = new TemplateWriter(new Templates("narrative"));
            commentary = new CommentaryDesk(new Validator(), template, 0).write(sheet(), template);
        }
        return commentary;
    }

    public static NewDraft newDraft() {
        Commentary c = commentary();
        return new NewDraft(sheet(), c.writer(), c.attempts(), c.dataNotes(), c.disclaimer(), c.narrative(), c.validation());
    }

    /**
     * The sample draft filed under another market date (the same sheet, re-dated): for tests that need drafts of
     * many dates, since one date has one live commentary. Pick dates whole weeks apart so the weekday stays right.
     */
    public static NewDraft newDraft(LocalDate asOf) {
        Commentary c = commentary();
        FactSheet s = sheet();
        FactSheet redated = new FactSheet(asOf, s.sources(), s.instruments(), s.facts(), s.unavailable(), s.quality());
        return new NewDraft(redated, c.writer(), c.attempts(), c.dataNotes(), c.disclaimer(), c.narrative(), c.validation());
    }

    /** The template narrative with SPY's 1-day return (1.05%, fact F14) written wrong. */
    public static String wrongNumber() {
        String text = commentary().narrative();
        if (!text.contains("SPY rose 1.05% [F14]")) throw new IllegalStateException("the sample sentence moved");
        return text.replaceFirst("SPY rose 1\\.05% \\[F14]", "SPY rose 1.95% [F14]");
    }
}
