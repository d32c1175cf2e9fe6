package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.facts.Metric;
import io.factline.facts.Window;
import io.factline.market.Instrument;
import io.factline.market.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The instruments a ranking or a count is over, as the sentence names them: the sector funds ("sectors",
 * "the eleven sector funds", "sector ETFs": the sheet's instruments with a sector), the indexes ("the
 * indexes", "benchmarks": kind index) or the funds ("the ETFs", "funds": kind etf). {@code name} is how the
 * report names it; {@code last} the group noun's last token (-1 when the group was not named but taken from
 * the subject: "Energy led" ranks among the sector funds because Energy is one).
 */
record PeerGroup(String name, Set<String> symbols, int last) {

    private static final Set<String> SECTOR_NOUNS = Set.of("sector", "sectors", "sector's", "industries", "industry", "groups");
    private static final Set<String> FUND_NOUNS = Set.of("fund", "funds", "etf", "etfs", "spdr", "spdrs", "trackers");
    private static final Set<String> INDEX_NOUNS = Set.of("index", "indexes", "indices", "benchmarks", "averages");

    /** The group noun phrase starting at token {@code i} ("sector funds", "sectors", "the ETFs"), or null. */
    static PeerGroup at(Tokens tokens, int i, PreparedSheet sheet) {
        if (i >= tokens.size() || !tokens.is(i, TokenType.WORD)) return null;
        if (tokens.isWord(i, "the") || tokens.isWord(i, "s&p")) return at(tokens, i + 1, sheet);
        String w = tokens.key(i);
        if (SECTOR_NOUNS.contains(w) || w.equals("sector")) {
            int last = i;
            if (i + 1 < tokens.size() && tokens.is(i + 1, TokenType.WORD) && FUND_NOUNS.contains(tokens.key(i + 1))) last = i + 1;
            return new PeerGroup("sector funds", sheet.sectorSymbols(), last);
        }
        if (INDEX_NOUNS.contains(w)) return new PeerGroup("indexes", symbols(sheet.sheet(), Kind.INDEX), i);
        if (FUND_NOUNS.contains(w) && !w.equals("spdr")) return new PeerGroup("funds", symbols(sheet.sheet(), Kind.ETF), i);
        return null;
    }

    /**
     * The group a named subject belongs to when the sentence names none: the sector funds for a sector fund;
     * for another instrument, the sheet's instruments without a sector of its kind ("small caps led": the
     * broad funds and indexes, IWM against SPY, ^RUT against ^GSPC). Null for a name the sheet lacks.
     */
    static PeerGroup of(Mention subject, PreparedSheet sheet) {
        if (subject == null || subject.symbols().isEmpty()) return null;
        if (sheet.sectorSymbols().containsAll(subject.symbols())) return new PeerGroup("sector funds", sheet.sectorSymbols(), -1);
        Set<Kind> kinds = java.util.EnumSet.noneOf(Kind.class);
        for (String s : subject.symbols()) sheet.sheet().instrument(s).ifPresent(i -> kinds.add(i.kind()));
        Set<String> broad = new java.util.LinkedHashSet<>();
        for (Instrument i : sheet.sheet().instruments()) {
            if (kinds.contains(i.kind()) && !sheet.sectorSymbols().contains(i.symbol())) broad.add(i.symbol());
        }
        return broad.size() < 2 || !broad.containsAll(subject.symbols()) ? null : new PeerGroup("broad-market instruments", broad, -1);
    }

    private static Set<String> symbols(FactSheet sheet, Kind kind) {
        Set<String> s = new java.util.LinkedHashSet<>();
        for (Instrument i : sheet.instruments()) {
            if (i.kind() == kind) s.add(i.symbol());
        }
        return s;
    }

    /** Whether every symbol the mention may mean is in the group. */
    boolean has(Mention m) {
        return m != null && !m.symbols().isEmpty() && symbols.containsAll(m.symbols());
    }

    /** The members' facts of the measure that exist in the sheet, highest value first. */
    List<Fact> ranked(FactSheet sheet, Measure measure) {
        List<Fact> facts = new ArrayList<>();
        for (String s : symbols) sheet.find(s, measure.metric(), measure.window()).ifPresent(facts::add);
        facts.sort(Comparator.comparingDouble(Fact::number).reversed());
        return facts;
    }

    /** A member's fact of the measure, or null. */
    static Fact factOf(FactSheet sheet, Mention m, Measure measure) {
        for (String s : m.symbols()) {
            var f = sheet.find(s, measure.metric(), measure.window());
            if (f.isPresent()) return f.get();
        }
        return null;
    }

    /** The measure a word-borne claim is about. */
    record Measure(Metric metric, Window window) {

        /**
         * The measure of a claim without a figure of its own: {@code metric} (return unless the words say
         * beta or volatility) over the window the sentence states; else the window of the sentence's cited
         * facts of that metric when they agree; else (none, or they disagree: "rose 0.46% today and 7.80% over 30
         * sessions, the best showing") the period last stated before {@code token} in its paragraph;
         * else the day (a daily wrap's period, see docs/validation.md).
         * Null when the sentence states a period the sheet has no facts for ("this week", "year to date").
         */
        static Measure of(Metric metric, ClaimContext ctx, DerivedClaims.Sentence sentence, int token) {
            if (metric == Metric.BETA) return new Measure(metric, Window.D252);
            if (metric == Metric.VOLATILITY) return new Measure(metric, Window.D30);
            if (ctx.window() != null) return ctx.window().window() == null ? null : new Measure(metric, ctx.window().window());
            Window cited = null;
            for (Fact f : sentence.facts()) {
                if (f.metric() != metric || f.window() == null) continue;
                if (cited != null && cited != f.window()) return new Measure(metric, carried(sentence, token));
                cited = f.window();
            }
            return new Measure(metric, cited != null ? cited : carried(sentence, token));
        }

        private static Window carried(DerivedClaims.Sentence sentence, int token) {
            Window w = sentence.carriedWindow(token);
            return w != null ? w : Window.D1;
        }

        /** "1-day return", "30-day volatility". */
        String describe() {
            return window.sessions() + "-day " + metric.wire().replace('_', ' ');
        }
    }
}
