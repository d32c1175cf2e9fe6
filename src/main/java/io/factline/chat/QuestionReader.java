package io.factline.chat;

import io.factline.chat.Intent.Extreme;
import io.factline.chat.Term.Kind;
import io.factline.facts.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The offline question reader: tokenizes a question, finds its date and the phrases it knows, and decides
 * what is asked — figures for instruments, a comparison, a sector ranking, or an honest decline (forecast,
 * advice, unknown instrument, metric Factline does not compute, date without data, nothing understood).
 * Follow-ups take what they leave out from the previous intent of the conversation. Deterministic.
 */
final class QuestionReader {

    private final MarketFacts facts;
    private final Vocabulary vocabulary;
    private final Subjects subjects;
    private final StatedFigures stated;
    private final ScanReader scans;

    QuestionReader(MarketFacts facts, Vocabulary vocabulary, StatedFigures stated) {
        this.facts = facts;
        this.scans = new ScanReader(facts);
        this.vocabulary = vocabulary;
        this.subjects = new Subjects(facts);
        this.stated = stated;
    }

    /**
     * @param today    what "today" means (the page's date or the latest date with data)
     * @param previous the conversation's last intent, or null
     */
    Reading read(String text, LocalDate today, Intent previous) {
        List<Word> words = QuestionTokenizer.tokenize(text);
        boolean[] taken = new boolean[words.size()];
        DateReader.Found named = DateReader.find(words, today, taken);
        List<Term.Match> matches = vocabulary.find(words, taken);
        Found f = new Found(matches, words, taken);

        LocalDate date = named != null ? named.date()
                : f.has(Kind.YESTERDAY) ? facts.sessionBefore(today).orElse(today)
                : f.has(Kind.TODAY) || previous == null ? today : previous.date();
        Intent declined = declined(f, named, date, words);
        if (declined != null) return new Reading(declined, Reading.Check.NONE);
        Intent intent = understood(f, date, previous);
        Reading.Check check = intent instanceof Intent.Declined ? Reading.Check.NONE : stated.check(text, date);
        return new Reading(intent, check);
    }

    private Intent declined(Found f, DateReader.Found named, LocalDate date, List<Word> words) {
        String about = f.subjectTerms().isEmpty() ? "" : f.subjectTerms().get(0).said();
        if (f.has(Kind.OFF_TOPIC) && f.subjectTerms().isEmpty() && f.topic() == null) return decline(date, Decline.OFF_TOPIC, "");
        if (f.forecast()) return decline(date, Decline.FORECAST, about);
        if (f.has(Kind.ADVICE)) return decline(date, Decline.ADVICE, about);
        String unknown = f.first(Kind.NOT_COVERED);
        if (unknown == null) unknown = unknownTicker(words, f.covered());
        if (unknown == null && f.subjectTerms().isEmpty()) unknown = unknownCompany(words, f.covered());
        if (unknown != null) return decline(date, Decline.UNKNOWN_INSTRUMENT, unknown);
        String unsupported = f.first(Kind.UNSUPPORTED);
        if (unsupported != null && rate(unsupported) != null) unsupported = null;    // "the yield on the 10-year": ^TNX
        if (unsupported != null) return decline(date, Decline.UNSUPPORTED_METRIC, unsupported);
        if (named != null && named.date() == null) return decline(date, Decline.NO_DATA, named.said());
        if (!facts.hasData(date)) {
            return new Intent.Declined(date, Decline.NO_DATA, date.toString(), facts.nearest(date));
        }
        return null;
    }

    private static Intent decline(LocalDate date, Decline why, String detail) {
        return new Intent.Declined(date, why, detail, List.of());
    }

