package io.factline.narrative;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a draft out as the markdown narrative that is validated, stored and shown. Offsets in a
 * validation report refer to this exact text. Empty sections are left out; headings carry no numbers.
 */
public final class Narrative {

    private Narrative() {
    }

    /**
     * One piece of drafted prose in the narrative: a section's paragraph, or one bullet of a list.
     *
     * @param field the draft's field ("summary", "risks", …)
     * @param start where {@code text} begins in {@link #of(Draft)}'s text
     */
    public record Part(String field, int start, String text) {
        public int end() {
            return start + text.length();
        }
    }

    public static String of(Draft d) {
        return layout(d, new ArrayList<>());
    }

    /** The drafted pieces of {@link #of(Draft)}'s text, in text order, with their offsets. */
    public static List<Part> parts(Draft d) {
        List<Part> parts = new ArrayList<>();
        layout(d, parts);
        return parts;
    }

    private static String layout(Draft d, List<Part> parts) {
        StringBuilder b = new StringBuilder();
        b.append("# ");
        add(b, parts, "headline", d.headline());
        b.append("\n\n");
        paragraph(b, parts, "summary", null, d.summary());
        paragraph(b, parts, "marketMoves", "Market moves", d.marketMoves());
        paragraph(b, parts, "sectors", "Sectors", d.sectors());
        paragraph(b, parts, "valuation", "Valuation", d.valuation());
        paragraph(b, parts, "risk", "Volatility and risk", d.risk());
        paragraph(b, parts, "technicals", "Technical picture", d.technicals());
        bullets(b, parts, "risks", "Risks", d.risks());
        bullets(b, parts, "opportunities", "Opportunities", d.opportunities());
        bullets(b, parts, "keyFigures", "Key figures", d.keyFigures());
        return b.toString().strip() + "\n";
    }

    private static void paragraph(StringBuilder b, List<Part> parts, String field, String heading, String text) {
        if (text.isBlank()) return;
        if (heading != null) b.append("## ").append(heading).append("\n\n");
        add(b, parts, field, text.strip());
        b.append("\n\n");
    }

    private static void bullets(StringBuilder b, List<Part> parts, String field, String heading, List<String> items) {
        if (items.isEmpty()) return;
        b.append("## ").append(heading).append("\n\n");
        for (String item : items) {
            b.append("- ");
            add(b, parts, field, item.strip());
            b.append('\n');
        }
        b.append('\n');
    }

    private static void add(StringBuilder b, List<Part> parts, String field, String text) {
        if (!text.isEmpty()) parts.add(new Part(field, b.length(), text));
        b.append(text);
    }
}
