package io.factline.chat;

import io.factline.market.Instrument;
import io.factline.market.Kind;
import io.factline.vocabulary.CompanyNames;
import io.factline.vocabulary.MarketNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every phrase the reader knows, built once from the data's instruments and the {@link QuestionTerms}: symbols
 * (with or without "^", any case), names ("S&P 500", "Russell 2000" — which also stand for the funds that
 * track them), names without fund words, sector names and their synonyms, groups ("small caps"), and the
 * fixed word lists. Matching takes the longest phrase at each word; a word of five letters or more that is
 * no known word is read as the known word within edit distance 1 (2 from eight letters) when exactly one
 * is closest, so "volitility", "Technolgy" and "Russel" are understood. Immutable.
 */
final class Vocabulary {

    private static final Set<String> FUND_WORDS = Set.of("select", "sector", "spdr", "fund", "etf", "trust", "index",
            "the", "inc", "corp");
    /** Words that may follow a subject and belong to it: "energy stocks", "the tech sector", "IWM fund". */
    private static final Set<String> SUBJECT_NOUNS = Set.of("stocks", "stock", "sector", "shares", "names", "fund",
            "funds", "etf", "index", "companies", "spdr");

    /** @param capitals the phrase is a stock's symbol that matches only when written in capitals ("NOW", "IT") */
    private record Entry(String[] keys, Term term, boolean capitals) {
    }

    private final Map<String, List<Entry>> byFirstKey = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> symbols = new HashSet<>();
    private final Set<String> companyPhrases = new HashSet<>();
    /** Companies' short names (lower case) and how an answer names them: "nvidia" → "Nvidia (NVDA)". */
    private final Map<String, String> companies = new LinkedHashMap<>();
    /** Words only company names use: never a typo's correction (a near miss is offered instead). */
    private final Set<String> companyWords = new HashSet<>();
    /** Share classes of one company ("Alphabet": GOOGL, GOOG): a question about the name is about each. */
    private final Set<List<String>> shareClasses = new HashSet<>();