    private Intent understood(Found f, LocalDate date, Intent previous) {
        List<Term> named = f.subjectTerms();
        Topic topic = f.topic();
        Term windowTerm = f.windowTerm();
        boolean ranking = f.has(Kind.HIGH) || f.has(Kind.LOW);
        Intent usable = previous instanceof Intent.Declined ? null : previous;
        Intent.Scan scan = scans.read(f::has, f::saidAny, named, date, topic);
        if (scan != null) return scan;
        if (topic == null && f.has(Kind.BREADTH)) topic = Topic.PERFORMANCE;   // no stocks in the data: the market's move
        if ((f.has(Kind.RECORD_HIGH) || f.has(Kind.RECORD_LOW)) && (topic == null || topic == Topic.PERFORMANCE || topic == Topic.PRICE)) {
            topic = Topic.RECORD;                               // "Did Oracle hit a 52-week high?"
        }
        String rate = f.first(Kind.UNSUPPORTED) == null ? null : rate(f.first(Kind.UNSUPPORTED));
        if (named.isEmpty() && rate != null) named = List.of(Term.subject(rate, List.of(rate)));
        if (named.isEmpty()) {
            if (ranking || f.has(Kind.SECTOR)) return rank(f, date, topic != null ? topic : Topic.PERFORMANCE, windowTerm);
            if (usable != null) return FollowUp.without(usable, date, topic, windowTerm);
            if (topic != null || windowTerm != null) {
                return figures(date, List.of(subjects.market()), topic, windowTerm);
            }
            return decline(date, f.has(Kind.OFF_TOPIC) ? Decline.OFF_TOPIC : Decline.NOT_UNDERSTOOD, "");
        }
        if (named.size() >= 2) {
            Subjects.Pair pair = subjects.pair(named.get(0).symbols(), named.get(1).symbols(), date);
            return compare(date, pair, topic, windowTerm);
        }
        List<String> candidates = named.get(0).symbols();
        if (f.has(Kind.SECTOR) && ranking) return rank(f, date, topic != null ? topic : Topic.PERFORMANCE, windowTerm);
        if (f.has(Kind.COMPARE)) {
            Subjects.Pick one = subjects.pick(candidates, date);
            String bench = subjects.benchmarkOf(one.symbol());
            if (bench != null) return compare(date, subjects.pair(candidates, List.of(bench), date), topic, windowTerm);
        }
        if (topic == null && windowTerm == null && usable != null) {
            return FollowUp.with(usable, date, subjects.pick(candidates, date), subjects);
        }
        if (vocabulary.isShareClasses(candidates)) return shareClasses(date, candidates, topic, windowTerm);
        Subjects.Pick one = subjects.pick(candidates, date);
        return figures(date, one, topic, windowTerm);
    }

    /** The data's yield (^TNX) when the word is "yield" or "yields" and the data has one; else null. */
    private String rate(String word) {
        if (!word.equals("yield") && !word.equals("yields")) return null;
        return facts.instruments().stream().filter(i -> i.kind() == io.factline.market.Kind.RATE)
                .map(io.factline.market.Instrument::symbol).findFirst().orElse(null);
    }

    /** A company with several share classes ("Alphabet": GOOGL and GOOG): figures for each that has data. */
    private Intent shareClasses(LocalDate date, List<String> classes, Topic topic, Term windowTerm) {
        Topic t = topic != null ? topic : Topic.PERFORMANCE;
        List<String> with = classes.stream().filter(s -> subjects.hasFacts(s, date)).toList();
        List<String> used = with.isEmpty() ? classes : with;
        List<String> stale = classes.stream().filter(s -> !used.contains(s)).toList();
        return new Intent.Figures(date, used, t, window(t, windowTerm), asked(t, windowTerm), stale);
    }

    private Intent figures(LocalDate date, List<List<String>> candidates, Topic topic, Term windowTerm) {
        return figures(date, subjects.pick(candidates.get(0), date), topic, windowTerm);
    }

    private static Intent figures(LocalDate date, Subjects.Pick one, Topic topic, Term windowTerm) {
        Topic t = topic != null ? topic : Topic.PERFORMANCE;
        return new Intent.Figures(date, List.of(one.symbol()), t, window(t, windowTerm), asked(t, windowTerm), one.stale());
    }

    private static Intent compare(LocalDate date, Subjects.Pair pair, Topic topic, Term windowTerm) {
        Topic t = topic != null ? topic : Topic.PERFORMANCE;
        return new Intent.Compare(date, pair.first(), pair.second(), t, window(t, windowTerm), asked(t, windowTerm), pair.stale());
    }

    private static Intent rank(Found f, LocalDate date, Topic topic, Term windowTerm) {
        Extreme e = f.has(Kind.HIGH) && !f.has(Kind.LOW) ? Extreme.HIGHEST
                : f.has(Kind.LOW) && !f.has(Kind.HIGH) ? Extreme.LOWEST : f.has(Kind.LOW) ? Extreme.LOWEST : Extreme.BOTH;
        if (topic == Topic.RECORD) e = f.has(Kind.RECORD_LOW) && !f.has(Kind.RECORD_HIGH) ? Extreme.LOWEST : Extreme.HIGHEST;
        return new Intent.Rank(date, topic, window(topic, windowTerm), e);
    }

    /** The window asked for if the topic has it; for a span it lacks, its longest one (a year → 30 sessions). */
    static Window window(Topic t, Term windowTerm) {
        if (windowTerm == null) return t.windowFor(null);
        Window w = windowTerm.window();
        return w != null && !t.lacks(w) ? t.windowFor(w) : t.longest();
    }

