package io.factline.validation;

import io.factline.facts.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A number of the text with its unit and bounds: "+2.16%", "about 78.75 million shares", "between 1% and 2%"
 * (read by {@link FigureReader}). It binds to the marker group right after it, else to the facts of its
 * sentence with a fitting unit ("+2.16% vs +1.05%, a 1.11 pp gap [F7][F9]": both percents find F7 and F9).
 * It is checked against each cited fact ({@link FigureCheck}); a gap or ratio that no cited fact states is
 * checked as a derivation of two facts of its sentence ({@link DerivedClaims}); an uncited figure is
 * supported, as a warning, only by the one fact of the sheet that fits it in every part.
 */
record Figure(Written.Span span, Quantity quantity) implements Written {

    WrittenUnit unit() {
        return quantity.unit();
    }

    /** The same figure in the unit its neighbour gives it. */
    Figure in(WrittenUnit u) {
        return new Figure(span, quantity.in(u));
    }

    /** "between 0.5% and 1%": one claim from this low end to {@code high}. */
    Figure through(Figure high, String source) {
        return new Figure(new Written.Span(first(), high.last(), start(), high.end(), source.substring(start(), high.end())),
                quantity.through(high.quantity));
    }

    @Override
    public CitationBinder.Binding bind(CitationBinder citations, Reaches reaches) {
        CitationBinder.Group after = citations.after(this, reaches);
        if (after != null) return citations.following(this, after);
        return CitationBinder.inSentence(citations.groupsAround(this), f -> !f.isLabel() && unit().fits(f),
                CitationBinder.Binding.NONE);
    }

    @Override
    public ClaimVerifier.Verified verify(ClaimVerifier v, CitationBinder.Binding b, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        if (b.how() == CitationBinder.How.NONE) {
            // "double-digit gains are rare": a class of sizes, about nothing named and citing nothing, is no claim
            if (ctx.primary() == null && sizeClass()) return null;
            DerivedClaims.Derivation d = DerivedClaims.derive(this, quantity, ctx, sentence);
            if (d != null && d.supported()) return v.derived(this, unit(), d);
            // "about four times the S&P 500 ETF's advance": a multiple of two named sides, when the sentence cites no pair
            DerivedClaims.Derivation named = d == null && unit() == WrittenUnit.X ? NamedRatios.derive(this, quantity, sentence) : null;
            if (named != null) return v.derived(this, unit(), named);
            return uncited(v, ctx);
        }
        FactCheck.Outcome best = v.best(b, f -> v.figures().check(this, ctx, f));
        if (best == null) return v.unknownCitation(this, b);
        if (best.supported()) return stale(v, best.fact(), sentence) ? staleQuote(v, best) : v.of(this, best);
        if (best.status() == ClaimStatus.WRONG_INTENSITY) return withVerb(v.of(this, best), ctx, sentence);
        if (MemberFigures.about(best.fact())) {
            // "68 [F1] members fell" citing advancers: the verb is what is wrong; "Financials … 6 [F2] advancers"
            // citing another sector's count: the name is; the claim reaches to it
            if ((best.status() == ClaimStatus.WRONG_METRIC || best.status() == ClaimStatus.WRONG_SIGN) && ctx.strictToken() >= 0) {
                return reaching(v.of(this, best), ctx.strictToken(), sentence);
            }
            if (best.status() == ClaimStatus.WRONG_SUBJECT && ctx.primary() != null) {
                return reaching(reaching(v.of(this, best), ctx.primary().first(), sentence), ctx.primary().last(), sentence);
            }
        }
        // a figure whose own marker cites one fact is about that fact, not a gap between two others
        boolean ownSingleFact = b.how() != CitationBinder.How.SENTENCE && b.facts().stream().filter(Objects::nonNull).count() < 2;
        if (!ownSingleFact) {
            DerivedClaims.Derivation d = DerivedClaims.derive(this, quantity, ctx, sentence);
            if (d != null && (d.supported() || best.status() == ClaimStatus.WRONG_UNIT)) {
                ClaimVerifier.Verified derived = v.derived(this, unit(), d);
                return new ClaimVerifier.Verified(derived.claim(), derived.supporting(), d.supported() ? null : best.fact());
            }
        }
        return v.of(this, best);
    }

    /** "double-digit", "single-digit": a class of sizes rather than a figure. */
    private boolean sizeClass() {
        String t = text().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("double") || t.startsWith("single");
    }

