package io.factline.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The one markdown renderer of the commentary (pages, the published feed's {@code html}, the HTML export):
 * CommonMark by commonmark-java, in time linear in the text, with headings, lists, paragraphs and inline
 * emphasis, code and links (URLs sanitized); raw HTML is shown as text, and every character of the text is
 * escaped, so no text can inject markup. Citation markers become links to their footnotes.
 *
 * <p>A caller may have spans of the source rendered as its own HTML ({@link Insert}: a highlighted claim with
 * its tooltip). Each span is swapped for a placeholder of private-use characters before parsing (CommonMark
 * reads them as letters, so a span never opens or closes markup) and the placeholder becomes the HTML after.
 */
public final class MarkdownHtml {

    /** Citation markers: [F12], [F3, F4]. */
    public static final Pattern MARKER = Pattern.compile("\\[(F\\d+(?:\\s*,\\s*F\\d+)*)]");

    private static final char OPEN = '\uE000', CLOSE = '\uE001';
    // Immutable and thread-safe; built once like a Pattern. Only the commentary's subset of blocks: no code
    // blocks (an indented line stays a paragraph), no HTML blocks, no quotes or rules.
    private static final Parser PARSER = Parser.builder().enabledBlockTypes(Set.of(Heading.class, ListBlock.class)).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .nodeRendererFactory(context -> new Rendered(context.getWriter())).build();

    /** Source span [start, end) rendered as {@code html}; inserts are in order and do not overlap. */
    public record Insert(int start, int end, String html) {
    }

    private MarkdownHtml() {
    }

    /** The markdown as HTML, citation markers as {@code <sup><a href="#F1">F1</a></sup>}. */
    public static String of(String markdown) {
        List<Insert> cites = new ArrayList<>();
        Matcher m = MARKER.matcher(markdown);
        while (m.find()) {
            StringBuilder html = new StringBuilder("<sup>");
            String[] ids = m.group(1).split("\\s*,\\s*");
            for (int k = 0; k < ids.length; k++) {
                html.append(k > 0 ? ", " : "").append("<a href=\"#").append(ids[k]).append("\">").append(ids[k]).append("</a>");
            }
            cites.add(new Insert(m.start(), m.end(), html.append("</sup>").toString()));
        }
        return render(markdown, cites);
    }

    /** The markdown as HTML with each insert's span replaced by its HTML. */
    public static String render(String markdown, List<Insert> inserts) {
        StringBuilder source = new StringBuilder(markdown.length() + 8 * inserts.size());
        int at = 0;
        for (int i = 0; i < inserts.size(); i++) {
            Insert ins = inserts.get(i);
            appendPlain(source, markdown, at, ins.start());
            source.append(OPEN).append(i).append(CLOSE);
            at = ins.end();
        }
        appendPlain(source, markdown, at, markdown.length());
        Node document = PARSER.parse(source.toString());
        document.accept(new Placeholders(markdown, inserts));
        return RENDERER.render(document);
    }

    private static void appendPlain(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out.append(c == OPEN || c == CLOSE ? '\uFFFD' : c);   // the text's own private-use characters are no placeholders
        }
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

    /** An insert's HTML in the tree. */
    private static final class InsertNode extends CustomNode {
        final String html;

        InsertNode(String html) {
            this.html = html;
        }
    }

    /**
     * Splits text nodes at placeholders into text and {@link InsertNode}s; where markup put a placeholder in
     * code or a link's URL or title, the span's own text comes back instead.
     */
    private static final class Placeholders extends AbstractVisitor {
        private final String markdown;
        private final List<Insert> inserts;

        Placeholders(String markdown, List<Insert> inserts) {
            this.markdown = markdown;
            this.inserts = inserts;
        }

        @Override
        public void visit(Text text) {
            String s = text.getLiteral();
            if (s.indexOf(OPEN) < 0) return;
            int at = 0;
            for (int open = s.indexOf(OPEN); open >= 0; open = s.indexOf(OPEN, at)) {
                int close = s.indexOf(CLOSE, open);
                if (close < 0) break;
                if (open > at) text.insertBefore(new Text(s.substring(at, open)));
                text.insertBefore(new InsertNode(inserts.get(Integer.parseInt(s, open + 1, close, 10)).html()));
                at = close + 1;
            }
            if (at < s.length()) text.insertBefore(new Text(s.substring(at)));
            text.unlink();
        }

        @Override
        public void visit(Code code) {
            code.setLiteral(restored(code.getLiteral()));
        }

        @Override
        public void visit(Link link) {
            link.setDestination(restored(link.getDestination()));
            if (link.getTitle() != null) link.setTitle(restored(link.getTitle()));
            visitChildren(link);
        }

        @Override
        public void visit(Image image) {
            image.setDestination(restored(image.getDestination()));
            if (image.getTitle() != null) image.setTitle(restored(image.getTitle()));
            visitChildren(image);
        }

        private String restored(String s) {
            if (s.indexOf(OPEN) < 0) return s;
            StringBuilder b = new StringBuilder();
            int at = 0;
            for (int open = s.indexOf(OPEN); open >= 0; open = s.indexOf(OPEN, at)) {
                int close = s.indexOf(CLOSE, open);
                if (close < 0) break;
                Insert ins = inserts.get(Integer.parseInt(s, open + 1, close, 10));
                b.append(s, at, open).append(markdown, ins.start(), ins.end());
                at = close + 1;
            }
            return b.append(s.substring(at)).toString();
        }
    }

    /** Text escaped by {@link #escape} (quotes too), inserts as their HTML. */
    private record Rendered(HtmlWriter html) implements NodeRenderer {
        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Text.class, InsertNode.class);
        }

        @Override
        public void render(Node node) {
            html.raw(node instanceof InsertNode i ? i.html : escape(((Text) node).getLiteral()));
        }
    }
}
