package io.factline.validation;

import io.factline.facts.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides one claim's status from its binding: the best of its cited facts (a supporting one, else the
 * one that got furthest through {@link FactCheck}, else the closest value), then a derived gap or ratio
 * between facts of its sentence, then — for an uncited number — the one fact of the whole sheet that
 * matches it.
 */
final class ClaimVerifier {

    /** A claim's report line, and the fact(s) that supported it (empty when it failed). */
    record Verified(Claim claim, List<Fact> supporting, Fact cited) {
    }

    private final PreparedSheet sheet;
    private final FactCheck check;

    ClaimVerifier(PreparedSheet sheet) {
        this.sheet = sheet;
        this.check = new FactCheck(sheet.factNames(), sheet.sheet().asOf());
    }

    Verified verify(Written w, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        if (w instanceof RatioWords r) {
            DerivedClaims.Derivation d = DerivedClaims.derive(r, r.quantity(), ctx, sentence);
            if (d == null) return null;
            return derived(w, WrittenUnit.X, d);
        }
        if (b.how() == CitationBinder.How.NONE && w instanceof Figure fig) {
            DerivedClaims.Derivation d = DerivedClaims.derive(fig, fig.quantity(), ctx, sentence);
            if (d != null && d.supported()) return derived(w, fig.unit(), d);
            return uncited(fig, ctx);
        }
        if (w instanceof LabelWord l) {
            Verified group = plural(l, b);
            if (group != null) return group;
        }
        List<String> unknown = new ArrayList<>();
        FactCheck.Outcome best = null;
        for (int k = 0; k < b.ids().size(); k++) {
            Fact f = b.facts().get(k);
            if (f == null) {
                unknown.add(b.ids().get(k));
                continue;
            }
            FactCheck.Outcome o = check.check(w, ctx, f);
            if (best == null || better(o, best)) best = o;
        }
        if (best == null) {
            return new Verified(claim(w, null, unknown, ClaimStatus.UNKNOWN_CITATION, "cites " + String.join(", ", unknown)
                    + ", which " + (unknown.size() == 1 ? "is" : "are") + " not in the fact sheet", null), List.of(), null);
        }
        if (best.supported() && w instanceof Figure) {
            java.time.LocalDate quoted = QuotedDates.staleQuote(best.fact(), sheet.sheet().asOf());
            if (quoted != null && !QuotedDates.names(sentence.text(), quoted)) {
                Fact f = best.fact();
                String message = "says " + w.text() + " as of the sheet's date, but fact " + sheet.factNames().cite(f)
                        + " was last quoted on " + quoted + "; say \"as last quoted on " + quoted + "\" in the sentence";
                return new Verified(claim(w, f, List.of(f.id()), ClaimStatus.STALE, message, best.signed()), List.of(), f);
            }
        }
        if (best.supported()) {
            return new Verified(claim(w, best.fact(), List.of(best.fact().id()), ClaimStatus.SUPPORTED, best.message(),
                    best.signed()), List.of(best.fact()), best.fact());
        }
        // a figure whose own marker cites one fact is about that fact, not a gap between two others
        boolean ownSingleFact = b.how() != CitationBinder.How.SENTENCE && b.facts().stream().filter(java.util.Objects::nonNull).count() < 2;
        if (w instanceof Figure fig && !ownSingleFact) {
            DerivedClaims.Derivation d = DerivedClaims.derive(fig, fig.quantity(), ctx, sentence);
            if (d != null && (d.supported() || best.status() == ClaimStatus.WRONG_UNIT)) {
                Verified v = derived(w, fig.unit(), d);
                return new Verified(v.claim(), v.supporting(), d.supported() ? null : best.fact());
            }
        }
        return new Verified(claim(w, best.fact(), List.of(best.fact().id()), best.status(), best.message(), best.signed()),
                List.of(), best.fact());
    }

    /**
     * "Both indices carry a sideways trend label [F12][F22]": a label word that cites label facts of several
     * instruments says the label of each of them; supported when every one has it.
     */
    private Verified plural(LabelWord l, CitationBinder.Binding b) {
        List<Fact> cited = b.facts().stream().filter(java.util.Objects::nonNull).toList();
        if (cited.size() < 2 || !cited.stream().allMatch(Fact::isLabel)
                || cited.stream().map(Fact::subject).distinct().count() < cited.size()) {
            return null;
        }
        for (Fact f : cited) {
            if (!l.matches(f)) {
                return new Verified(claim(l, f, List.of(f.id()), ClaimStatus.WRONG_LABEL, "says " + l.text() + " of each cited fact, but fact "
                        + sheet.factNames().cite(f) + " is " + f.labelText(), null), List.of(), f);
            }
        }
        List<String> ids = cited.stream().map(Fact::id).toList();
        return new Verified(claim(l, cited.get(0), ids, ClaimStatus.SUPPORTED, "facts " + String.join(", ", ids) + " are all "
                + l.word(), null), cited, cited.get(0));
    }