    /** A fact last quoted before the sheet's date (a P/E) whose date the sentence does not give. */
    private static boolean stale(ClaimVerifier v, Fact f, DerivedClaims.Sentence sentence) {
        java.time.LocalDate quoted = QuotedDates.staleQuote(f, v.sheet().sheet().asOf());
        return quoted != null && !QuotedDates.names(sentence.text(), quoted);
    }

    private ClaimVerifier.Verified staleQuote(ClaimVerifier v, FactCheck.Outcome best) {
        Fact f = best.fact();
        java.time.LocalDate quoted = QuotedDates.staleQuote(f, v.sheet().sheet().asOf());
        String message = "says " + text() + " as of the sheet's date, but fact " + v.names().cite(f)
                + " was last quoted on " + quoted + "; say \"as last quoted on " + quoted + "\" in the sentence";
        return new ClaimVerifier.Verified(ClaimVerifier.claim(this, f, List.of(f.id()), ClaimStatus.STALE, message, best.signed()),
                List.of(), f);
    }

    /**
     * Supported (as a warning) only when exactly one fact of the sheet matches by value, unit, measure,
     * window and the instrument the clause names. A clause that names no instrument of the sheet has
     * nothing to match by subject ("Futures pointed 0.42% higher"): unsupported, and the message proposes
     * no fact (one that merely has the same value would launder an invented figure).
     */
    private ClaimVerifier.Verified uncited(ClaimVerifier v, ClaimContext ctx) {
        Mention named = ctx.primary();
        if (named == null || named.isOutside()) {
            String message = named == null
                    ? "not cited, and no instrument is named for " + text() + ": name what it is about and cite its fact, or remove it"
                    : "not cited, and about " + named.outside() + ", which no fact of the sheet is about: remove the figure";
            return unsupported(message);
        }
        List<Fact> matches = new ArrayList<>(2);
        FactCheck.Outcome match = null;
        for (Fact f : v.sheet().facts(unit())) {
            FactCheck.Outcome o = v.figures().check(this, ctx, f);
            if (o.supported()) {
                matches.add(f);
                match = o;
                if (matches.size() > 3) break;
            }
        }
        if (matches.size() == 1) {
            Fact f = matches.get(0);
            String message = "not cited; matches fact " + v.names().cite(f) + ", " + v.names().shown(f) + ": cite it as [" + f.id() + "]";
            return new ClaimVerifier.Verified(ClaimVerifier.claim(this, f, List.of(f.id()), ClaimStatus.UNCITED, message, match.signed()),
                    List.of(), null);
        }
        return unsupported(matches.isEmpty()
                ? "no fact in the sheet supports " + text() + " (" + unit().describe() + "); cite a fact or remove the number"
                : "not cited, and several facts match (" + String.join(", ", matches.stream().map(Fact::id).limit(3).toList())
                        + (matches.size() > 3 ? ", …" : "") + "): cite the one meant");
    }

    private ClaimVerifier.Verified unsupported(String message) {
        return new ClaimVerifier.Verified(ClaimVerifier.claim(this, null, List.of(), ClaimStatus.UNSUPPORTED, message, null), List.of(), null);
    }

    /** The claim widened to cover token {@code token}, before or after it. */
    private static ClaimVerifier.Verified reaching(ClaimVerifier.Verified v, int token, DerivedClaims.Sentence sentence) {
        Claim c = v.claim();
        return spanning(v, Math.min(c.start(), sentence.startOf(token)), Math.max(c.end(), sentence.endOf(token)), sentence);
    }

    private static ClaimVerifier.Verified spanning(ClaimVerifier.Verified v, int start, int end, DerivedClaims.Sentence sentence) {
        Claim c = v.claim();
        Claim wide = new Claim(start, end, sentence.source(start, end), c.value(), c.unit(), c.factIds(), c.status(), c.message());
        return new ClaimVerifier.Verified(wide, v.supporting(), v.cited());
    }

    /** A wrong size word is the verb's fault: the claim reaches from "soared" to the figure. */
    private static ClaimVerifier.Verified withVerb(ClaimVerifier.Verified v, ClaimContext ctx, DerivedClaims.Sentence sentence) {
        if (ctx.strictToken() < 0) return v;
        return spanning(v, Math.min(v.claim().start(), sentence.startOf(ctx.strictToken())), v.claim().end(), sentence);
    }
}
