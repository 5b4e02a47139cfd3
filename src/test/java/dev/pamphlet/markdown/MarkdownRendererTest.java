package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownRendererTest {
    final MarkdownRenderer renderer = new MarkdownRenderer(false);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "When to get help|when-to-get-help",
                "Parkinson's disease|parkinsons-disease",
                "Iron & anaemia: what to know?|iron--anaemia-what-to-know",
                "snake_case stays|snake_case-stays",
                "Café au lait|café-au-lait",
                "  Spaces around  |spaces-around",
                "1. Numbered|1-numbered"
            })
    void headingIdsFollowGitHub(String heading, String id) {
        assertThat(HeadingIds.slug(heading)).isEqualTo(id);
    }

    @Test
    void repeatedHeadingsGetNumberedIds() {
        RenderedMarkdown r = renderer.render("## Causes\n\n## Causes\n\n## Causes-1\n", 1);
        assertThat(r.headings())
                .extracting(RenderedMarkdown.Heading::id)
                .containsExactly("causes", "causes-1", "causes-1-1");
        assertThat(r.html()).contains("<h2 id=\"causes\">").contains("<h2 id=\"causes-1\">");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "triggers.md|triggers.html",
                "symptoms.md#when-to-get-help|symptoms.html#when-to-get-help",
                "../index.md|../index.html",
                "sub/|sub/index.html",
                "..|../index.html",
                "images/legs.png|images/legs.png",
                "#local|#local",
                "https://www.nhs.uk/a.md|https://www.nhs.uk/a.md",
                "mailto:a@b.org|mailto:a@b.org",
                "page.md?x=1#y|page.html?x=1#y"
            })
    void markdownLinksBecomePageLinks(String written, String built) {
        assertThat(LinkRewriter.rewrite(written)).isEqualTo(built);
    }

    @Test
    void linksInTheHtmlAreRewrittenAndPositionsAreInTheOriginalFile() {
        RenderedMarkdown r = renderer.render("\nIntro.\n\nSee [help](symptoms.md#when-to-get-help).\n", 10);
        assertThat(r.html()).contains("<a href=\"symptoms.html#when-to-get-help\">help</a>");
        assertThat(r.links()).singleElement().satisfies(l -> {
            assertThat(l.url()).isEqualTo("symptoms.md#when-to-get-help");
            assertThat(l.line()).isEqualTo(13);
            assertThat(l.column()).isEqualTo(5);
            assertThat(l.text()).isEqualTo("help");
        });
    }

    @Test
    void gitHubTablesRender() {
        RenderedMarkdown r = renderer.render("| A | B |\n| --- | --- |\n| 1 | 2 |\n", 1);
        assertThat(r.html()).contains("<table>").contains("<th>A</th>").contains("<td>2</td>");
    }

    @Test
    void rawHtmlAndScriptLinksAreLeftOutUnlessAllowed() {
        String md = "<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b> [x](javascript:alert(1))\n";
        RenderedMarkdown safe = renderer.render(md, 1);
        assertThat(safe.html())
                .doesNotContain("<script")
                .doesNotContain("onclick")
                .doesNotContain("javascript:");
        assertThat(safe.rawHtml()).hasSize(3);
        RenderedMarkdown trusted = new MarkdownRenderer(true).render(md, 1);
        assertThat(trusted.html()).contains("<b onclick=\"x()\">").doesNotContain("javascript:");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<div>Call us on <b>0300 123 4567</b></div>|Call us on 0300 123 4567",
                "Call us on <b>0300 123 4567</b> today.|Call us on 0300 123 4567 today.",
                "<table><tr><td>Monday</td><td>9am to 5pm</td></tr></table>|Monday 9am to 5pm",
                "<div>Open <script>track()</script>daily<style>p{}</style></div>|Open daily",
                "Open <script>track()</script> daily.|Open daily."
            })
    void rawHtmlLeftOutKeepsTheReadersWordsButNotAScriptsOrStyles(String md, String words) {
        RenderedMarkdown r = renderer.render(md + "\n", 1);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parseBodyFragment(r.html());
        assertThat(page.select("body > p").text()).isEqualTo(words);
        assertThat(page.select("b, div, td, script, style")).isEmpty();
        assertThat(r.rawHtml()).isNotEmpty();
    }

    @Test
    void theWarningSaysWhenRawHtmlsWordsWereKept() {
        assertThat(renderer.render("<div>Call us on <b>0300 123 4567</b></div>\n", 1)
                        .rawHtml())
                .singleElement()
                .satisfies(p -> assertThat(p.wordsKept()).isTrue());
        assertThat(renderer.render("<div><img src=\"x.png\"></div>\n\n<!-- a note -->\n", 1)
                        .rawHtml())
                .allSatisfy(p -> assertThat(p.wordsKept()).isFalse());
        assertThat(renderer.render("<div><img src=\"x.png\"></div>\n", 1).html())
                .isBlank();
    }

    @Test
    void referenceLinksAndImagesAreReported() {
        RenderedMarkdown r = renderer.render("See [causes][c] and ![a leg][l].\n\n[c]: causes.md\n[l]: leg.png\n", 1);
        assertThat(r.links()).extracting(RenderedMarkdown.LinkRef::url).containsExactly("causes.md", "leg.png");
        assertThat(r.html())
                .contains("href=\"causes.html\"")
                .contains("src=\"leg.png\"")
                .contains("alt=\"a leg\"");
    }
}
