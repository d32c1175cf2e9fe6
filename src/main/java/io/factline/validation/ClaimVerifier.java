package io.factline.validation;

import io.factline.facts.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What every kind of claim uses to decide its status ({@link Written#verify}): the checks against one fact
 * ({@link FactCheck}, {@link FigureCheck}), the best of a binding's cited facts, and the report line. The
 * best cited fact is a supporting one, else the one that got furthest through the checks, else the one
 * closest in value.
 */
final class ClaimVerifier {

    /** A claim's report line, the fact(s) that supported it (empty when it failed), and the fact its marker cited. */
    record Verified(Claim claim, List<Fact> supporting, Fact cited) {
    }

    private final PreparedSheet sheet;
    private final FactCheck parts;
    private final FigureCheck figures;

    ClaimVerifier(PreparedSheet sheet) {
        this.sheet = sheet;
        this.parts = new FactCheck(sheet.factNames(), sheet.sheet().asOf());
        this.figures = new FigureCheck(parts, sheet);
    }

    PreparedSheet sheet() {
        return sheet;
    }

    FactNames names() {
        return sheet.factNames();
    }

    /** The checks every kind shares: subject and window. */
    FactCheck parts() {
        return parts;
    }

    FigureCheck figures() {
        return figures;
    }

    /** The best outcome of {@code check} over the binding's known facts; null when it cites none the sheet has. */
    FactCheck.Outcome best(CitationBinder.Binding b, Function<Fact, FactCheck.Outcome> check) {
        FactCheck.Outcome best = null;
        for (Fact f : b.facts()) {
            if (f == null) continue;
            FactCheck.Outcome o = check.apply(f);
            if (best == null || better(o, best)) best = o;
        }
        return best;
    }

    /** A claim whose markers cite only IDs the sheet does not have. */
    Verified unknownCitation(Written w, CitationBinder.Binding b) {
        List<String> unknown = new ArrayList<>();
        for (int k = 0; k < b.ids().size(); k++) {
            if (b.facts().get(k) == null) unknown.add(b.ids().get(k));
        }
        return new Verified(claim(w, null, unknown, ClaimStatus.UNKNOWN_CITATION, "cites " + String.join(", ", unknown)
                + ", which " + (unknown.size() == 1 ? "is" : "are") + " not in the fact sheet", null), List.of(), null);
    }

    /** The report line of a claim decided by one fact's outcome. */
    Verified of(Written w, FactCheck.Outcome o) {
        Claim c = claim(w, o.fact(), List.of(o.fact().id()), o.status(), o.message(), o.signed());
        return new Verified(c, o.supported() ? List.of(o.fact()) : List.of(), o.fact());
    }

    /** The report line of a claim checked as a gap or ratio of two facts. */
    Verified derived(Written w, WrittenUnit unit, DerivedClaims.Derivation d) {
        String message = d.supported() ? "derived: " + d.message() : "says " + w.text() + ", " + d.message();
        ClaimStatus status = d.supported() ? ClaimStatus.SUPPORTED : d.wrongSign() ? ClaimStatus.WRONG_SIGN : ClaimStatus.MISMATCH;
        Claim c = new Claim(w.start(), w.end(), w.text(), d.value().doubleValue(),
                unit == WrittenUnit.X ? io.factline.facts.Unit.X : io.factline.facts.Unit.PP,
                List.of(d.a().id(), d.b().id()), status, message);
        return new Verified(c, d.supported() ? List.of(d.a(), d.b()) : List.of(), null);
    }

    /** Further through the checks wins; on a tie in the value stage, the closer value. */
    private static boolean better(FactCheck.Outcome o, FactCheck.Outcome best) {
        if (o.stage() != best.stage()) return o.stage() > best.stage();
        if (o.signed() == null || best.signed() == null) return false;
        double dO = Math.abs(o.signed().doubleValue() - o.fact().number());
        double dB = Math.abs(best.signed().doubleValue() - best.fact().number());
        return dO < dB;
    }

    /**
     * A report line: the written value with its sign ({@code signed} when a check read one, else the sign
     * character), the unit the fact or the words give; a label word has no value.
     */
    static Claim claim(Written w, Fact f, List<String> ids, ClaimStatus status, String message, BigDecimal signed) {
        if (w instanceof LabelWord) return new Claim(w.start(), w.end(), w.text(), null, WrittenUnit.LABEL.reported(f), ids, status, message);
        Quantity q = w instanceof Figure fig ? fig.quantity() : ((RatioWords) w).quantity();
        BigDecimal v = signed != null ? signed : q.signChar() < 0 ? q.magnitude().negate() : q.magnitude();
        return new Claim(w.start(), w.end(), w.text(), v.doubleValue(), q.unit().reported(f), ids, status, message);
    }
}
