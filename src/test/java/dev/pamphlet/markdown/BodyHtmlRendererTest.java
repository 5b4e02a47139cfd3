package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import dev.pamphlet.SiteFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pamphlet writes body HTML itself, for speed; pages must not change because of it. Every Markdown file of the
 * real guide and the fixture sites, a catalogue of awkward constructs, and pages mixed at random from them must
 * come out byte for byte as Flexmark's own HTML renderer writes them, with and without raw HTML allowed and
 * with glossary words marked. Tables and callouts must parse as Flexmark's own extensions parse them.
 */
class BodyHtmlRendererTest {
    /** Constructs an author may write, one or a few blocks each. */
    static final List<String> SNIPPETS = List.of(
            "Plain text with *emphasis*, **strong**, ***both*** and _under_ __scores__.\n",
            "Quotes \"like this\", <angle> & ampersands, 5 > 3 < 4, it's fine.\n",
            "Entities: &amp; &copy; &#35; &#x26; &nbsp; &bogus; &#99999999999; & done.\n",
            "Escapes: \\*not emphasis\\*, \\[not a link\\], \\\\ backslash, \\& amp.\n",
            "A line with a hard break  \nand a backslash break\\\nand a soft\nbreak.\n",
            "Code `x < y && z` and ``double `tick` code`` and `spread\nover lines`.\n",
            "```\nplain <code> & \"quotes\"\n\n  indented\n```\n",
            "```js title\nlet a = 1 < 2;\n```\n",
            "~~~ python\nprint('hi')\n~~~\n",
            "    indented code\n      more\n\n    after blank\n\n\n",
            "<div class=\"box\">\n<b>raw</b> block\n</div>\n",
            "<!-- a comment -->\n",
            "<!--\nmulti\n\nline comment\n-->\n",
            "Text with <b onclick=\"x()\">inline html</b> and <!-- inline comment --> here.\n",
            "<script>alert(1)</script>\n",
            "[A link](page.md), [with title](page.md \"The & title\"), [external](https://example.org/a?b=1&c=2).\n",
            "[Folder](sub/), [up](..), [anchor](#part), [query](page.md?x=1#y), [amp](a&amp;b.md).\n",
            "[Script](javascript:alert(1)), [VB](VBScript:x), [data](data:text/html,x), [spaced]( javascript:x).\n",
            "![An image](images/leg.png) ![No alt](x.png \"Title\") ![data](data:image/png;base64,xx).\n",
            "See [causes][c], [Causes][], [c] and ![leg][l] and [missing][nope] and [1].\n\n[c]: causes.md \"Causes page\"\n[l]: leg.png\n",
            "An [undefined page][page.md] reference and ![undefined image][img.png].\n",
            "Autolinks <https://example.org/x?a=1&b=2> <mailto:a@b.org> <a@b.org> <javascript:alert(1)>.\n",
            "# Title\n\n## Section\n\n### Sub *section*\n\n## Section\n\n#### Deep\n",
            "Setext heading\n==============\n\nAnother\n-------\n",
            "## Heading with [a link](x.md)\n\n## Heading with `code` & <b>html</b>\n\n##\n",
            "## Dopamine and the GP\n\nDopamine is made in the brain; ask your GP about iron deficiency anaemia.\n",
            "> A quote with *emphasis*\n> over lines\n>\n> - and a list\n> - of two\n",
            "- one\n- two\n  - nested\n  - nested two\n- three\n",
            "- loose one\n\n- loose two\n\n  second paragraph\n",
            "3. three\n4. four\n\n1) one\n2) two\n",
            "* star\n+ plus\n- dash\n",
            "- [ ] task\n- [x] done\n",
            "1. item with code:\n\n   ```\n   code\n   ```\n2. next\n",
            "| Left | Centre | Right | Plain |\n|:-----|:------:|------:|-------|\n| a | b | c | d |\n| `code` | **bold** | [link](x.md) | e \\| pipe |\n",
            "| A | B |\n| --- | --- |\n| only one |\n| one | two | three |\n",
            "Not | a table\nreally\n",
            "Header\n--- | ---\na | b\n\nA | B\n:-: | -:\nc | d\n\nIntro line\n| a | b |\n| - | - |\n| 1 | 2 |\n",
            "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n\n> | q | r |\n> |---|---|\n> | 3 | 4 |\n",
            "| lone |\n|------|\n| x |\n\nA\n---\n\n| not | table |\n",
            "!!! urgent \"Call 999 if:\"\n    - chest pain\n    - you cannot breathe\n",
            "!!! info\n    Information with **bold** text.\n\n    And a second paragraph.\n",
            "## Level two\n\n!!! non-urgent\n    See a GP if it gets worse.\n\n### Level three\n\n!!! immediate \"\"\n    Now.\n",
            "!!! unknown \"Strange\"\n    Rendered as information.\n",
            "!!! urgent\n",
            "Before the rule\n\n---\n\n***\n\nAfter the rule\n",
            "   Leading spaces and trailing spaces   \n\tTabbed line\n",
            "Unicode: café, naïve, “curly quotes” — dashes … and emoji 😀.\n",
            "Iron deficiency anaemia and anaemia and ANAEMIA, GPs and a GP.\n",
            "A [dopamine link](x.md) then dopamine, and `anaemia` code then anaemia.\n",
            "Line one\nline two with trailing spaces   \nline three\n",
            "<https://example.org/has space> and [space link](<my page.md>).\n",
            "Percent [link](a%20b.md) and [unicode](café.md) and ![img](a b.png).\n",
            "Text\n\n\n\nafter many blank lines\n",
            "* * *\n- \n-\n",
            "Line\n<b> bold</b> after inline HTML, and\n<!-- c --> after a comment\n",
            "Line\n&#32;space entity, and\n&nbsp;no-break space, and\n&#9;tab entity\n",
            "- item\n<i>  </i> spaces\n",
            "!!!urgent\n    no space\n\n  !!! info\n    leading spaces\n\n???+ info \"Open\"\n    x\n\n??? info\n    y\n",
            "A paragraph\n!!! info \"Interrupting\"\n    a paragraph\n\n- an item\n!!! urgent\n    after an item\n",
            "!!! info extra words\n    x\n\n!!!! info\n    four\n\n!!! \"Only a title\"\n    x\n\n!!!\n",
            "Final paragraph without newline");

