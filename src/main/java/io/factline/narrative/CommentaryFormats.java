package io.factline.narrative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.factline.facts.Fact;
import io.factline.facts.FactSheetJson;
import io.factline.facts.Source;
import java.util.LinkedHashMap;
import java.util.Map;

/** A validated commentary as markdown, JSON or a standalone HTML page. */
public final class CommentaryFormats {

    private static final ObjectMapper JSON = FactSheetJson.mapper();

    private CommentaryFormats() {
    }

    public static String render(Commentary c, String format) {
        return switch (format) {
            case "markdown" -> markdown(c);
            case "json" -> json(c);
            case "html" -> html(c);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (markdown, json, html)");
        };
    }

    public static String markdown(Commentary c) {
        StringBuilder b = new StringBuilder(c.narrative().strip()).append("\n\n");
        if (!c.dataNotes().isEmpty()) {
            b.append("## Data notes\n\n");
            c.dataNotes().forEach(n -> b.append("- ").append(n).append('\n'));
            b.append('\n');
        }
        b.append("## Sources\n\n");
        for (Fact f : c.facts()) b.append("- ").append(Footnotes.line(f)).append('\n');
        b.append('\n');
        for (Source s : c.sources()) b.append("- ").append(s.id()).append(": ").append(s.title())
                .append(s.location() == null ? "" : " (" + s.location() + ")").append('\n');
        b.append("\n*").append(c.disclaimer()).append("*\n\n");
        b.append("*Written by ").append(c.writer()).append(" after ").append(c.attempts().size())
                .append(c.attempts().size() == 1 ? " attempt" : " attempts").append("; every figure validated against its cited fact.*\n");
        return b.toString();
    }

    public static String json(Commentary c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("asOf", c.asOf());
        out.put("writer", c.writer());
        out.put("attempts", c.attempts());
        out.put("omitted", c.omitted());
        out.put("narrative", c.narrative());
        out.put("dataNotes", c.dataNotes());
        out.put("facts", c.facts());
        out.put("sources", c.sources());
        out.put("validation", c.validation());
        out.put("disclaimer", c.disclaimer());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String html(Commentary c) {
        StringBuilder b = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Factline commentary, ")
                .append(c.asOf()).append("</title></head>\n<body>\n<article>\n").append(MarkdownHtml.of(c.narrative()));
        if (!c.dataNotes().isEmpty()) {
            b.append("<h2>Data notes</h2>\n<ul>\n");
            c.dataNotes().forEach(n -> b.append("<li>").append(MarkdownHtml.escape(n)).append("</li>\n"));
            b.append("</ul>\n");
        }
        b.append("<h2>Sources</h2>\n<ol class=\"footnotes\">\n");
        for (Fact f : c.facts()) {
            b.append("<li id=\"").append(f.id()).append("\">").append(MarkdownHtml.escape(Footnotes.line(f))).append("</li>\n");
        }
        b.append("</ol>\n<ul class=\"sources\">\n");
        for (Source s : c.sources()) {
            b.append("<li>").append(MarkdownHtml.escape(s.id() + ": " + s.title() + (s.location() == null ? "" : " (" + s.location() + ")")))
                    .append("</li>\n");
        }
        b.append("</ul>\n<p><em>").append(MarkdownHtml.escape(c.disclaimer())).append("</em></p>\n</article>\n</body></html>\n");
        return b.toString();
    }
}
