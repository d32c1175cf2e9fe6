package io.factline.drafts;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.factline.validation.Claim;
import io.factline.validation.ClaimStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a draft: the sentences removed and added (java-diff-utils over the
 * sentence lists), the figures that changed (a figure is a claim's text with the facts it cites), and the checks
 * whose outcome changed (the same figure, with a different status), plus each version's verdict.
 */
public record VersionDiff(int from, int to, String fromVerdict, String toVerdict, List<SentenceChange> sentences,
                          List<FigureChange> figures, List<CheckChange> checks) {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)|\\n+");

    /** {@code kind} is removed, added or changed; {@code before}/{@code after} are null where there is none. */
    public record SentenceChange(String kind, String before, String after) {
    }

    /** A figure only in one version: {@code kind} removed or added. */
    public record FigureChange(String kind, String text, List<String> factIds, ClaimStatus status) {
    }

    /** The same figure in both versions, checked with a different outcome. */
    public record CheckChange(String text, List<String> factIds, ClaimStatus before, ClaimStatus after, String message) {
    }

    static VersionDiff of(DraftVersion a, DraftVersion b) {
        List<SentenceChange> sentences = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(sentences(a.body()), sentences(b.body())).getDeltas()) {
            List<String> before = d.getSource().getLines(), after = d.getTarget().getLines();
            int pairs = Math.min(before.size(), after.size());
            for (int i = 0; i < pairs; i++) sentences.add(new SentenceChange("changed", before.get(i), after.get(i)));
            for (int i = pairs; i < before.size(); i++) sentences.add(new SentenceChange("removed", before.get(i), null));
            for (int i = pairs; i < after.size(); i++) sentences.add(new SentenceChange("added", null, after.get(i)));
        }
        Map<String, Claim> before = figures(a), after = figures(b);
        List<FigureChange> figures = new ArrayList<>();
        List<CheckChange> checks = new ArrayList<>();
        before.forEach((key, c) -> {
            Claim now = after.get(key);
            if (now == null) figures.add(new FigureChange("removed", c.text(), c.factIds(), c.status()));
            else if (now.status() != c.status()) checks.add(new CheckChange(c.text(), c.factIds(), c.status(), now.status(), now.message()));
        });
        after.forEach((key, c) -> {
            if (!before.containsKey(key)) figures.add(new FigureChange("added", c.text(), c.factIds(), c.status()));
        });
        return new VersionDiff(a.number(), b.number(), a.validation().verdict().wire(), b.validation().verdict().wire(), sentences,
                figures, checks);
    }

    private static List<String> sentences(String body) {
        List<String> out = new ArrayList<>();
        for (String s : SENTENCE_END.split(body)) {
            if (!s.isBlank()) out.add(s.strip());
        }
        return out;
    }

    /** Claims by figure text, cited facts and occurrence ("1.05% [F14]" twice is two figures). */
    private static Map<String, Claim> figures(DraftVersion v) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Claim c : v.validation().claims()) {
            String key = c.text() + " " + c.factIds();
            int n = 1;
            while (out.containsKey(key + "#" + n)) n++;
            out.put(key + "#" + n, c);
        }
        return out;
    }
}
