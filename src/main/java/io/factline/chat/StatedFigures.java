package io.factline.chat;

import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import io.factline.validation.ValidationReport;
import io.factline.validation.Validator;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks the figures a question states ("SPY rose 7.3% today, right?") by running the validator on the
 * question itself against the date's sheet: a stated figure that matches exactly one fact (an uncited
 * but supported claim) is confirmed; any other is corrected. Plain whole numbers ("top 3") are not
 * taken as figures. The answer never repeats the question's numbers, only the facts.
 */
final class StatedFigures {

    private final MarketFacts facts;
    private final Validator validator;

    StatedFigures(MarketFacts facts, Validator validator) {
        this.facts = facts;
        this.validator = validator;
    }

    Reading.Check check(String question, LocalDate date) {
        if (!question.chars().anyMatch(Character::isDigit) || !facts.hasData(date)) return Reading.Check.NONE;
        ValidationReport report = validator.validate(facts.sheet(date), question, false);
        List<Claim> stated = report.claims().stream().filter(StatedFigures::isFigure).toList();
        if (stated.isEmpty()) return Reading.Check.NONE;
        boolean allMatch = stated.stream().allMatch(c -> c.status() == ClaimStatus.UNCITED);
        return allMatch ? Reading.Check.CONFIRMED : Reading.Check.CORRECTED;
    }

    /** "7.3%", "1.05", "2 pp", "1.5x", "80 million": not a bare whole number. */
    private static boolean isFigure(Claim c) {
        String t = c.text().toLowerCase(java.util.Locale.ROOT);
        return t.contains("%") || t.contains(".") || t.contains("pp") || t.contains("percent") || t.contains("point")
                || t.endsWith("x") || t.contains("million") || t.contains("billion") || t.contains("thousand");
    }
}
