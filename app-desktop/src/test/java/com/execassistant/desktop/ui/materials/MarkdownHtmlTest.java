package com.execassistant.desktop.ui.materials;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {

    @Test
    void headingsBecomeHeadingElements() {
        String html = MarkdownHtml.fragment("# Notes: QBR\n\n## Your priorities\n\n### 1. Intro\n");

        assertThat(html)
                .contains("<h1>Notes: QBR</h1>")
                .contains("<h2>Your priorities</h2>")
                .contains("<h3>1. Intro</h3>");
    }

    @Test
    void theActionItemTableBecomesAnHtmlTable() {
        String html =
                MarkdownHtml.fragment(
                        "## Action items\n\n| Action | Owner | Due |\n| --- | --- | --- |\n"
                                + "| Send deck | Dana | Fri |\n|  |  |  |\n");

        assertThat(html)
                .contains("<table>")
                .contains("<th>Action</th>")
                .contains("<th>Owner</th>")
                .contains("<td>Send deck</td>")
                .contains("<td>Dana</td>");
        assertThat(html.split("<tr>", -1)).hasSize(4); // the header row and two body rows
    }

    @Test
    void numberedAndBulletListsBecomeLists() {
        String html = MarkdownHtml.fragment("1. Hiring plan\n2. Cost variance\n\n- a point\n");

        assertThat(html)
                .contains("<ol>\n<li>Hiring plan</li>\n<li>Cost variance</li>\n</ol>")
                .contains("<ul>\n<li>a point</li>\n</ul>");
    }

    @Test
    void aScriptBlockIsShownAsTextNotRun() {
        String html = MarkdownHtml.fragment("<script>alert('x')</script>\n\nafter\n");

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert");
    }

    @Test
    void inlineHtmlIsEscaped() {
        String html =
                MarkdownHtml.fragment("Click <img src=x onerror=alert(1)> or <b>bold</b> here");

        assertThat(html)
                .doesNotContain("<img")
                .doesNotContain("<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void webLinksKeepTheirTarget() {
        String html = MarkdownHtml.fragment("See [the deck](https://example.com/deck).");

        assertThat(html)
                .contains(
                        "<a rel=\"nofollow\" href=\"https://example.com/deck\""
                                + " title=\"https://example.com/deck\">the deck</a>");
    }

    @Test
    void aJavascriptLinkLosesItsTargetAndStaysText() {
        String html =
                MarkdownHtml.fragment("[click](javascript:alert(1)) and <JAVASCRIPT:alert(2)>");

        assertThat(html.toLowerCase())
                .doesNotContain("href=\"javascript")
                .doesNotContain("href=\"\"");
        assertThat(html).contains("<a rel=\"nofollow\">click</a>");
    }

    @Test
    void aFileLinkLosesItsTarget() {
        String html = MarkdownHtml.fragment("[passwords](file:///etc/passwd)");

        assertThat(html).doesNotContain("file:").contains("<a rel=\"nofollow\">passwords</a>");
    }

    @Test
    void anImageIsNeverLoadedOnlyItsAltTextShown() {
        String html = MarkdownHtml.fragment("![tracking pixel](https://tracker.example/p.gif)");

        assertThat(html)
                .doesNotContain("<img")
                .doesNotContain("tracker.example")
                .contains("[image: tracking pixel]");
    }

    @Test
    void theDocumentIsACompletePageStyledLikeTheAgenda() {
        String page = MarkdownHtml.document("# Questions");

        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains("font-family:system-ui")
                .contains("<h1>Questions</h1>")
                .endsWith("</html>\n");
    }

    @Test
    void onlyWebAndMailLinksAreFollowable() {
        assertThat(MarkdownHtml.followable("https://example.com")).isTrue();
        assertThat(MarkdownHtml.followable("HTTP://example.com")).isTrue();
        assertThat(MarkdownHtml.followable("mailto:dana@example.com")).isTrue();
        assertThat(MarkdownHtml.followable("javascript:alert(1)")).isFalse();
        assertThat(MarkdownHtml.followable("file:///etc/passwd")).isFalse();
        assertThat(MarkdownHtml.followable("relative/page.html")).isFalse();
        assertThat(MarkdownHtml.followable(null)).isFalse();
    }
}