    /** Further through the checks wins; on a tie in the value stage, the closer value. */
    private static boolean better(FactCheck.Outcome o, FactCheck.Outcome best) {
        if (o.stage() != best.stage()) return o.stage() > best.stage();
        if (o.signed() == null || best.signed() == null) return false;
        double dO = Math.abs(o.signed().doubleValue() - o.fact().number());
        double dB = Math.abs(best.signed().doubleValue() - best.fact().number());
        return dO < dB;
    }

    private Verified derived(Written w, WrittenUnit unit, DerivedClaims.Derivation d) {
        String message = d.supported() ? "derived: " + d.message() : "says " + w.text() + ", " + d.message();
        ClaimStatus status = d.supported() ? ClaimStatus.SUPPORTED : d.wrongSign() ? ClaimStatus.WRONG_SIGN : ClaimStatus.MISMATCH;
        Claim c = new Claim(w.start(), w.end(), w.text(), d.value().doubleValue(),
                unit == WrittenUnit.X ? io.factline.facts.Unit.X : io.factline.facts.Unit.PP,
                List.of(d.a().id(), d.b().id()), status, message);
        return new Verified(c, d.supported() ? List.of(d.a(), d.b()) : List.of(), null);
    }

    /**
     * Supported (as a warning) only when exactly one fact of the sheet matches by value, unit, measure,
     * window and the instrument the clause names. A clause that names no instrument of the sheet has
     * nothing to match by subject ("Futures pointed 0.42% higher"): unsupported, and the message proposes
     * no fact (one that merely has the same value would launder an invented figure).
     */
    private Verified uncited(Figure w, ClaimContext ctx) {
        Mention named = ctx.primary();
        if (named == null || named.isOutside()) {
            // a hint would have to guess the subject, and a guessed hint turns an invented figure into a cited one
            String message = named == null
                    ? "not cited, and no instrument is named for " + w.text() + ": name what it is about and cite its fact, or remove it"
                    : "not cited, and about " + named.outside() + ", which no fact of the sheet is about: remove the figure";
            return new Verified(claim(w, null, List.of(), ClaimStatus.UNSUPPORTED, message, null), List.of(), null);
        }
        List<Fact> matches = new ArrayList<>(2);
        FactCheck.Outcome match = null;
        for (Fact f : sheet.facts(w.unit())) {
            FactCheck.Outcome o = check.check(w, ctx, f);
            if (o.supported()) {
                matches.add(f);
                match = o;
                if (matches.size() > 3) break;
            }
        }
        if (matches.size() == 1) {
            Fact f = matches.get(0);
            return new Verified(claim(w, f, List.of(f.id()), ClaimStatus.UNCITED, "not cited; matches fact "
                    + sheet.factNames().cite(f) + ", " + sheet.factNames().shown(f) + ": cite it as [" + f.id() + "]", match.signed()),
                    List.of(), null);
        }
        String message = matches.isEmpty()
                ? "no fact in the sheet supports " + w.text() + " (" + w.unit().describe() + "); cite a fact or remove the number"
                : "not cited, and several facts match (" + String.join(", ", matches.stream().map(Fact::id).limit(3).toList())
                        + (matches.size() > 3 ? ", …" : "") + "): cite the one meant";
        return new Verified(claim(w, null, List.of(), ClaimStatus.UNSUPPORTED, message, null), List.of(), null);
    }

    private static Claim claim(Written w, Fact f, List<String> ids, ClaimStatus status, String message, BigDecimal signed) {
        if (w instanceof LabelWord) return new Claim(w.start(), w.end(), w.text(), null, WrittenUnit.LABEL.reported(f), ids, status, message);
        Quantity q = w instanceof Figure fig ? fig.quantity() : ((RatioWords) w).quantity();
        BigDecimal v = signed != null ? signed : q.signChar() < 0 ? q.magnitude().negate() : q.magnitude();
        return new Claim(w.start(), w.end(), w.text(), v.doubleValue(), q.unit().reported(f), ids, status, message);
    }
}
