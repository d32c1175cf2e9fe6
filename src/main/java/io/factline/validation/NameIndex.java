package io.factline.validation;

import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.vocabulary.MarketNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every way the text may name an instrument of the sheet: its symbol (exact case, also without a leading
 * "^"), its name, its name without fund words ("Energy Select Sector SPDR Fund" → "Energy"), a fund's
 * name without its issuer ("the Russell 2000 ETF", "the S&P 500 fund"), its sector ("the Energy sector"
 * is the ETF whose sector is Energy) and the other names of sectors, size groups and the broad market
 * ({@link MarketNames}: "Consumer Staples" for Consumer Defensive, "small caps" for the Russell 2000
 * family, "stocks" for the S&P 500's). Names of what the sheet does not have ("the Nasdaq", "oil",
 * "semiconductors") are found too, as mentions that mean no instrument. Names match in any case, except
 * a few adjectives ("financial", "industrial") that name a sector only capitalised or before "sector".
 * Derived names never override a name or sector of another instrument. Built once per sheet; immutable.
 */
final class NameIndex {

    private static final Set<String> FUND_WORDS = Set.of("select", "sector", "spdr", "fund", "etf", "trust",
            "index", "inc", "corp", "corporation", "co", "ltd", "plc", "class", "shares", "holdings", "group",
            "company", "the", "a", "b", "c");
    private static final Set<String> ISSUERS = Set.of("ishares", "spdr", "vanguard", "invesco", "schwab", "proshares",
            "select", "sector");
    private static final Set<String> AFTER_SECTOR = Set.of("sector", "sectors", "stocks", "shares", "names", "etf",
            "fund", "group", "space", "complex", "etfs", "funds");
    /** One-word names that are ordinary adjectives: a sector only when capitalised or before "sector". */
    private static final Set<String> NEEDS_CAPITAL = Set.of("financial", "industrial", "material", "utility",
            "communication", "property", "finance", "health");

    /** The keys of a name; {@code symbols} empty for a name of something the sheet does not have. */
    private record Alias(List<String> keys, Set<String> symbols, boolean needsCapital) {
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
        Set<String> symbols = new LinkedHashSet<>();
        for (Instrument i : instruments) {
            if (i.symbol() == null || i.symbol().isBlank()) continue;
            String symbol = i.symbol();
            symbols.add(symbol);
            index.bySymbol.computeIfAbsent(symbol, k -> new LinkedHashSet<>()).add(symbol);
            if (i.name() != null && !i.name().isBlank()) {
                add(primary, i.name(), Set.of(symbol));
                for (String shorter : shortenings(i.name())) add(derived, shorter, Set.of(symbol));
                if (i.kind() == Kind.ETF) {
                    String core = withoutIssuer(i.name());
                    add(derived, core, Set.of(symbol));                             // "Russell 2000 ETF"
                    String bare = withoutFundWords(core);
                    if (!bare.isEmpty()) {
                        add(derived, bare + " fund", Set.of(symbol));              // "S&P 500 fund"
                        add(derived, bare + " etf", Set.of(symbol));
                        add(derived, bare + " tracker", Set.of(symbol));
                    }
                }
            }
        }
        for (Instrument i : instruments) {
            if (i.sector() == null || i.sector().isBlank() || i.symbol() == null) continue;
            Set<String> members = sectorMembers(instruments, i.sector());
            add(primary, i.sector(), members);
            for (String synonym : MarketNames.synonymsOf(i.sector())) add(derived, synonym, members);
        }
        MarketNames.GROUPS.forEach((phrase, indexName) -> {
            Set<String> family = family(instruments, indexName);
            if (!family.isEmpty()) add(derived, phrase, family);
        });
        Set<String> market = family(instruments, "s&p 500");
        if (!market.isEmpty()) MarketNames.BROAD_MARKET.forEach(phrase -> add(derived, phrase, market));
        for (Instrument i : instruments) {
            String s = i.symbol();
            if (s != null && s.startsWith("^") && s.length() >= 4 && !index.bySymbol.containsKey(s.substring(1))) {
                index.bySymbol.put(s.substring(1), Set.of(s));
            }
        }
        Map<String, Set<String>> outside = new HashMap<>();
        MarketNames.OUTSIDE.forEach((phrase, meant) -> {
            Set<String> present = new LinkedHashSet<>(meant);
            present.retainAll(symbols);
            add(present.isEmpty() ? outside : derived, phrase, present);
        });
        derived.keySet().removeAll(primary.keySet());
        outside.keySet().removeAll(primary.keySet());
        outside.keySet().removeAll(derived.keySet());
        primary.forEach(index::register);
        derived.forEach(index::register);
        outside.forEach(index::register);
        index.byFirstKey.values().forEach(l -> l.sort(Comparator.comparingInt((Alias a) -> -a.keys().size())));
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

