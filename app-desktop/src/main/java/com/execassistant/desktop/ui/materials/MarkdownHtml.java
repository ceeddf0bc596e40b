package com.execassistant.desktop.ui.materials;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Renders the questions and notes (Markdown, possibly written by an LLM) to HTML that is safe to
 * show: raw HTML is escaped and shown as text, only http, https and mailto links keep a target, and
 * images are never loaded (their alt text is shown), so nothing in the Markdown can run a script,
 * load a remote resource or send the viewer elsewhere. GFM tables are supported for the notes'
 * action items.
 */
public final class MarkdownHtml {

    /** The link schemes that may be followed, and then only in the system browser. */
    static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    /** The agenda's look (font, width, colours), so the three tabs read as one set. */
    private static final String STYLE =
            "body{font-family:system-ui,sans-serif;max-width:44em;margin:2em auto;color:#222;"
                    + "padding:0 1em}h1{font-size:1.4em}h2{font-size:1.15em}h3{font-size:1em}"
                    + "li{margin:.3em 0}blockquote{background:#fff4d6;border-left:4px solid"
                    + " #e0a800;margin:1em 0;padding:.4em .8em}table{border-collapse:collapse}"
                    + "th,td{border:1px solid #d0d7de;padding:.3em .8em;min-width:6em;"
                    + "text-align:left}th{background:#f6f8fa}code{font-family:monospace}"
                    + ".image{color:#555;font-style:italic}";

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder()
                    .extensions(List.of(TablesExtension.create()))
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .urlSanitizer(new SchemeSanitizer())
                    .attributeProviderFactory(
                            c ->
                                    (node, tag, attrs) -> {
                                        if (!(node instanceof Link)) {
                                            return;
                                        }
                                        String href = attrs.get("href");
                                        if (href == null || href.isEmpty()) {
                                            // A link whose target was dropped stays as text.
                                            attrs.remove("href");
                                        } else {
                                            // Hovering shows where a link goes before a click.
                                            attrs.put("title", href);
                                        }
                                    })
                    .nodeRendererFactory(ImageAsText::new)
                    .build();

    private MarkdownHtml() {}

    /** The Markdown as an HTML fragment (for the clipboard's HTML flavour). */
    public static String fragment(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }

    /** A complete page for the WebView, styled like the agenda. */
    public static String document(String markdown) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\" />\n<style>"
                + STYLE
                + "</style>\n</head>\n<body>\n"
                + fragment(markdown)
                + "</body>\n</html>\n";
    }

    /** Whether {@code url} may be opened (in the system browser, never in the view itself). */
    public static boolean followable(String url) {
        if (url == null) {
            return false;
        }
        int colon = url.indexOf(':');
        return colon > 0
                && LINK_SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT).strip());
    }

    private static final class SchemeSanitizer implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return followable(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return "";
        }
    }

    /** An image becomes its alt text: loading it could track the reader or fetch anything. */
    private static final class ImageAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            StringBuilder alt = new StringBuilder();
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof org.commonmark.node.Text t) {
                    alt.append(t.getLiteral());
                }
            }
            context.getWriter().tag("span", java.util.Map.of("class", "image"));
            context.getWriter().text("[image" + (alt.isEmpty() ? "" : ": " + alt) + "]");
            context.getWriter().tag("/span");
        }
    }
}