    /** The span said, when the topic has no figure over it ("this week", "the past year" for returns). */
    static String asked(Topic t, Term windowTerm) {
        if (windowTerm == null) return "";
        if (windowTerm.window() == null || t.lacks(windowTerm.window())) return windowTerm.said();
        return "";
    }

    /**
     * A word in capitals that is no symbol of the data and no known word: "AAPL", "QQQ", "$TSLA". Not
     * looked for when most of the question is in capitals (someone typing with caps lock).
     */
    private String unknownTicker(List<Word> words, boolean[] covered) {
        int letters = 0, capitals = 0;
        for (Word w : words) {
            if (w.is(Word.Kind.WORD) && w.key().chars().anyMatch(Character::isLetter)) {
                letters++;
                if (w.capitals()) capitals++;
            }
        }
        if (letters >= 5 && capitals * 5 >= letters * 3) return null;   // a long question mostly in capitals: caps lock
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (covered[i] || !w.is(Word.Kind.WORD)) continue;
            String bare = w.key().replace("^", "");
            // "AAPL", "$AAPL", and a share-class ticker "BRK.B"
            boolean tickerShape = bare.matches("[a-z]{1,5}(\\.[a-z])?") && (w.capitals() || w.text().startsWith("$"));
            if (tickerShape && !QuestionTerms.NOT_TICKERS.contains(bare) && !vocabulary.isSymbol(w.key())) {
                return w.text().replace("$", "");
            }
        }
        return null;
    }

    /**
     * A name the data does not have where a company would be: a capitalised word that is no known word
     * ("How did Foobar do?"), or any word within a small edit distance of a company's name ("nvidea").
     * The decline names the closest company when there is exactly one ("Nvidia (NVDA)"): offered, not assumed.
     */
    private String unknownCompany(List<Word> words, boolean[] covered) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String key = w.key();
            if (covered[i] || !w.is(Word.Kind.WORD) || key.length() < 4 || !key.chars().allMatch(Character::isLetter)
                    || vocabulary.isKnown(key) || QuestionTerms.NEVER_CORRECTED.contains(key)) {
                continue;
            }
            java.util.Optional<String> near = vocabulary.nearestCompany(key);
            boolean named = i > 0 && Character.isUpperCase(w.text().charAt(0)) && !words.get(i - 1).is(Word.Kind.MARK);
            if (near.isPresent()) return w.text() + "|" + near.get();
            if (named) return w.text();
        }
        return null;
    }

    /** The phrases of one question, with the questions the reader asks of them. */
    private static final class Found {
        private final List<Term.Match> matches;
        private final List<Word> words;
        private final boolean[] covered;
        private final Set<Kind> kinds = EnumSet.noneOf(Kind.class);

        Found(List<Term.Match> matches, List<Word> words, boolean[] taken) {
            this.matches = matches;
            this.words = words;
            this.covered = taken.clone();
            for (Term.Match m : matches) {
                kinds.add(m.term().kind());
                for (int k = m.first(); k <= m.last(); k++) covered[k] = true;
            }
        }

        boolean has(Kind k) {
            return kinds.contains(k);
        }

        boolean[] covered() {
            return covered;
        }

        /** Whether the question said one of these phrases (as the vocabulary matched them). */
        boolean saidAny(Set<String> phrases) {
            return matches.stream().anyMatch(m -> phrases.contains(m.term().said()));
        }

        String first(Kind k) {
            return matches.stream().filter(m -> m.term().is(k)).map(m -> m.term().said()).findFirst().orElse(null);
        }

        /** "will" asking for the future, not "will you tell me …". */
        boolean forecast() {
            for (Term.Match m : matches) {
                if (!m.term().is(Kind.FORECAST)) continue;
                boolean courtesy = m.term().said().equals("will") && m.last() + 1 < words.size()
                        && (words.get(m.last() + 1).isWord("you") || words.get(m.last() + 1).isWord("u"));
                if (!courtesy) return true;
            }
            return false;
        }

        /** Subjects in order of mention, each once. */
        List<Term> subjectTerms() {
            List<Term> out = new ArrayList<>();
            for (Term.Match m : matches) {
                if (m.term().is(Kind.SUBJECT) && out.stream().noneMatch(t -> t.symbols().equals(m.term().symbols()))) {
                    out.add(m.term());
                }
            }
            return out;
        }

        /** The most specific topic named (see {@link Topic}). */
        Topic topic() {
            Topic best = null;
            for (Term.Match m : matches) {
                Topic t = m.term().topic();
                if (t != null && (best == null || t.ordinal() < best.ordinal())) best = t;
            }
            return best;
        }

        Term windowTerm() {
            return matches.stream().map(Term.Match::term).filter(t -> t.is(Kind.WINDOW)).findFirst().orElse(null);
        }
    }
}