    @Test
    void theRealGuideAndEveryFixtureRenderAsBefore() throws IOException {
        List<Path> files = SiteFixtures.allMarkdownFiles();
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            // Decoded leniently: one fixture is deliberately not UTF-8.
            assertSameHtml(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyAwkwardConstructRendersAsBefore() {
        for (String snippet : SNIPPETS) {
            assertSameHtml(snippet, snippet);
        }
    }

    /** A paragraph of many links, titles, escapes and code spans, long enough to be slow before. */
    static String longParagraph(int pieces) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            md.append(
                    switch (i % 6) {
                        case 0 -> "[link " + i + "](page-" + i + ".md)";
                        case 1 -> "[titled](<a b.md> \"a title\")";
                        case 2 -> "\\*not emphasis\\*";
                        case 3 -> "`code " + i + "`";
                        case 4 -> "*emphasis* and **strong**\n";
                        default -> "![picture](p.png) [ref][] [broken";
                    });
            if (md.charAt(md.length() - 1) != '\n') {
                md.append(' ');
            }
        }
        return md.append("\n\n[ref]: target.md\n").toString();
    }

    @Test
    void aLongParagraphOfLinksRendersAsBefore() {
        assertSameHtml("a paragraph of 1,500 pieces", longParagraph(1_500));
    }

    @Test
    void mixedPagesRenderAsBefore() {
        Random random = new Random(20261127);
        for (int page = 0; page < 300; page++) {
            StringBuilder md = new StringBuilder();
            int blocks = 1 + random.nextInt(8);
            for (int b = 0; b < blocks; b++) {
                String snippet = SNIPPETS.get(random.nextInt(SNIPPETS.size()));
                // Sometimes glued to the block before, so blocks interrupt and continue one another.
                md.append(random.nextInt(4) == 0 ? "" : "\n").append(snippet);
            }
            assertSameHtml("mixed page " + page, md.toString());
        }
    }

    @Test
    void paragraphsOfLinksAmongEmphasisMarksRenderAsBefore() {
        // Marks opened before a link, closed after it, inside its text, left unmatched: each link's closing
        // bracket must match what it holds and leave the rest of the paragraph's marks as they were.
        List<String> pieces = List.of(
                "*",
                "**",
                "_",
                "__",
                "word",
                "[link](a.md)",
                "[*in*](b.md)",
                "[**a** b](c.md)",
                "[x*](d.md)",
                "*em*",
                "**strong**",
                "[",
                "]",
                "(",
                ")",
                "`code`",
                "![pic](p.png)",
                "[ref]",
                "*a [b](e.md) c*");
        Random random = new Random(20261207);
        for (int paragraph = 0; paragraph < 400; paragraph++) {
            StringBuilder md = new StringBuilder();
            int words = 1 + random.nextInt(24);
            for (int w = 0; w < words; w++) {
                md.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextInt(3) == 0 ? "" : " ");
            }
            assertSameHtml("paragraph " + paragraph, md.toString().strip() + "\n\n[ref]: f.md\n");
        }
    }

    /**
     * Flexmark's table and admonition extensions and its inline parser as they come, which {@link TableSyntax} and
     * {@link CalloutSyntax} only shield from lines that cannot start a table or a callout, and
     * {@link LinearInlineParser} only makes quicker.
     */
    static final Parser FLEXMARK_CALLOUTS = Parser.builder(MarkdownRenderer.parserOptions()
                    .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AdmonitionExtension.create())))
            .build();

    /** Pamphlet's parser: its own table and callout syntax, and its linear inline parser. */
    static final Parser OUR_CALLOUTS = MarkdownRenderer.newParser(MarkdownRenderer.parserOptions());

    static final FlexmarkHtml TRUSTED = new FlexmarkHtml(true);

    private static void assertSameHtml(String what, String markdown) {
        assertThat(TRUSTED.apply(OUR_CALLOUTS.parse(markdown)))
                .as("%s parsed\n%s", what, markdown)
                .isEqualTo(TRUSTED.apply(FLEXMARK_CALLOUTS.parse(markdown)));
        for (boolean allowHtml : new boolean[] {false, true}) {
            for (Glossary glossary : List.of(Glossary.EMPTY, GlossaryMarkingTest.GLOSSARY)) {
                String expected = new MarkdownRenderer(allowHtml, glossary, new FlexmarkHtml(allowHtml))
                        .render(markdown, 1, "../")
                        .html();
                String actual = new MarkdownRenderer(allowHtml, glossary)
                        .render(markdown, 1, "../")
                        .html();
                assertThat(actual)
                        .as("%s (allow_html %s, glossary %s)\n%s", what, allowHtml, !glossary.isEmpty(), markdown)
                        .isEqualTo(expected);
            }
        }
    }
}
