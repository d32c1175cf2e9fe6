package io.factline.validation;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads every number of a text and says whether a cited fact supports it (rules in docs/validation.md).
 * Stateless and thread-safe: all state of one validation lives on the stack of {@link #validate}.
 * Pipeline: scan tokens; find instrument names and window phrases (their digits are no claims); split
 * sentences and clauses; find claims; bind them to markers; read each claim's context; check.
 */
public final class Validator {

    public Validator() {
    }

    /** Uncited numbers that match exactly one fact are a warning, not a failure. */
    public ValidationReport validate(FactSheet sheet, String text) {
        return validate(sheet, text, false);
    }

    /** @param requireCitations when true an uncited number fails the text even if one fact matches it */
    public ValidationReport validate(FactSheet sheet, String text, boolean requireCitations) {
        return validate(PreparedSheet.of(sheet), text, requireCitations);
    }

    /** For many texts against one sheet: prepare it once with {@link PreparedSheet#of}. */
    public ValidationReport validate(PreparedSheet sheet, String text, boolean requireCitations) {
        Scanner scanner = new Scanner(text);
        Tokens tokens = scanner.scan();
        int n = tokens.size();
        boolean[] inName = new boolean[n];
        boolean[] inWindow = new boolean[n];
        List<Mention> mentions = sheet.names().find(tokens, scanner.distinctWords(), inName);
        List<WindowPhrase> windows = WindowPhrases.find(tokens, inName, inWindow, text);
        boolean[] covered = new boolean[n];
        for (int i = 0; i < n; i++) covered[i] = inName[i] || inWindow[i];
        TextLayout layout = TextLayout.of(tokens);
        List<Written> written = new ClaimFinder(tokens, covered, text, sheet).find();
        Reaches reaches = new Reaches(tokens, layout, inWindow, written);

        CitationBinder binder = new CitationBinder(tokens, layout, sheet, text);
        ContextReader contexts = new ContextReader(tokens, layout, reaches, mentions, windows, inWindow);
        ClaimVerifier verifier = new ClaimVerifier(sheet);
        List<Problem> problems = new ArrayList<>(binder.markerProblems());
        List<Claim> claims = new ArrayList<>(written.size());
        // by group index: whether a fact of the group supports some claim, and the group's first mismatch
        boolean[] supporting = new boolean[binder.groupCount()];
        Problem[] misplaced = new Problem[binder.groupCount()];
        List<List<Mention>> mentionsBySentence = new ArrayList<>(java.util.Collections.nCopies(layout.sentenceCount(), null));

        for (Written w : written) {
            CitationBinder.Binding b = binder.bind(w, reaches);
            if (b == null) continue;
            int sentence = layout.sentenceOf(w.first());
            ClaimContext ctx = contexts.read(w);
            DerivedClaims.Sentence around = new DerivedClaims.Sentence() {
                @Override
                public List<Fact> facts() {
                    return binder.sentenceFacts(w);
                }

                @Override
                public List<Mention> mentions() {
                    List<Mention> named = mentionsBySentence.get(sentence);
                    if (named == null) {
                        named = mentionsIn(mentions, layout.sentenceStart(sentence), layout.sentenceEnd(sentence));
                        mentionsBySentence.set(sentence, named);
                    }
                    return named;
                }
            };
            ClaimVerifier.Verified v = verifier.verify(w, b, ctx, around);
            if (v == null) continue;
            claims.add(v.claim());
            for (int k = 0; k < v.supporting().size(); k++) {          // indexed: no iterator per claim
                CitationBinder.Group g = groupCiting(binder.groups(sentence), v.supporting().get(k));
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

    private static CitationBinder.Group groupCiting(List<CitationBinder.Group> groups, Fact f) {
        for (int i = 0; i < groups.size(); i++) {
            if (CitationBinder.containsSame(groups.get(i).facts(), f)) return groups.get(i);
        }
        return null;
    }

    /** Instrument mentions within tokens [from, to); {@code mentions} is in text order. */
    private static List<Mention> mentionsIn(List<Mention> mentions, int from, int to) {
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
