package io.factline.reader;

import io.factline.facts.Fact;
import io.factline.facts.FactSheet;
import io.factline.narrative.Footnotes;
import java.util.List;

/**
 * The front page's part of a commentary: the headline and lede (the text up to the end of its first
 * paragraph after the headline, so the validator's offsets still hold for it) and the key figures (the
 * facts the "Key figures" section cites, at most {@link #KEY_FIGURES}).
 *
 * @param lead the body's start up to the end of the lede
 */
public record Excerpt(String lead, List<Fact> keyFigures) {

    public static final int KEY_FIGURES = 6;

    public static Excerpt of(String body, FactSheet sheet) {
        return new Excerpt(body.substring(0, leadEnd(body)), keyFigures(body, sheet));
    }

    /** The end of the first paragraph after the headline (the first "# " line), or of the first paragraph. */
    static int leadEnd(String body) {
        int at = 0;
        boolean sawHeadline = false;
        while (at < body.length()) {
            int eol = body.indexOf('\n', at);
            int end = eol < 0 ? body.length() : eol;
            String line = body.substring(at, end).strip();
            if (line.startsWith("# ") && !sawHeadline) {
                sawHeadline = true;
            } else if (!line.isEmpty()) {
                int stop = body.indexOf("\n\n", at);
                return stop < 0 ? body.length() : stop;
            }
            at = end + 1;
        }
        return body.length();
    }

    private static List<Fact> keyFigures(String body, FactSheet sheet) {
        int start = body.indexOf("## Key figures");
        if (start < 0) return List.of();
        int end = body.indexOf("\n## ", start + 1);
        String section = body.substring(start, end < 0 ? body.length() : end);
        return Footnotes.cited(section, sheet).stream().filter(f -> !f.isLabel()).limit(KEY_FIGURES).toList();
    }
}
