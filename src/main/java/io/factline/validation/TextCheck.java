package io.factline.validation;

import io.factline.facts.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The checking of one text's claims, after the passes that read it: binds each claim, reads its context,
 * verifies it, and keeps what the report needs beyond the claims — which marker groups supported some
 * claim, and each group's first mismatch (a marker cited for a number it does not support is a problem
 * of the marker unless the group supports another claim). One instance per text; not thread-safe.
 */
final class TextCheck {

    private final TextLayout layout;
    private final Reaches reaches;
    private final List<Mention> mentions;
    private final CitationBinder binder;
    private final ContextReader contexts;
    private final ClaimVerifier verifier;
    private final List<Claim> claims;
    /** By group index: whether a fact of the group supports some claim, and the group's first mismatch. */
    private final boolean[] supporting;
    private final Problem[] misplaced;
    /** By sentence index, made when a claim of the sentence first asks. */
    private final SentenceView[] sentences;

    private final Tokens tokens;
    private final String source;
    private final Text text;

    TextCheck(Text t, Reaches reaches, CitationBinder binder, ContextReader contexts, ClaimVerifier verifier, int claimCount) {
        this.text = t;
        this.tokens = t.tokens();
        this.source = t.source();
        this.layout = t.layout();
        this.reaches = reaches;
        this.mentions = t.mentions();
        this.binder = binder;
        this.contexts = contexts;
        this.verifier = verifier;
        this.claims = new ArrayList<>(claimCount);
        this.supporting = new boolean[binder.groupCount()];
        this.misplaced = new Problem[binder.groupCount()];
        this.sentences = new SentenceView[layout.sentenceCount()];
    }

    void check(Written w) {
        CitationBinder.Binding b = w.bind(binder, reaches);
        if (b == null) return;                                    // a label or ratio word that is no claim here
        int sentence = layout.sentenceOf(w.first());
        ClaimContext ctx = contexts.read(w);
        ClaimVerifier.Verified v = w.verify(verifier, b, ctx, sentence(sentence));
        if (v == null) return;
        claims.add(v.claim());
        for (Fact f : v.supporting()) {
            CitationBinder.Group g = groupCiting(binder.groups(sentence), f);
            if (g != null) supporting[g.index()] = true;
        }
        boolean apart = b.how() == CitationBinder.How.AFTER || b.how() == CitationBinder.How.SENTENCE;
        // a wrong sign is the words' fault, not the marker's
        if (apart && v.cited() != null && v.claim().status() != ClaimStatus.SUPPORTED
                && v.claim().status() != ClaimStatus.WRONG_SIGN) {
            CitationBinder.Group g = b.groupOf(v.cited().id());
            if (g != null && misplaced[g.index()] == null) {
                misplaced[g.index()] = new Problem(g.start(), g.end(), Problem.CITATION_MISMATCH,
                        "[" + v.cited().id() + "] is cited for " + w.text() + ": " + v.claim().message());
            }
        }
    }

    /** @param requireCitations when true an uncited number fails the text even if one fact matches it */
    ValidationReport report(boolean requireCitations, List<Problem> dateProblems) {
        List<Problem> problems = new ArrayList<>(binder.markerProblems());
        problems.addAll(dateProblems);
        for (int g = 0; g < misplaced.length; g++) {
            if (misplaced[g] != null && !supporting[g]) problems.add(misplaced[g]);
        }
        problems.sort(Comparator.comparingInt(Problem::start));
        boolean failed = !problems.isEmpty();
        for (Claim c : claims) {
            if (c.status() == ClaimStatus.SUPPORTED) continue;
            if (c.status() == ClaimStatus.UNCITED && !requireCitations) continue;
            failed = true;
        }
        return new ValidationReport(failed ? Verdict.FAIL : Verdict.PASS, claims, problems);
    }

    private DerivedClaims.Sentence sentence(int index) {
        SentenceView s = sentences[index];
        if (s == null) {
            s = new SentenceView(index);
            sentences[index] = s;
        }
        return s;
    }

    /** A sentence's cited facts and named instruments, each found when first asked for. */
    private final class SentenceView implements DerivedClaims.Sentence {

        private final int index;
        private List<Mention> named;

        SentenceView(int index) {
            this.index = index;
        }

        @Override
        public List<Fact> facts() {
            return binder.sentenceFacts(index);
        }

        @Override
        public String text() {
            int first = layout.sentenceStart(index), last = layout.sentenceEnd(index) - 1;
            return last < first ? "" : source.substring(tokens.start(first), tokens.end(last));
        }

        @Override
        public List<Mention> clauseMentions(int token) {
            int clause = layout.clauseOf(token);
            return instrumentsIn(layout.clauseStart(clause), layout.clauseEnd(clause));
        }

        @Override
        public int startOf(int token) {
            return tokens.start(token);
        }

        @Override
        public int endOf(int token) {
            return tokens.end(token);
        }

        @Override
        public String source(int start, int end) {
            return source.substring(start, end);
        }

        @Override
        public io.factline.facts.Window carriedWindow(int token) {
            return text.carriedWindow(token);
        }

        @Override
        public List<Fact> earlierFacts() {
            return binder.earlierInParagraph(index);
        }

        @Override
        public Mention nameBefore(int token) {
            return text.nameBefore(token, layout.sentenceStart(index));
        }

        @Override
        public Mention nameAfter(int token) {
            int clause = layout.clauseOf(token);
            return text.nameAfter(token + 1, layout.clauseEnd(clause));
        }

        @Override
        public Fact sheetFact(String subject, Fact like) {
            for (Fact f : verifier.sheet().sheet().facts()) {
                if (subject.equals(f.subject()) && NamedRatios.sameMeasure(f, like)) return f;
            }
            return null;
        }

        @Override
        public List<Mention> mentions() {
            if (named == null) named = instrumentsIn(layout.sentenceStart(index), layout.sentenceEnd(index));
            return named;
        }
    }

    private static CitationBinder.Group groupCiting(List<CitationBinder.Group> groups, Fact f) {
        for (int i = 0; i < groups.size(); i++) {
            if (CitationBinder.containsSame(groups.get(i).facts(), f)) return groups.get(i);
        }
        return null;
    }

    /** Instrument mentions within tokens [from, to); {@code mentions} is in text order. */
    private List<Mention> instrumentsIn(int from, int to) {
        int lo = 0, hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).first() < from) lo = mid + 1;
            else hi = mid;
        }
        List<Mention> found = new ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).first() < to; i++) {
            Mention m = mentions.get(i);
            if (m.last() < to && m.isInstrument()) found.add(m);
        }
        return found;
    }
}
