package io.factline.chat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Stops an answer that gives away what the reader must not see: the API key, the model endpoint, or
 * Factline's instructions (any run of {@value #RUN} words in a row from the system prompt or the
 * instructions of the question prompts). The validator checks figures; a leak may have none.
 */
final class Disclosure {

    static final int RUN = 8;

    private final List<String> secrets;
    private final Set<String> runs = new HashSet<>();

    /**
     * @param secrets      exact strings that must never appear (key, base URL, its host); blanks are ignored
     * @param instructions texts whose word runs must not be quoted
     */
    Disclosure(List<String> secrets, List<String> instructions) {
        this.secrets = secrets.stream().filter(s -> s != null && s.strip().length() >= 4).map(String::strip).toList();
        for (String text : instructions) {
            List<String> w = words(text);
            for (int i = 0; i + RUN <= w.size(); i++) runs.add(String.join(" ", w.subList(i, i + RUN)));
        }
    }

    static Disclosure none() {
        return new Disclosure(List.of(), List.of());
    }

    /** @return why the text must not be shown, or empty */
    Optional<String> problem(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String s : secrets) {
            if (lower.contains(s.toLowerCase(Locale.ROOT))) return Optional.of("the answer reveals configuration (a key or the model endpoint)");
        }
        List<String> w = words(text);
        for (int i = 0; i + RUN <= w.size(); i++) {
            if (runs.contains(String.join(" ", w.subList(i, i + RUN)))) {
                return Optional.of("the answer quotes Factline's instructions; answer the reader's question only");
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }
}
