package io.factline.chat;

import io.factline.facts.Fact;
import io.factline.narrative.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation as the model sees it: for each remembered turn, what the reader was understood to ask
 * (a summary built from the resolved intent, not the reader's words) and the validated answer, its
 * markers rewritten to this answer's IDs: the facts it cited are gathered again into this answer's
 * registry, so "[F3]" in the history means the same fact as "[F3]" in the facts table.
 */
final class History {

    private static final Pattern MARKER = Pattern.compile("\\[(F\\d+(?:\\s*,\\s*F\\d+)*)]");

    private final MarketFacts facts;

    History(MarketFacts facts) {
        this.facts = facts;
    }

    List<Turn> turns(List<Exchange> exchanges, FactRegistry registry) {
        List<Turn> turns = new ArrayList<>();
        for (Exchange e : exchanges) {
            Map<String, String> ids = new HashMap<>();
            e.origins().forEach((oldId, origin) -> regather(origin, registry).ifPresent(f -> ids.put(oldId, f.id())));
            turns.add(new Turn("reader", e.intent().summary()));
            turns.add(new Turn("factline", rewrite(e.answer().text(), ids)));
        }
        return turns;
    }

    private Optional<Fact> regather(FactRegistry.Origin origin, FactRegistry registry) {
        if (!facts.hasData(origin.date())) return Optional.empty();
        var sheet = facts.sheet(origin.date());
        return sheet.fact(origin.id()).map(f -> registry.add(f, sheet));
    }

    static String rewrite(String text, Map<String, String> ids) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            List<String> mapped = new ArrayList<>();
            for (String id : m.group(1).split("\\s*,\\s*")) mapped.add(ids.getOrDefault(id, "?"));
            String marker = mapped.contains("?") ? "" : "[" + String.join(", ", mapped) + "]";
            m.appendReplacement(out, Matcher.quoteReplacement(marker));
        }
        m.appendTail(out);
        return out.toString();
    }
}
