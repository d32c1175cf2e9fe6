package io.factline.narrative;

/**
 * Turns the narrative's small markdown subset (# and ## headings, "- " bullets, paragraphs, **bold**)
 * into HTML. Everything is escaped first, so model or editor text can never inject markup; citation
 * markers become links to their footnotes.
 */
public final class MarkdownHtml {

    private MarkdownHtml() {
    }

    public static String of(String markdown) {
        StringBuilder html = new StringBuilder();
        boolean inList = false;
        for (String block : markdown.strip().split("\n\\s*\n")) {
            for (String line : block.split("\n")) {
                String l = line.strip();
                if (l.startsWith("- ")) {
                    if (!inList) html.append("<ul>\n");
                    inList = true;
                    html.append("<li>").append(inline(l.substring(2))).append("</li>\n");
                    continue;
                }
                if (inList) html.append("</ul>\n");
                inList = false;
                if (l.startsWith("## ")) html.append("<h2>").append(inline(l.substring(3))).append("</h2>\n");
                else if (l.startsWith("# ")) html.append("<h1>").append(inline(l.substring(2))).append("</h1>\n");
                else if (!l.isEmpty()) html.append("<p>").append(inline(l)).append("</p>\n");
            }
        }
        if (inList) html.append("</ul>\n");
        return html.toString();
    }

    static String inline(String text) {
        String s = escape(text).replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>");
        return s.replaceAll("\\[(F\\d+)]", "<sup><a href=\"#$1\">$1</a></sup>");
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
