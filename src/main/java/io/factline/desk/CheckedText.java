package io.factline.desk;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.factline.facts.FactSheet;
import io.factline.validation.Claim;
import io.factline.validation.Problem;
import io.factline.validation.ValidationReport;
import io.factline.validation.Verdict;
import java.util.List;

/**
 * A validation report with the quick fixes it allows and the text rendered as readers would see it
 * (HTML in which all text is escaped): what the desk's editor shows as the editor types.
 */
@JsonPropertyOrder({"verdict", "claims", "problems", "fixes", "previewHtml"})
public record CheckedText(Verdict verdict, List<Claim> claims, List<Problem> problems, List<QuickFix> fixes, String previewHtml) {

    public CheckedText {
        claims = List.copyOf(claims);
        problems = List.copyOf(problems);
        fixes = List.copyOf(fixes);
    }

    public static CheckedText of(FactSheet sheet, ValidationReport report, String previewHtml) {
        return new CheckedText(report.verdict(), report.claims(), report.problems(), QuickFixes.of(sheet, report), previewHtml);
    }
}
