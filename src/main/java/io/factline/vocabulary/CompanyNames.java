package io.factline.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What people call a company, derived by rule from its registered name plus a short list of well-known
 * aliases ({@code vocabulary/company-aliases.txt}): "Coca-Cola Company (The)" is "Coca-Cola",
 * "Alphabet Inc. (Class A)" is "Alphabet", "Apple Inc." is "Apple". The rule strips a share-class or
 * "(The)" in brackets, a leading "The", and trailing legal words (Inc., Corp., Corporation, Co., Company,
 * Holdings, Group, plc, Ltd …); the aliases add what no rule derives ("Google", "J&J", "Berkshire").
 */
public final class CompanyNames {

    private static final Set<String> LEGAL_WORDS = Set.of("inc", "incorporated", "corp", "corporation", "co", "company",
            "companies", "holdings", "holding", "group", "plc", "ltd", "limited", "n.v", "nv", "sa", "ag", "lp", "llc",
            "the", "&");
    private static final String ALIASES = "/vocabulary/company-aliases.txt";

    private final Map<String, List<String>> aliases;

    private CompanyNames(Map<String, List<String>> aliases) {
        this.aliases = aliases;
    }

    /** The names with the aliases bundled in the resources. */
    public static CompanyNames bundled() {
        try (InputStream in = CompanyNames.class.getResourceAsStream(ALIASES)) {
            if (in == null) throw new IllegalStateException("missing resource " + ALIASES);
            Map<String, List<String>> out = new LinkedHashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                int eq = l.indexOf('=');
                if (eq < 0) throw new IllegalStateException(ALIASES + ": no '=' in \"" + l + "\"");
                List<String> symbols = List.of(l.substring(eq + 1).strip().split("\\s*,\\s*"));
                out.put(l.substring(0, eq).strip().toLowerCase(Locale.ROOT), symbols);
            }
            return new CompanyNames(Map.copyOf(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Aliases (lower case) and the symbols each stands for, share classes in the listed order. */
    public Map<String, List<String>> aliases() {
        return aliases;
    }

    /**
     * The short form of a registered company name: "Coca-Cola Company (The)" → "Coca-Cola", "Alphabet Inc.
     * (Class C)" → "Alphabet", "Nvidia" → "Nvidia". Never empty for a non-blank name.
     */
    public static String shortName(String registered) {
        String n = registered.strip().replaceAll("\\s*\\((?i:the|class [a-z]|series [a-z])\\)\\s*", " ").strip();
        n = n.replaceAll(",", " ").replaceAll("\\s+", " ");
        List<String> words = new ArrayList<>(List.of(n.split(" ")));
        while (words.size() > 1 && LEGAL_WORDS.contains(key(words.get(words.size() - 1)))) words.remove(words.size() - 1);
        if (words.size() > 1 && key(words.get(0)).equals("the")) words.remove(0);
        String out = String.join(" ", words);
        return out.isEmpty() ? registered.strip() : out;
    }

    /** The registered name and its short form, each once, in that order. */
    public static List<String> forms(String registered) {
        Set<String> out = new LinkedHashSet<>();
        out.add(registered.strip());
        out.add(shortName(registered));
        return List.copyOf(out);
    }

    private static String key(String word) {
        String k = word.toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }
}
