package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * On a site that allows raw HTML, an address in it that runs a script or carries a document of its own is taken
 * out, however it is written, and said where it was; the rest of the author's HTML is kept as written.
 */
class RawHtmlFilterTest {
    private final MarkdownRenderer trusted = new MarkdownRenderer(true);

    /** Every attribute value in the HTML as a browser reads it. */
    private static List<String> attributeValues(String html) {
        return Jsoup.parseBodyFragment(html).getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .map(Attribute::getValue)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<a href=\"javascript:alert(1)\">Book</a>",
                "<a href='javascript:alert(1)'>Book</a>",
                "<a href=javascript:alert(1)>Book</a>",
                "<A HREF=\"JaVaScRiPt:alert(1)\">Book</A>",
                "<a href=\" javascript:alert(1)\">Book</a>",
                "<a href=\"java&#x09;script:alert(1)\">Book</a>",
                "<a href=\"&#106;avascript:alert(1)\">Book</a>",
                "<a href=\"javascript&colon;alert(1)\">Book</a>",
                "<a href=\"vbscript:msgbox(1)\">Book</a>",
                "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">Book</a>",
                "<a title=\"t\" href=\"javascript:alert(1)\" class=\"u\">Book</a>"
            })
    void aScriptLinkInRawHtmlLosesItsAddressAndKeepsItsText(String link) {
        RenderedMarkdown r = trusted.render("Please " + link + " today.\n", 1);

        assertThat(attributeValues(r.html()))
                .noneMatch(v ->
                        v.toLowerCase().contains("script") || v.toLowerCase().startsWith("data:") || v.contains("&#"));
        assertThat(Jsoup.parseBodyFragment(r.html()).text()).isEqualTo("Please Book today.");
        assertThat(Jsoup.parseBodyFragment(r.html()).select("a").first().hasAttr("href"))
                .isFalse();
        assertThat(r.leftOut()).singleElement().satisfies(out -> {
            assertThat(out.line()).isEqualTo(1);
            assertThat(out.column()).isEqualTo(8 + link.toLowerCase().indexOf("href"));
            assertThat(out.tag()).isEqualTo("a");
            assertThat(out.attribute()).isEqualTo("href");
        });
    }

    @Test
    void everyKindOfAddressAttributeIsCleanedAndTheRestIsKeptAsWritten() {
        String md = "Intro.\n\n<form action=\"javascript:alert(1)\" class=\"f\">\n"
                + "<button formaction=\"javascript:alert(2)\">Go</button>\n"
                + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"A sign\">\n"
                + "<map name=\"m\"><area href=\"javascript:alert(3)\" alt=\"Area\"></map>\n"
                + "<iframe src=\"javascript:alert(4)\"></iframe>\n"
                + "<svg><a xlink:href=\"javascript:alert(5)\"><text>Tap</text></a></svg>\n"
                + "</form>\n";

        RenderedMarkdown r = trusted.render(md, 20);

        assertThat(r.html())
                .doesNotContain("javascript:")
                .doesNotContain("data:")
                .contains("<form  class=\"f\">")
                .contains("<button >Go</button>")
                .contains("<img  alt=\"A sign\">")
                .contains("<area  alt=\"Area\">")
                .contains("<svg><a ><text>Tap</text></a></svg>");
        assertThat(r.leftOut())
                .extracting(
                        RenderedMarkdown.LeftOut::line,
                        RenderedMarkdown.LeftOut::column,
                        RenderedMarkdown.LeftOut::tag,
                        RenderedMarkdown.LeftOut::attribute,
                        RenderedMarkdown.LeftOut::scheme)
                .containsExactly(
                        tuple(22, 7, "form", "action", "javascript"),
                        tuple(23, 9, "button", "formaction", "javascript"),
                        tuple(24, 6, "img", "src", "data"),
                        tuple(25, 21, "area", "href", "javascript"),
                        tuple(26, 9, "iframe", "src", "javascript"),
                        tuple(27, 9, "a", "xlink:href", "javascript"));
    }

    @Test
    void linesAreThoseOfTheFileWithWindowsLineEndsAndInsideAQuote() {
        String md = "Intro.\r\n\r\n<div>\r\n<p>One</p>\r\n<p><a href=\"javascript:x()\">Two</a></p>\r\n</div>\r\n\r\n"
                + "> Quoted <a href=\"javascript:y()\">three</a>\r\n";

        RenderedMarkdown r = trusted.render(md, 5);

        assertThat(r.html())
                .doesNotContain("javascript:")
                .contains("<a >Two</a>")
                .contains("<a >three</a>");
        assertThat(r.leftOut())
                .extracting(RenderedMarkdown.LeftOut::line, RenderedMarkdown.LeftOut::column)
                .containsExactly(tuple(9, 7), tuple(12, 13));
    }

    @Test
    void rawHtmlWithoutScriptAddressesIsWrittenExactlyAsBefore() {
        String md = "<div class=\"note\" data-x='1'>\n<a href=\"https://www.nhs.uk/\" title=a>NHS</a>"
                + " <img src=\"images/x.png\" alt=\"\">\n</div>\n\nText <b onclick=\"x()\">bold</b>\n";

        RenderedMarkdown r = trusted.render(md, 1);

        assertThat(r.leftOut()).isEmpty();
        assertThat(r.html())
                .contains("<div class=\"note\" data-x='1'>\n<a href=\"https://www.nhs.uk/\" title=a>NHS</a>"
                        + " <img src=\"images/x.png\" alt=\"\">\n</div>")
                .contains("<b onclick=\"x()\">bold</b>");
    }

    @Test
    void aSiteWithoutRawHtmlHasNothingToTakeOut() {
        RenderedMarkdown r = new MarkdownRenderer(false).render("Text <a href=\"javascript:alert(1)\">x</a>\n", 1);

        assertThat(r.html()).doesNotContain("javascript:").doesNotContain("<a");
        assertThat(r.leftOut()).isEmpty();
        assertThat(r.rawHtml()).hasSize(2);
    }

    @Test
    void aLinkTheParserOpensAgainIsCleanedWhereItWasWritten() {
        // The parser closes the link at the paragraph and opens a copy of it inside: the copy has no href either.
        RenderedMarkdown r = trusted.render("<div><b><a href=\"javascript:z()\"><p>x</a></div>\n", 1);

        List<Element> links = Jsoup.parseBodyFragment(r.html()).select("a");
        assertThat(links).isNotEmpty().allMatch(a -> !a.hasAttr("href"));
        assertThat(r.leftOut()).hasSize(1);
    }
}
