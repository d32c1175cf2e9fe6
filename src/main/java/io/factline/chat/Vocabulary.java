package io.factline.chat;

import io.factline.market.Instrument;
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
 * Every phrase the reader knows, built once from the data's instruments and the {@link Lexicon}: symbols
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

    private record Entry(String[] keys, Term term) {
    }

    private final Map<String, List<Entry>> byFirstKey = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> symbols = new HashSet<>();

    Vocabulary(List<Instrument> instruments) {
        Map<String, Term> phrases = new LinkedHashMap<>();
        subjects(instruments, phrases);
        Lexicon.TOPICS.forEach((p, t) -> phrases.putIfAbsent(p, Term.topic(t, p)));
        Lexicon.WINDOWS.forEach((p, w) -> phrases.putIfAbsent(p, Term.window(w, p)));
        Lexicon.OTHER_SPANS.forEach(p -> phrases.putIfAbsent(p, Term.window(null, p)));
        Lexicon.WORDS.forEach((k, list) -> list.forEach(p -> phrases.put(p, Term.of(k, p))));
        Set<String> words = new HashSet<>();
        Lexicon.WORDS.values().forEach(words::addAll);
        MarketNames.OUTSIDE.keySet().stream().filter(p -> !words.contains(p) && !phrases.containsKey(p))
                .forEach(p -> phrases.put(p, Term.of(Term.Kind.NOT_COVERED, p)));
        phrases.forEach(this::register);
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
        if (!w.is(Word.Kind.WORD) || key.length() < 5 || known.contains(key) || Lexicon.NEVER_CORRECTED.contains(key)
                || !key.chars().allMatch(Character::isLetter)) {
            return key;
        }
        int limit = key.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = limit + 1;
        boolean tie = false;
        for (String candidate : known) {
            if (candidate.length() < 5) continue;
            int d = EditDistance.within(key, candidate, limit);
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
        byFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(new Entry(keys.toArray(String[]::new), term));
        keys.forEach(known::add);
    }

    /** Symbols, names, short names, sectors and groups; a phrase keeps its first meaning. */
    private static void subjects(List<Instrument> instruments, Map<String, Term> phrases) {
        for (Instrument i : instruments) {
            String s = i.symbol().toLowerCase(Locale.ROOT);
            phrases.putIfAbsent(s, Term.subject(i.symbol(), List.of(i.symbol())));
            if (s.startsWith("^")) phrases.putIfAbsent(s.substring(1), Term.subject(i.symbol(), List.of(i.symbol())));
        }
        for (Instrument i : instruments) {
            if (i.name() == null || i.name().isBlank()) continue;
            String name = i.name().toLowerCase(Locale.ROOT);
            List<String> family = family(instruments, name);
            phrases.putIfAbsent(name, Term.subject(i.name(), family));
            phrases.putIfAbsent(name.replace(" ", ""), Term.subject(i.name(), family));        // "S&P500"
            phrases.putIfAbsent("the " + name, Term.subject(i.name(), family));
            String shortName = withoutFundWords(name);
            if (!shortName.isEmpty() && !shortName.equals(name)) phrases.putIfAbsent(shortName, Term.subject(i.name(), family));
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
