package io.factline.validation;

import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every way the text may name an instrument of the sheet: its symbol (exact case, also without a leading
 * "^"), its name, its name without fund words ("Energy Select Sector SPDR Fund" → "Energy"), its sector
 * ("the Energy sector" is the ETF whose sector is Energy) and common synonyms of sector names ("Consumer
 * Staples" for Consumer Defensive). Names match case-insensitively, but a one-word name that is also an
 * ordinary word ("Energy", "Utilities") must be capitalised or followed by "sector". Derived names never
 * override a name or sector of another instrument. Built once per sheet; immutable.
 */
final class NameIndex {

    private static final Set<String> FUND_WORDS = Set.of("select", "sector", "spdr", "fund", "etf", "trust",
            "index", "inc", "corp", "corporation", "co", "ltd", "plc", "class", "shares", "holdings", "group",
            "company", "the", "a", "b", "c");
    private static final Set<String> AFTER_SECTOR = Set.of("sector", "sectors", "stocks", "shares", "names", "etf", "fund");
    private static final Map<String, List<String>> SECTOR_SYNONYMS = Map.of(
            "healthcare", List.of("Health Care", "Health"),
            "consumer defensive", List.of("Consumer Staples", "Staples"),
            "consumer cyclical", List.of("Consumer Discretionary", "Discretionary"),
            "basic materials", List.of("Materials"),
            "financial services", List.of("Financials", "Financial"),
            "technology", List.of("Tech", "Information Technology"),
            "communication services", List.of("Communications", "Communication"),
            "industrials", List.of("Industrial"),
            "real estate", List.of("REITs"),
            "utilities", List.of("Utility"));
    /** Index names whose digits are part of the name, not figures, when the sheet does not list them. */
    private static final List<String> KNOWN_INDEXES = List.of("S&P 500", "S&P 400", "S&P 600", "S&P 100",
            "Russell 1000", "Russell 2000", "Russell 3000", "Nasdaq 100", "Nasdaq-100", "Dow 30", "FTSE 100",
            "FTSE 250", "Stoxx 600", "Euro Stoxx 50", "Nikkei 225", "DAX 40", "CAC 40", "ASX 200", "Wilshire 5000",
            "Magnificent 7", "Mag 7");

    private record Alias(String[] keys, Set<String> symbols, boolean oneWord) {
    }

    private final Map<String, List<Alias>> byFirstKey = new HashMap<>();
    private final Map<String, Set<String>> bySymbol = new HashMap<>();
    /** Whether some name starts with a number ("1-800-Flowers"): if none does, numbers are skipped at once. */
    private boolean numberStartsName;

    private NameIndex() {
    }

    static NameIndex of(List<Instrument> instruments) {
        NameIndex index = new NameIndex();
        Map<String, Set<String>> primary = new HashMap<>();
        Map<String, Set<String>> derived = new HashMap<>();
        for (Instrument i : instruments) {
            if (i.symbol() == null || i.symbol().isBlank()) continue;
            String symbol = i.symbol();
            index.bySymbol.computeIfAbsent(symbol, k -> new LinkedHashSet<>()).add(symbol);
            if (i.name() != null && !i.name().isBlank()) {
                add(primary, i.name(), Set.of(symbol));
                add(derived, withoutFundWords(i.name()), Set.of(symbol));
            }
        }
        for (Instrument i : instruments) {
            if (i.sector() == null || i.sector().isBlank() || i.symbol() == null) continue;
            Set<String> members = sectorMembers(instruments, i.sector());
            add(primary, i.sector(), members);
            for (String synonym : SECTOR_SYNONYMS.getOrDefault(i.sector().toLowerCase(java.util.Locale.ROOT), List.of())) {
                add(derived, synonym, members);
            }
        }
        for (Instrument i : instruments) {
            String s = i.symbol();
            if (s != null && s.startsWith("^") && s.length() >= 4 && !index.bySymbol.containsKey(s.substring(1))) {
                index.bySymbol.put(s.substring(1), Set.of(s));
            }
        }
        derived.keySet().removeAll(primary.keySet());
        primary.forEach(index::register);
        derived.forEach(index::register);
        for (String known : KNOWN_INDEXES) {
            if (!primary.containsKey(known.toLowerCase(java.util.Locale.ROOT)) && !derived.containsKey(known.toLowerCase(java.util.Locale.ROOT))) {
                index.register(known.toLowerCase(java.util.Locale.ROOT), Set.of());
            }
        }
        // one symbol is the usual case: an immutable one-element set answers contains() with one equals
        index.bySymbol.replaceAll((k, v) -> v.size() == 1 ? Set.of(v.iterator().next()) : v);
        index.byFirstKey.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> -a.keys.length)));
        return index;
    }

    /** The ETFs of a sector if there are any, else every instrument of it. */
    private static Set<String> sectorMembers(List<Instrument> instruments, String sector) {
        Set<String> etfs = new LinkedHashSet<>(), all = new LinkedHashSet<>();
        for (Instrument i : instruments) {
            if (!sector.equalsIgnoreCase(i.sector()) || i.symbol() == null) continue;
            all.add(i.symbol());
            if (i.kind() == Kind.ETF) etfs.add(i.symbol());
        }
        return etfs.isEmpty() ? all : etfs;
    }

    private static void add(Map<String, Set<String>> into, String name, Set<String> symbols) {
        if (name == null || name.isBlank()) return;
        into.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT).strip(), k -> new LinkedHashSet<>()).addAll(symbols);
    }

    private static String withoutFundWords(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (!words.isEmpty() && FUND_WORDS.contains(words.get(words.size() - 1).toLowerCase(java.util.Locale.ROOT).replace(".", ""))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    private void register(String lowerName, Set<String> symbols) {
        List<String> keys = new ArrayList<>();
        Tokens tokens = new Scanner(lowerName).scan();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.is(i, TokenType.WORD) && !tokens.is(i, TokenType.NUMBER)) continue;
            if (keys.isEmpty() && tokens.is(i, TokenType.NUMBER)) numberStartsName = true;
            keys.add(tokens.key(i));
        }
        if (keys.isEmpty()) return;
        Alias alias = new Alias(keys.toArray(String[]::new), Set.copyOf(symbols), keys.size() == 1);
        byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(alias);
    }

    /**
     * Finds every mention, longest first, and marks its tokens in {@code covered}.
     *
     * @param distinctWords the bound of the tokens' {@link Token#word} numbers: each distinct word is
     *     looked up once, however often the text repeats it
     */
    List<Mention> find(Tokens tokens, int distinctWords, boolean[] covered) {
        List<Mention> found = new ArrayList<>();
        int n = tokens.size();
        Object[] symbolsOf = new Object[distinctWords];
        Object[] aliasesOf = new Object[distinctWords];
        for (int i = 0; i < n; i++) {
            if (!tokens.is(i, TokenType.WORD) && !(numberStartsName && tokens.is(i, TokenType.NUMBER))) continue;
            Set<String> bySym;
            List<Alias> aliases;
            int w = tokens.word(i);
            if (w >= 0 && symbolsOf[w] != null) {
                bySym = symbolsOf[w] == NONE ? null : castSymbols(symbolsOf[w]);
                aliases = aliasesOf[w] == NONE ? null : castAliases(aliasesOf[w]);
            } else {
                bySym = tokens.is(i, TokenType.WORD) ? bySymbol.get(tokens.lexeme(i)) : null;
                aliases = byFirstKey.get(tokens.key(i));
                if (w >= 0) {
                    symbolsOf[w] = bySym == null ? NONE : bySym;
                    aliasesOf[w] = aliases == null ? NONE : aliases;
                }
            }
            int bestLast = -1;
            Set<String> bestSymbols = null;
            if (bySym != null) {
                bestLast = i;
                bestSymbols = bySym;
            }
            if (aliases != null) {
                for (Alias a : aliases) {
                    int last = match(tokens, i, a);
                    if (last > bestLast) {
                        bestLast = last;
                        bestSymbols = a.symbols;
                    }
                }
            }
            if (bestLast < 0) continue;
            if (bestLast + 1 < n && !bestSymbols.isEmpty() && AFTER_SECTOR.contains(tokens.key(bestLast + 1))
                    && tokens.is(bestLast + 1, TokenType.WORD)) {
                bestLast++;                                       // "the Energy sector"
            }
            for (int k = i; k <= bestLast; k++) covered[k] = true;
            found.add(new Mention(i, bestLast, bestSymbols, tokens.possessive(bestLast)));
            i = bestLast;
        }
        return found;
    }

    /** Marks a word looked up without a result in {@link #find}'s per-text tables. */
    private static final Object NONE = new Object();

    @SuppressWarnings("unchecked")
    private static Set<String> castSymbols(Object o) {
        return (Set<String>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Alias> castAliases(Object o) {
        return (List<Alias>) o;
    }

    /** @return the last token of the match, or -1 */
    private static int match(Tokens tokens, int at, Alias a) {
        int k = at;
        for (int j = 0; j < a.keys.length; j++) {
            if (j > 0 && k < tokens.size() && tokens.is(k, TokenType.HYPHEN)) k++;   // "Nasdaq-100"
            if (k >= tokens.size()) return -1;
            if (!(tokens.is(k, TokenType.WORD) || tokens.is(k, TokenType.NUMBER)) || !tokens.key(k).equals(a.keys[j])) return -1;
            if (j < a.keys.length - 1 && tokens.possessive(k)) return -1;
            k++;
        }
        int last = k - 1;
        if (a.oneWord && !tokens.startsUpperCase(at) && tokens.is(at, TokenType.WORD)) {
            boolean sectorFollows = last + 1 < tokens.size() && AFTER_SECTOR.contains(tokens.key(last + 1));
            if (!sectorFollows) return -1;
        }
        return last;
    }
}
