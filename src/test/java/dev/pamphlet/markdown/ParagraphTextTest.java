package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Paragraph text feeds the readability checks and the search index, and heading text the headings' ids; the
 * quick way of collecting it must give exactly what Flexmark's collector gives, on every paragraph of the real guide, the fixtures, the catalogue of
 * awkward constructs and random Markdown.
 */
class ParagraphTextTest {

    /** Checks every paragraph of {@code markdown}; returns how many took the quick way. */
    private static int assertSameText(String what, String markdown) {
        Document document = BodyHtmlRendererTest.OUR_CALLOUTS.parse(markdown);
        int quick = 0;
        for (Node node : document.getDescendants()) {
            if (node instanceof Paragraph || node instanceof Heading) {
                String simple = MarkdownRenderer.simpleText(node);
                if (simple != null) {
                    quick++;
                    assertThat(simple)
                            .as("%s: paragraph at offset %d\n%s", what, node.getStartOffset(), markdown)
                            .isEqualTo(MarkdownRenderer.plainText(node));
                }
                assertThat(MarkdownRenderer.paragraphText(node)).isEqualTo(MarkdownRenderer.plainText(node));
                assertThat(MarkdownRenderer.paragraphText(node, markdown))
                        .as("cut from the text it was parsed from")
                        .isEqualTo(MarkdownRenderer.plainText(node));
            }
        }
        return quick;
    }

    @Test
    void theRealGuideAndEveryFixtureGiveFlexmarksText() throws IOException {
        List<Path> files = SiteFixtures.allMarkdownFiles();
        int quick = 0;
        for (Path file : files) {
            quick += assertSameText(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
        assertThat(quick).as("paragraphs of the real guide taken the quick way").isGreaterThan(20);
    }

    @Test
    void everyAwkwardConstructGivesFlexmarksText() {
        int quick = 0;
        for (String snippet : BodyHtmlRendererTest.SNIPPETS) {
            quick += assertSameText(snippet, snippet);
        }
        assertThat(quick).isGreaterThan(5);
    }

    @Test
    void aLongParagraphOfLinksGivesTheTextAReaderSees() {
        String markdown = BodyHtmlRendererTest.longParagraph(1_500);
        Node paragraph = BodyHtmlRendererTest.OUR_CALLOUTS.parse(markdown).getFirstChild();
        assertThat(paragraph).isInstanceOf(Paragraph.class);
        assertThat(MarkdownRenderer.piecesMeet(paragraph)).isTrue();
        // Flexmark's own collector lets link syntax into the text here ("titled](<a b.md> ..."); piece by piece,
        // the text is what a reader sees.
        String text = MarkdownRenderer.paragraphText(paragraph);
        assertThat(text).isEqualTo(MarkdownRenderer.textByPieces(paragraph));
        assertThat(text).doesNotContain("](", "\\*", "`").startsWith("link 0 titled *not emphasis* code 3");
        assertThat(text.split("titled", -1)).hasSize(251);
        assertThat(text).contains("link 1494 titled");
    }

    @Test
    void everyParagraphOfTheGuideCollectedPieceByPieceGivesFlexmarksText() throws IOException {
        int compared = 0;
        for (Path file : SiteFixtures.allMarkdownFiles()) {
            Document document = BodyHtmlRendererTest.OUR_CALLOUTS.parse(
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            for (Node node : document.getDescendants()) {
                if (node instanceof Paragraph && MarkdownRenderer.piecesMeet(node)) {
                    assertThat(MarkdownRenderer.textByPieces(node))
                            .as("%s at offset %d", file, node.getStartOffset())
                            .isEqualTo(MarkdownRenderer.plainText(node));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void onlyPlainParagraphsTakeTheQuickWay() {
        assertThat(MarkdownRenderer.simpleText(paragraph("Plain text, with 'quotes',\nover two lines.  ")))
                .isEqualTo("Plain text, with 'quotes',\nover two lines.");
        assertThat(MarkdownRenderer.simpleText(paragraph("Some *emphasis*, **strong**\nand ***both***.")))
                .isEqualTo("Some emphasis, strong\nand both.");
        for (String other : List.of(
                "Flexmark keeps the *mark*\n before an indented line.",
                " _An indented_ paragraph_",
                "   _Indented_ further__",
                "A [link](x.md).",
                "An \\*escape\\*.",
                "An &amp; entity.",
                "Some `code`.",
                "An ![image](x.png).",
                "A <b>tag</b>.",
                "A hard  \nbreak.",
                "A space \nbefore.",
                "An <https://example.org> autolink.",
                "> Quoted\n> lines.",
                "- Listed\n  lines.")) {
            assertThat(MarkdownRenderer.simpleText(paragraph(other))).as(other).isNull();
        }
    }

    /** The first paragraph of {@code markdown}, wherever it is (in a quote, in a list). */
    private static Node paragraph(String markdown) {
        for (Node node : BodyHtmlRendererTest.OUR_CALLOUTS.parse(markdown).getDescendants()) {
            if (node instanceof Paragraph) {
                return node;
            }
        }
        throw new AssertionError("no paragraph in " + markdown);
    }

    @Test
    void anIndentedParagraphWithAPartlyUsedMarkGivesFlexmarksText() {
        for (String markdown : List.of(" _`__", "   _a__", "- _a__", "> _a__", "- a\n\n   _b__")) {
            assertSameText("indented", markdown);
        }
    }

    @Property(tries = 300)
    void randomMarkdownGivesFlexmarksText(@ForAll("markdown") String markdown) {
        assertSameText("random", markdown);
    }

    @Provide
    Arbitrary<String> markdown() {
        Arbitrary<String> pieces = Arbitraries.of(
                "# ",
                "- ",
                "1. ",
                "> ",
                "    ",
                "```\n",
                "`",
                "*",
                "**",
                "_",
                "__",
                "[",
                "]",
                "(",
                ")",
                "![",
                "](",
                "x.md",
                "x.md \"title\"",
                "<b>",
                "</b>",
                "|",
                "---",
                "\n",
                "\n\n",
                "  \n",
                "\\\n",
                "\t",
                " ",
                "word",
                "Café",
                "&amp;",
                "&",
                "\\",
                "\\*",
                "<https://x.org>",
                "[r]: x.md\n",
                "[r]",
                "!!! info\n    ",
                "'",
                "\"",
                "’",
                ".",
                "!",
                "?",
                "\u00a0");
        return pieces.list().ofMaxSize(50).map(l -> String.join("", l));
    }
}
