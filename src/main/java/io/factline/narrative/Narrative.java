package io.factline.narrative;

import java.util.List;

/**
 * Lays a draft out as the markdown narrative that is validated, stored and shown. Offsets in a
 * validation report refer to this exact text. Empty sections are left out; headings carry no numbers.
 */
public final class Narrative {

    private Narrative() {
    }

    public static String of(Draft d) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(d.headline()).append("\n\n");
        paragraph(b, null, d.summary());
        paragraph(b, "Market moves", d.marketMoves());
        paragraph(b, "Sectors", d.sectors());
        paragraph(b, "Valuation", d.valuation());
        paragraph(b, "Volatility and risk", d.risk());
        paragraph(b, "Technical picture", d.technicals());
        bullets(b, "Risks", d.risks());
        bullets(b, "Opportunities", d.opportunities());
        bullets(b, "Key figures", d.keyFigures());
        return b.toString().strip() + "\n";
    }

    private static void paragraph(StringBuilder b, String heading, String text) {
        if (text.isBlank()) return;
        if (heading != null) b.append("## ").append(heading).append("\n\n");
        b.append(text.strip()).append("\n\n");
    }

    private static void bullets(StringBuilder b, String heading, List<String> items) {
        if (items.isEmpty()) return;
        b.append("## ").append(heading).append("\n\n");
        for (String item : items) b.append("- ").append(item.strip()).append('\n');
        b.append('\n');
    }
}
