package io.factline.validation;

import io.factline.facts.Fact;

/**
 * A label value a marker may cite: "bearish", "uptrend"; {@code word} in lower case. It is a claim only when
 * a marker after it in its clause cites a label fact (or, adjacent, any fact), and is supported when the
 * fact's label is the word ({@link #matches}).
 */
record LabelWord(Written.Span span, String word) implements Written {

    static LabelWord at(Tokens tokens, int i) {
        return new LabelWord(new Written.Span(i, i, tokens.start(i), tokens.end(i), tokens.lexeme(i)), tokens.key(i));
    }

    /** Whether the label fact {@code f} says this word. */
    boolean matches(Fact f) {
        return word.equalsIgnoreCase(f.labelText().strip());
    }
}
