package io.factline.narrative;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The instruments one section of the template commentary names, at most {@link #MOST} (issue 16: no
 * section enumerates more than five instruments, no sentence names more than five). A writer asks
 * before it writes a sentence: a sentence whose instruments do not fit is left out, so the most
 * important sentences, asked for first, are the ones kept.
 */
final class NameBudget {

    static final int MOST = 5;

    private final Set<String> named = new LinkedHashSet<>();

    /** Whether a sentence naming these symbols fits; if so they count as named. */
    boolean take(Collection<String> symbols) {
        Set<String> after = new LinkedHashSet<>(named);
        after.addAll(symbols);
        if (after.size() > MOST || symbols.stream().distinct().count() > MOST) return false;
        named.addAll(symbols);
        return true;
    }

    boolean take(String... symbols) {
        return take(List.of(symbols));
    }

    /** The symbols, in order, that are named already or still fit; those that fit count as named. */
    List<String> takeWhileFits(List<String> symbols) {
        return symbols.stream().filter(x -> has(x) || take(x)).toList();
    }

    /** The symbols among these instruments that a text (a reason such as "benchmark SPY has no bar") names. */
    static List<String> namedIn(String text, Collection<io.factline.market.Instrument> candidates) {
        return candidates.stream().map(io.factline.market.Instrument::symbol)
                .filter(x -> java.util.regex.Pattern.compile("(?<![A-Za-z0-9^.])" + java.util.regex.Pattern.quote(x) + "(?![A-Za-z0-9])")
                        .matcher(text).find()).toList();
    }

    boolean has(String symbol) {
        return named.contains(symbol);
    }

    int left() {
        return MOST - named.size();
    }
}
