package io.factline.validation;

import java.util.Set;

/**
 * Where the text names something from the sheet's instruments: tokens {@code first}..{@code last}
 * (inclusive) and the symbols it may mean (a sector shared by several ETFs means all of them). A
 * well-known index that is not in the sheet ("Nasdaq 100") is a mention with no symbols: its digits are
 * no claim, but it names no subject.
 */
record Mention(int first, int last, Set<String> symbols, boolean possessive) {

    boolean isInstrument() {
        return !symbols.isEmpty();
    }

    boolean means(String symbol) {
        return symbol != null && symbols.contains(symbol);
    }
}
