package io.factline.validation;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The regular inflections of an English verb from its base form, so that word lists name each verb
 * once: "plunge" → plunges, plunged, plunging; "slip" → slips, slipped, slipping; "rally" → rallies,
 * rallied, rallying. Where the doubling of a final consonant depends on stress ("outstrip" doubles,
 * "target" does not), both spellings are produced: a word list is only matched against, so an extra
 * form costs nothing.
 */
final class Inflections {

    private Inflections() {
    }

    static Set<String> of(String base) {
        Set<String> forms = new LinkedHashSet<>();
        int n = base.length();
        char last = base.charAt(n - 1);
        if (last == 'e') {
            String stem = base.substring(0, n - 1);
            forms.add(base + "s");
            forms.add(base + "d");
            forms.add(stem + "ing");
        } else if (last == 'y' && n > 1 && !isVowel(base.charAt(n - 2))) {
            String stem = base.substring(0, n - 1);
            forms.add(stem + "ies");
            forms.add(stem + "ied");
            forms.add(base + "ing");
        } else {
            boolean sibilant = base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x");
            forms.add(base + (sibilant ? "es" : "s"));
            forms.add(base + "ed");
            forms.add(base + "ing");
            if (endsConsonantVowelConsonant(base)) {
                forms.add(base + last + "ed");
                forms.add(base + last + "ing");
            }
        }
        return forms;
    }

    private static boolean endsConsonantVowelConsonant(String w) {
        int n = w.length();
        if (n < 3) return false;
        char c = w.charAt(n - 1);
        return !isVowel(c) && c != 'w' && c != 'x' && c != 'y' && isVowel(w.charAt(n - 2)) && !isVowel(w.charAt(n - 3));
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
