package io.factline.narrative;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Leaves the failing sentences out of a rejected template draft (the last resort of
 * {@link CommentaryDesk}): each sentence or bullet that a {@link Review} marks as failing is cut from
 * its section, and what was cut is kept as an {@link Omission}. A finding that belongs to no one
 * sentence cannot be cut around, so then there is no trimmed draft. A dropped headline becomes the
 * given figure-free one, so the commentary still has a title.
 */
final class Trim {

    /** The draft without the failing sentences, and what was left out. */
    record Result(Draft draft, List<Omission> omitted) {
        Result {
            omitted = List.copyOf(omitted);
        }
    }

    private Trim() {
    }

    static Optional<Result> of(Draft draft, Review review, String plainHeadline) {
        if (review.passed() || !review.unplaced().isEmpty()) return Optional.empty();
        Map<String, String> prose = new LinkedHashMap<>();
        prose.put("headline", draft.headline());
        prose.put("summary", draft.summary());
        prose.put("marketMoves", draft.marketMoves());
        prose.put("sectors", draft.sectors());
        prose.put("valuation", draft.valuation());
        prose.put("risk", draft.risk());
        prose.put("technicals", draft.technicals());
        Map<String, List<String>> bullets = new LinkedHashMap<>();
        bullets.put("risks", draft.risks());
        bullets.put("opportunities", draft.opportunities());
        bullets.put("keyFigures", draft.keyFigures());
        List<Omission> omitted = new ArrayList<>();
        for (Review.Section section : review.sections()) {
            List<Review.Sentence> failing = section.sentences().stream().filter(Review.Sentence::failing).toList();
            if (failing.isEmpty()) continue;
            failing.forEach(s -> omitted.add(new Omission(section.field(), s.text(),
                    s.issues().stream().map(Review.Issue::finding).toList())));
            if (bullets.containsKey(section.field())) {
                bullets.put(section.field(), without(bullets.get(section.field()), section.sentences()));
            } else {
                prose.put(section.field(), without(prose.get(section.field()), failing));
            }
        }
        if (prose.get("headline").isBlank()) prose.put("headline", plainHeadline);
        Draft trimmed = new Draft(prose.get("headline"), prose.get("summary"), prose.get("marketMoves"),
                prose.get("sectors"), prose.get("valuation"), prose.get("risk"), prose.get("technicals"),
                bullets.get("risks"), bullets.get("opportunities"), bullets.get("keyFigures"));
        return Optional.of(new Result(trimmed, omitted));
    }

    /** The text with each failing sentence cut out (they are in text order), paragraph breaks kept. */
    private static String without(String text, List<Review.Sentence> failing) {
        StringBuilder b = new StringBuilder(text);
        int from = 0;
        for (Review.Sentence s : failing) {
            int at = b.indexOf(s.text(), from);
            if (at < 0) continue;
            b.delete(at, at + s.text().length());
            from = at;
        }
        return b.toString().replaceAll("[ \\t]{2,}", " ").replaceAll("(?m)^[ \\t]+|[ \\t]+$", "")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** The bullets whose sentence passed; the review has one sentence per non-empty bullet, in order. */
    private static List<String> without(List<String> items, List<Review.Sentence> sentences) {
        List<String> kept = new ArrayList<>();
        int n = 0;
        for (String item : items) {
            if (item.isBlank()) continue;
            if (n >= sentences.size() || !sentences.get(n).failing()) kept.add(item);
            n++;
        }
        return kept;
    }
}
