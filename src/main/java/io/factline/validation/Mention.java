package io.factline.validation;

import java.util.Set;

/**
 * Where the text names something: tokens {@code first}..{@code last} (inclusive) and the symbols of the
 * sheet it may mean (a sector shared by several ETFs means all of them). A name of something the sheet
 * does not have ("the Nasdaq", "oil", "semiconductors") means no symbol: its {@code outside} phrase is
 * how the text names it, its digits are no claim, and a figure about it is supported by no fact.
 */
record Mention(int first, int last, Set<String> symbols, boolean possessive, String outside) {

    boolean isInstrument() {
        return !symbols.isEmpty();
    }

    boolean isOutside() {
        return outside != null;
    }

    boolean means(String symbol) {
        return symbol != null && symbols.contains(symbol);
    }
}