    /** The instruments whose name is or contains {@code lowerName} ("russell 2000" → ^RUT, IWM). */
    private static Set<String> family(List<Instrument> instruments, String lowerName) {
        Set<String> found = new LinkedHashSet<>();
        for (Instrument i : instruments) {
            if (i.name() != null && i.symbol() != null && i.name().toLowerCase(Locale.ROOT).contains(lowerName)) {
                found.add(i.symbol());
            }
        }
        return found;
    }

    private static void add(Map<String, Set<String>> into, String name, Set<String> symbols) {
        if (name == null || name.isBlank()) return;
        into.computeIfAbsent(name.toLowerCase(Locale.ROOT).strip(), k -> new LinkedHashSet<>()).addAll(symbols);
    }

    /** "Energy Select Sector SPDR Fund" → "Energy Select Sector SPDR", "Energy Select Sector", …, "Energy". */
    private static List<String> shortenings(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        List<String> forms = new ArrayList<>();
        while (words.size() > 1 && FUND_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace(".", ""))) {
            words.remove(words.size() - 1);
            forms.add(String.join(" ", words));
        }
        return forms;
    }

    private static String withoutFundWords(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (!words.isEmpty() && FUND_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT).replace(".", ""))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words);
    }

    /** "iShares Russell 2000 ETF" → "Russell 2000 ETF"; "SPDR S&P 500 ETF Trust" → "S&P 500 ETF". */
    private static String withoutIssuer(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (!words.isEmpty() && ISSUERS.contains(words.get(0).toLowerCase(Locale.ROOT))) words.remove(0);
        while (!words.isEmpty() && words.get(words.size() - 1).equalsIgnoreCase("trust")) words.remove(words.size() - 1);
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
        boolean needsCapital = keys.size() == 1 && NEEDS_CAPITAL.contains(keys.get(0));
        byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Alias(List.copyOf(keys), Set.copyOf(symbols), needsCapital));
    }

    /** Finds every mention, longest first, and marks its tokens in {@code covered}. */
    List<Mention> find(Tokens tokens, boolean[] covered) {
        List<Mention> found = new ArrayList<>();
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!tokens.is(i, TokenType.WORD) && !(numberStartsName && tokens.is(i, TokenType.NUMBER))) continue;
            Set<String> bySym = tokens.is(i, TokenType.WORD) ? bySymbol.get(tokens.lexeme(i)) : null;
            List<Alias> aliases = byFirstKey.get(tokens.key(i));
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
                        bestSymbols = a.symbols();
                    }
                }
            }
            if (bestLast < 0) continue;
            if (bestLast + 1 < n && !bestSymbols.isEmpty() && AFTER_SECTOR.contains(tokens.key(bestLast + 1))
                    && tokens.is(bestLast + 1, TokenType.WORD)) {
                bestLast++;                                       // "the Energy sector"
            }
            for (int k = i; k <= bestLast; k++) covered[k] = true;
            found.add(new Mention(i, bestLast, bestSymbols, tokens.possessive(bestLast),
                    bestSymbols.isEmpty() ? phrase(tokens, i, bestLast) : null));
            i = bestLast;
        }
        return found;
    }

    private static String phrase(Tokens tokens, int first, int last) {
        StringBuilder b = new StringBuilder();
        for (int k = first; k <= last; k++) {
            if (b.length() > 0) b.append(' ');
            b.append(tokens.lexeme(k));
        }
        return b.toString();
    }

    /** @return the last token of the match, or -1 */
    private static int match(Tokens tokens, int at, Alias a) {
        int k = at;
        List<String> keys = a.keys();
        for (int j = 0; j < keys.size(); j++) {
            if (j > 0 && k < tokens.size() && tokens.is(k, TokenType.HYPHEN)) k++;   // "Nasdaq-100", "small-cap"
            if (k >= tokens.size()) return -1;
            if (!(tokens.is(k, TokenType.WORD) || tokens.is(k, TokenType.NUMBER)) || !tokens.key(k).equals(keys.get(j))) return -1;
            if (j < keys.size() - 1 && tokens.possessive(k)) return -1;
            k++;
        }
        int last = k - 1;
        if (a.needsCapital() && !tokens.startsUpperCase(at) && tokens.is(at, TokenType.WORD)) {
            boolean sectorFollows = last + 1 < tokens.size() && AFTER_SECTOR.contains(tokens.key(last + 1));
            if (!sectorFollows) return -1;
        }
        return last;
    }
}
