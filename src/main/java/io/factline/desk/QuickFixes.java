package io.factline.desk;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import io.factline.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixes a validation report allows without guessing. Only two findings have one: a {@code mismatch}
 * (the cited fact is about the same thing, only the digits are wrong) gets the fact's shown figure in
 * place of the written one, when both are written alike (same unit words, no scale words such as
 * "million"); an {@code uncited} figure gets the marker of the single fact that matches it. Every other
 * finding (wrong subject, window, sign, measure…) needs the editor's judgement, so none is offered.
 */
public final class QuickFixes {

    /** A written figure: optional sign, digits with thousands separators and decimals, then unit words. */
    private static final Pattern FIGURE = Pattern.compile("([+\\-\u2212]?)(\\d[\\d,]*(?:\\.\\d+)?)(.*)", Pattern.DOTALL);

    private QuickFixes() {
    }

    /** The fixes for {@code report}'s claims, in text order; offsets index the text that was checked. */
    public static List<QuickFix> of(FactSheet sheet, ValidationReport report) {
        List<QuickFix> out = new ArrayList<>();
        for (Claim c : report.claims()) {
            fix(sheet, c).ifPresent(out::add);
        }
        return out;
    }

    static Optional<QuickFix> fix(FactSheet sheet, Claim c) {
        if (c.factIds().size() != 1 || c.start() < 0 || c.end() < c.start()) return Optional.empty();
        Optional<Fact> fact = sheet.fact(c.factIds().get(0));
        if (fact.isEmpty()) return Optional.empty();
        if (c.status() == ClaimStatus.UNCITED) {
            String marker = "[" + fact.get().id() + "]";
            return Optional.of(new QuickFix(c.start(), c.end(), c.end(), c.end(), " " + marker, "cite " + marker, QuickFix.Kind.CITE));
        }
        if (c.status() == ClaimStatus.MISMATCH && !fact.get().isLabel()) {
            return replacement(c.text(), fact.get().shown()).map(r -> new QuickFix(c.start(), c.end(), c.start(), c.end(), r,
                    "replace " + c.text() + " with " + r, QuickFix.Kind.REPLACE_VALUE));
        }
        return Optional.empty();
    }

    /**
     * The written figure with the fact's digits: "1.95%" and "+1.05%" give "1.05%" (a figure written
     * without a sign takes its sign from the words around it, which the mismatch says are right), "+1.95%"
     * gives "+1.05%"; empty when the two are not written alike ("134.8 million shares" against "134.80M").
     */
    static Optional<String> replacement(String written, String shown) {
        Matcher w = FIGURE.matcher(written.strip());
        Matcher s = FIGURE.matcher(shown.strip());
        if (!w.matches() || !s.matches()) return Optional.empty();
        if (!unitWords(w.group(3)).equals(unitWords(s.group(3)))) return Optional.empty();
        String sign = w.group(1).isEmpty() ? "" : (s.group(1).isEmpty() ? "+" : s.group(1));
        String digits = s.group(2);
        if (!w.group(1).isEmpty() && w.group(1).equals("\u2212") && sign.equals("-")) sign = "\u2212";
        String result = sign + digits + w.group(3).stripTrailing();
        return result.equals(written.strip()) ? Optional.empty() : Optional.of(result);
    }

    private static String unitWords(String rest) {
        return rest.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