    Vocabulary(List<Instrument> instruments) {
        Map<String, Term> phrases = new LinkedHashMap<>();
        subjects(instruments, phrases);
        companies(instruments, phrases, CompanyNames.bundled());
        QuestionTerms.TOPICS.forEach((p, t) -> phrases.putIfAbsent(p, Term.topic(t, p)));
        QuestionTerms.WINDOWS.forEach((p, w) -> phrases.putIfAbsent(p, Term.window(w, p)));
        QuestionTerms.OTHER_SPANS.forEach(p -> phrases.putIfAbsent(p, Term.window(null, p)));
        QuestionTerms.WORDS.forEach((k, list) -> list.forEach(p -> phrases.put(p, Term.of(k, p))));
        Set<String> words = new HashSet<>();
        QuestionTerms.WORDS.values().forEach(words::addAll);
        MarketNames.OUTSIDE.keySet().stream().filter(p -> !words.contains(p) && !phrases.containsKey(p))
                .forEach(p -> phrases.put(p, Term.of(Term.Kind.NOT_COVERED, p)));
        Set<String> stocks = instruments.stream().filter(i -> i.kind() == Kind.STOCK).map(Instrument::symbol)
                .collect(Collectors.toSet());
        Set<String> otherWords = new HashSet<>();
        phrases.forEach((p, t) -> {
            boolean company = t.is(Term.Kind.SUBJECT) && !t.symbols().isEmpty() && stocks.containsAll(t.symbols());
            if (company) companyPhrases.add(p);
            else QuestionTokenizer.tokenize(p).forEach(w -> otherWords.add(w.key()));
        });
        phrases.forEach(this::register);
        companyPhrases.forEach(p -> QuestionTokenizer.tokenize(p).stream().map(Word::key)
                .filter(k -> !otherWords.contains(k)).forEach(companyWords::add));
        stockSymbols(instruments);
        byFirstKey.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> -e.keys.length)));
        for (Instrument i : instruments) {
            symbols.add(i.symbol().toLowerCase(Locale.ROOT));
            symbols.add(i.symbol().toLowerCase(Locale.ROOT).replace("^", ""));
        }
    }

    /** Whether {@code key} is one of the data's symbols (lower case, with or without "^"). */
    boolean isSymbol(String key) {
        return symbols.contains(key) || symbols.contains(key.replace("^", ""));
    }

    /**
     * @param skip words already taken (dates)
     * @return the phrases found, in order, longest first at each position
     */
    List<Term.Match> find(List<Word> words, boolean[] skip) {
        String[] keys = new String[words.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = corrected(words.get(i));
        List<Term.Match> found = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            if (skip[i]) continue;
            Entry best = null;
            for (Entry e : byFirstKey.getOrDefault(keys[i], List.of())) {
                if (e.capitals && !tickerWritten(words, i)) continue;
                if (matches(e, keys, skip, i)) {
                    best = e;
                    break;                                      // sorted longest first
                }
            }
            if (best == null) continue;
            int last = i + best.keys.length - 1;
            if (best.term.is(Term.Kind.SUBJECT)) {
                while (last + 1 < keys.length && !skip[last + 1] && SUBJECT_NOUNS.contains(keys[last + 1])) last++;
            }
            found.add(new Term.Match(best.term, i, last));
            i = last;
        }
        return found;
    }

    /** "NOW", "$now", "A" not first: a stock symbol as a ticker is written, not the word "now" or "a". */
    private static boolean tickerWritten(List<Word> words, int at) {
        Word w = words.get(at);
        if (w.text().startsWith("$")) return true;
        if (!w.capitals()) return false;
        return w.key().replace("^", "").length() > 1 || at > 0;
    }

    /** Whether {@code key} (lower case) is a word of some phrase the reader knows. */
    boolean isKnown(String key) {
        return known.contains(key);
    }

    /**
     * The company a word nobody registered is closest to ("nvidea" → "Nvidia (NVDA)"), within edit
     * distance 2 (1 below five letters), when exactly one is closest; else empty. Offered, never assumed.
     */
    java.util.Optional<String> nearestCompany(String key) {
        int limit = key.length() >= 5 ? 2 : 1;
        String best = null;
        int bestDistance = limit + 1;
        boolean tie = false;
        for (Map.Entry<String, String> c : companies.entrySet()) {
            String first = c.getKey().split(" ")[0];
            int d = Math.min(distance(key, c.getKey(), limit), distance(key, first, limit));
            if (d < bestDistance) {
                best = c.getValue();
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && d <= limit && !c.getValue().equals(best)) {
                tie = true;
            }
        }
        return best != null && !tie ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    /**
     * Damerau-Levenshtein distance (insertions, deletions, substitutions and swaps of two neighbours each cost
     * 1: "volitility" to "volatility" is 1, "Russel" to "russell" 1), from Apache Commons Text with a threshold so
     * that it stops early; {@code limit + 1} when larger than {@code limit}.
     */
    private static int distance(String a, String b, int limit) {
        int d = (limit <= 1 ? WITHIN_ONE : WITHIN_TWO).apply(a, b);
        return d < 0 || d > limit ? limit + 1 : d;
    }

    private static final org.apache.commons.text.similarity.DamerauLevenshteinDistance WITHIN_ONE =
            new org.apache.commons.text.similarity.DamerauLevenshteinDistance(1);
    private static final org.apache.commons.text.similarity.DamerauLevenshteinDistance WITHIN_TWO =
            new org.apache.commons.text.similarity.DamerauLevenshteinDistance(2);

    /** Whether the symbols are share classes of one company, each answered for. */
    boolean isShareClasses(List<String> candidates) {
        return shareClasses.contains(candidates);
    }

    private static boolean matches(Entry e, String[] keys, boolean[] skip, int at) {
        if (at + e.keys.length > keys.length) return false;
        for (int j = 0; j < e.keys.length; j++) {
            if (skip[at + j] || !e.keys[j].equals(keys[at + j])) return false;
        }
        return true;
    }

    /** The word's key, or the one known word it is a likely typo of. */
    String corrected(Word w) {
        String key = w.key();
        if (!w.is(Word.Kind.WORD) || key.length() < 5 || known.contains(key) || QuestionTerms.NEVER_CORRECTED.contains(key)
                || !key.chars().allMatch(Character::isLetter)) {
            return key;
        }
        int limit = key.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = limit + 1;
        boolean tie = false;
        for (String candidate : known) {
            if (candidate.length() < 5 || companyWords.contains(candidate)) continue;
            int d = distance(key, candidate, limit);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance && d <= limit) {
                tie = true;
            }
        }
        return best != null && !tie ? best : key;
    }

    private void register(String phrase, Term term) {
        List<String> keys = QuestionTokenizer.tokenize(phrase).stream().map(Word::key).toList();
        if (keys.isEmpty()) return;
        byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Entry(keys.toArray(String[]::new), term, false));
        keys.forEach(known::add);
    }

    /**
     * Stocks' symbols, registered last so that a symbol never takes an ordinary word's meaning: written in
     * capitals they always mean the stock ("NOW", "TECH", "IT"); in lower case only when four letters or
     * more and no other phrase ("nvda", not "tech" or "now").
     */
    private void stockSymbols(List<Instrument> instruments) {
        for (Instrument i : instruments) {
            if (i.kind() != Kind.STOCK) continue;
            String s = i.symbol().toLowerCase(Locale.ROOT);
            Term t = Term.subject(i.symbol(), List.of(i.symbol()));
            // as written: "BRK.B" is one word, as a question writes it ("brk.b" in lower case reads as three)
            List<String> keys = QuestionTokenizer.tokenize(i.symbol()).stream().map(Word::key).toList();
            if (keys.size() != 1) continue;
            List<Entry> at = byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>());
            boolean free = s.length() >= 4 && at.isEmpty() && !known.contains(keys.get(0));
            at.add(0, new Entry(keys.toArray(String[]::new), t, !free));
        }
    }

    /**
     * Companies by their registered names, the names' short forms ({@link CompanyNames#shortName}) and the
     * bundled aliases; a short form several share classes have ("Alphabet") stands for all of them.
     */
    private void companies(List<Instrument> instruments, Map<String, Term> phrases, CompanyNames names) {
        Map<String, List<Instrument>> byShort = new LinkedHashMap<>();
        instruments.stream().filter(i -> i.kind() == Kind.STOCK && i.name() != null && !i.name().isBlank())
                .sorted(Comparator.comparing(Instrument::name))
                .forEach(i -> byShort.computeIfAbsent(CompanyNames.shortName(i.name()), k -> new ArrayList<>()).add(i));
        byShort.forEach((shortName, stocks) -> {
            List<String> family = stocks.stream().map(Instrument::symbol).toList();
            if (family.size() > 1) shareClasses.add(family);
            Term t = Term.subject(shortName, family);
            String key = shortName.toLowerCase(Locale.ROOT);
            companies.putIfAbsent(key, shortName + " (" + String.join(", ", family) + ")");
            phrases.putIfAbsent(key, t);
            phrases.putIfAbsent("the " + key, t);
            for (Instrument i : stocks) phrases.putIfAbsent(i.name().toLowerCase(Locale.ROOT), t);
        });
        Set<String> have = instruments.stream().map(Instrument::symbol).collect(Collectors.toSet());
        names.aliases().forEach((alias, meant) -> {
            List<String> present = meant.stream().filter(have::contains).toList();
            if (present.isEmpty()) return;
            if (present.size() > 1) shareClasses.add(present);
            phrases.putIfAbsent(alias, Term.subject(alias, present));
        });
    }

    /** Symbols, names, short names, sectors and groups; a phrase keeps its first meaning. */
    private static void subjects(List<Instrument> instruments, Map<String, Term> phrases) {
        for (Instrument i : instruments) {
            if (i.kind() == Kind.STOCK) continue;           // see stockSymbols
            String s = i.symbol().toLowerCase(Locale.ROOT);
            phrases.putIfAbsent(s, Term.subject(i.symbol(), List.of(i.symbol())));
            if (s.startsWith("^")) phrases.putIfAbsent(s.substring(1), Term.subject(i.symbol(), List.of(i.symbol())));
        }
        for (Instrument i : instruments) {
            if (i.name() == null || i.name().isBlank() || i.kind() == Kind.STOCK) continue;
            String name = i.name().toLowerCase(Locale.ROOT);
            List<String> family = family(instruments, name);
            phrases.putIfAbsent(name, Term.subject(i.name(), family));
            phrases.putIfAbsent(name.replace(" ", ""), Term.subject(i.name(), family));        // "S&P500"
            phrases.putIfAbsent("the " + name, Term.subject(i.name(), family));
            String shortName = withoutFundWords(name);
            if (!shortName.isEmpty() && !shortName.equals(name)) phrases.putIfAbsent(shortName, Term.subject(i.name(), family));
        }
        List<String> sp500 = family(instruments, "s&p 500");     // "the S&P" is the S&P 500, not the market's fund
        if (!sp500.isEmpty()) {
            phrases.putIfAbsent("s&p", Term.subject("S&P 500", sp500));
            phrases.putIfAbsent("the s&p", Term.subject("S&P 500", sp500));
        }
        Map<String, Set<String>> sectors = new LinkedHashMap<>();
        for (Instrument i : instruments) {
            if (i.sector() != null && !i.sector().isBlank()) {
                sectors.computeIfAbsent(i.sector().toLowerCase(Locale.ROOT), k -> new LinkedHashSet<>()).add(i.symbol());
            }
        }
        sectors.forEach((sector, members) -> {
            Term t = Term.subject(sector, List.copyOf(members));
            phrases.putIfAbsent(sector, t);
            phrases.putIfAbsent("the " + sector, t);
            for (String synonym : MarketNames.synonymsOf(sector)) phrases.putIfAbsent(synonym, t);
        });
        String market = marketBenchmark(instruments);
        Map<String, String> groups = new LinkedHashMap<>(MarketNames.GROUPS);
        MarketNames.BROAD_MARKET.forEach(p -> groups.put(p, ""));
        groups.forEach((phrase, name) -> {
            List<String> family = new ArrayList<>();
            if (name.isEmpty() && market != null) family.add(market);
            family(instruments, (name.isEmpty() ? "S&P 500" : name).toLowerCase(Locale.ROOT)).stream()
                    .filter(s -> !family.contains(s)).forEach(family::add);
            if (!family.isEmpty()) phrases.putIfAbsent(phrase, Term.subject(phrase, family));
        });
        // what the data does not have is not covered; what it has (the Dow in the S&P 500 pack) is a subject
        Set<String> have = instruments.stream().map(Instrument::symbol).collect(Collectors.toSet());
        MarketNames.OUTSIDE.forEach((phrase, meant) -> {
            List<String> present = meant.stream().filter(have::contains).toList();
            if (!present.isEmpty()) phrases.putIfAbsent(phrase, Term.subject(phrase, present));
        });
    }

    /** The instrument with exactly this name, then every other whose name contains it ("S&P 500" → ^GSPC, SPY). */
    private static List<String> family(List<Instrument> instruments, String lowerName) {
        List<String> exact = instruments.stream().filter(i -> i.name() != null && i.name().equalsIgnoreCase(lowerName))
                .map(Instrument::symbol).collect(Collectors.toCollection(ArrayList::new));
        instruments.stream().filter(i -> i.name() != null && i.name().toLowerCase(Locale.ROOT).contains(lowerName))
                .map(Instrument::symbol).filter(s -> !exact.contains(s)).forEach(exact::add);
        return exact;
    }

    /** The benchmark most instruments are measured against (SPY in the bundled data). */
    private static String marketBenchmark(List<Instrument> instruments) {
        return instruments.stream().filter(i -> !i.isOwnBenchmark())
                .collect(Collectors.groupingBy(Instrument::benchmark, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String withoutFundWords(String name) {
        List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
        while (!words.isEmpty() && FUND_WORDS.contains(words.get(words.size() - 1))) words.remove(words.size() - 1);
        return String.join(" ", words);
    }
}
