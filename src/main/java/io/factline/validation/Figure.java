package io.factline.validation;

/** A number of the text with its unit and bounds: "+2.16%", "about 78.75 million shares", "between 1% and 2%". */
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
}
