package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fact sheet indexed for validation: facts by ID, the names of its instruments, its label words, and
 * the facts each written unit may stand for. Immutable, so one instance can serve any number of texts
 * and threads (the batch command keeps the last one while consecutive cases share a sheet).
 */
public final class PreparedSheet {

    static final Map<Metric, Set<String>> DEFAULT_LABELS = Map.of(
            Metric.MACD_TREND, Set.of("bullish", "bearish"),
            Metric.TREND, Set.of("uptrend", "downtrend", "sideways"));

    private final FactSheet sheet;
    private final Map<String, Fact> byId = new HashMap<>();
    private final NameIndex names;
    private final Map<Metric, Set<String>> labelFamilies = new EnumMap<>(Metric.class);
    private final Set<String> labelWords = new HashSet<>();
    /** Whether the sheet's labels use no words beyond the defaults, so the {@link Lexicon#LABEL} bit decides. */
    private final boolean defaultLabelsOnly;
    private final Map<WrittenUnit, List<Fact>> fitting = new EnumMap<>(WrittenUnit.class);
    private final Set<String> sourceIds = new HashSet<>();
    private final FactNames factNames;

    private final java.util.Set<String> indexSymbols;
    private final java.util.Set<String> sectorSymbols;
    private final java.util.Map<String, java.util.Set<String>> bySector;

    private PreparedSheet(FactSheet sheet) {
        this.sheet = sheet;
        for (Fact f : sheet.facts()) byId.putIfAbsent(f.id(), f);
        for (var source : sheet.sources()) {
            if (source.id() != null && !byId.containsKey(source.id())) sourceIds.add(source.id());
        }
        names = NameIndex.of(sheet.instruments());
        indexSymbols = sheet.instruments().stream().filter(i -> i.kind() == io.factline.market.Kind.INDEX)
                .map(io.factline.market.Instrument::symbol).collect(java.util.stream.Collectors.toUnmodifiableSet());
        // the sector funds: a stock has a sector too, but is no sector fund ("most sector funds rose" on the S&P 500 pack)
        sectorSymbols = sheet.instruments().stream().filter(i -> i.sector() != null && !i.sector().isBlank()
                && i.kind() != io.factline.market.Kind.STOCK).map(io.factline.market.Instrument::symbol)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        bySector = sheet.instruments().stream().filter(i -> i.sector() != null && !i.sector().isBlank())
                .collect(java.util.stream.Collectors.groupingBy(io.factline.market.Instrument::sector,
                        java.util.stream.Collectors.mapping(io.factline.market.Instrument::symbol, java.util.stream.Collectors.toUnmodifiableSet())));
        factNames = new FactNames(sheet.facts());
        DEFAULT_LABELS.forEach((m, words) -> labelFamilies.put(m, new HashSet<>(words)));
        for (Fact f : sheet.facts()) {
            if (!f.isLabel() || f.labelText() == null) continue;
            String word = f.labelText().strip().toLowerCase(Locale.ROOT);
            if (!word.isEmpty() && word.indexOf(' ') < 0) labelFamilies.computeIfAbsent(f.metric(), m -> new HashSet<>()).add(word);
        }
        labelFamilies.values().forEach(labelWords::addAll);
        defaultLabelsOnly = labelWords.stream().allMatch(w -> (Lexicon.flags(w) & Lexicon.LABEL) != 0);
        for (WrittenUnit u : WrittenUnit.values()) {
            List<Fact> list = new ArrayList<>();
            for (Fact f : sheet.facts()) {
                if (u.fits(f) && (u == WrittenUnit.LABEL || !f.isLabel())) list.add(f);
            }
            fitting.put(u, List.copyOf(list));
        }
    }

    public static PreparedSheet of(FactSheet sheet) {
        return new PreparedSheet(sheet);
    }

    public FactSheet sheet() {
        return sheet;
    }

    /** The fact with this ID, also when the text wrote it in lower case ("[f7]"); null if none. */
    Fact fact(String id) {
        Fact f = byId.get(id);
        return f != null ? f : byId.get(id.toUpperCase(Locale.ROOT));
    }

    /** "[S1]" cites a source of the sheet, not a fact: no claim binds to it and it is no problem. */
    boolean isSource(String id) {
        return !sourceIds.isEmpty() && sourceIds.contains(id);
    }

    FactNames factNames() {
        return factNames;
    }

    /** Symbols of the sheet's indices: what "the index" refers to. */
    java.util.Set<String> indexSymbols() {
        return indexSymbols;
    }

    /** Symbols of the sheet's sector funds: what "the sector" refers to. */
    /** The symbols of the instruments (funds and stocks) whose sector is {@code sector}; empty for none ("stocks"). */
    java.util.Set<String> sectorMembers(String sector) {
        return bySector.getOrDefault(sector, java.util.Set.of());
    }

    java.util.Set<String> sectorSymbols() {
        return sectorSymbols;
    }

    NameIndex names() {
        return names;
    }

    /** Whether word {@code i} is a value some label metric of the sheet takes ("bearish"). */
    boolean isLabelWord(Tokens tokens, int i) {
        return tokens.has(i, Lexicon.LABEL) || (!defaultLabelsOnly && tokens.is(i, TokenType.WORD) && labelWords.contains(tokens.key(i)));
    }

    /** Whether a label word is one of the values the fact's metric takes ("bearish" for a MACD trend). */
    boolean labelFits(String word, Fact f) {
        Set<String> family = labelFamilies.get(f.metric());
        return f.isLabel() && family != null && family.contains(word);
    }

    List<Fact> facts(WrittenUnit unit) {
        return fitting.get(unit);
    }
}
