package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every limit on a body's nesting: the deepest body allowed is published, one level more is refused there. */
class NestingLimitsTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer(false);
    private final MarkdownRenderer withHtml = new MarkdownRenderer(true);

    private RenderedMarkdown.Problem refused(MarkdownRenderer renderer, String body) {
        RenderedMarkdown rendered = renderer.render(body, 10);
        assertThat(rendered.html()).as("nothing of a refused body is published").isEmpty();
        assertThat(rendered.problems()).hasSize(1);
        return rendered.problems().get(0);
    }

    private static void at(RenderedMarkdown.Problem problem, int line, int column, String message) {
        assertThat(problem.line()).as("line").isEqualTo(line);
        assertThat(problem.column()).as("column").isEqualTo(column);
        assertThat(problem.message()).isEqualTo(message);
    }

    private String published(MarkdownRenderer renderer, String body, String innermost) {
        RenderedMarkdown rendered = renderer.render(body, 10);
        assertThat(rendered.problems()).isEmpty();
        assertThat(rendered.html()).contains(innermost);
        return rendered.html();
    }

    @Test
    void blockQuotesAndListsOnOneLine() {
        assertThat(published(markdown, "> ".repeat(32) + "deepest\n", "deepest"))
                .contains("<blockquote>");
        at(
                refused(markdown, "> ".repeat(33) + "x\n"),
                10,
                65,
                "block quotes nested too deeply: more than 32 levels inside one another");
        published(markdown, "- ".repeat(16) + "1. ".repeat(16) + "deepest\n", "deepest");
        at(
                refused(markdown, "- ".repeat(16) + "1) ".repeat(17) + "x\n"),
                10,
                81,
                "lists nested too deeply: more than 32 levels inside one another");
        assertThat(refused(markdown, "- > ".repeat(17) + "x\n").message())
                .startsWith("block quotes and lists nested too deeply");
    }

    @Test
    void aRuleIsNotAListHoweverManyMarksItHasUpToTheLimit() {
        assertThat(published(markdown, "* ".repeat(200) + "\n", "<hr />")).doesNotContain("<li>");
        at(
                refused(markdown, "*".repeat(201) + "\n"),
                10,
                1,
                "a line starting with 201 '*' marks is more than Pamphlet reads: at most 200");
        assertThat(refused(markdown, "> - " + "- ".repeat(300) + "x\n").message())
                .startsWith("block quotes and lists nested too deeply");
        assertThat(refused(markdown, "Text\n\n> " + "_ ".repeat(300) + "\n"))
                .extracting(RenderedMarkdown.Problem::line, RenderedMarkdown.Problem::column)
                .containsExactly(12, 3);
    }

    @Test
    void aCalloutsFirstLineIsReadUpToTheLimit() {
        String heading = "x".repeat(300 - "!!! info \"\"".length());
        assertThat(published(markdown, "!!! info \"" + heading + "\"\n    body\n", heading))
                .contains("body");
        at(
                refused(markdown, "Text\n\n!!! info \"" + heading + "x\"\n    body\n"),
                12,
                1,
                "a callout's first line of 301 characters is more than Pamphlet reads: at most 300");
        assertThat(refused(markdown, "> ??? info \"" + "y".repeat(16_000) + "\"\n")
                        .column())
                .isEqualTo(3);
        assertThat(published(markdown, "Not a callout: !!! " + "z".repeat(16_000) + "\n", "zzz"))
                .startsWith("<p>");
    }

    @Test
    void nestingSpreadOverLinesIsCountedInTheParsedBody() {
        String lists = IntStream.range(0, 32)
                .mapToObj(i -> "  ".repeat(i) + "- level " + i + "\n")
                .collect(Collectors.joining());
        published(markdown, lists, "level 31");
        at(
                refused(markdown, lists + "  ".repeat(32) + "- level 32\n"),
                42,
                65,
                "lists nested too deeply: more than 32 levels inside one another");
        // The quote is a level too: 31 levels of list in it are all it holds.
        String quoted = IntStream.range(0, 31)
                .mapToObj(i -> "> " + "  ".repeat(i) + "- level " + i + "\n")
                .collect(Collectors.joining());
        published(markdown, quoted, "level 30");
        assertThat(refused(markdown, quoted + "> " + "  ".repeat(31) + "- level 31\n"))
                .extracting(RenderedMarkdown.Problem::line, RenderedMarkdown.Problem::message)
                .containsExactly(
                        41, "block quotes and lists nested too deeply: more than 32 levels inside one another");
    }

    @Test
    void calloutsInsideCallouts() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            body.append("    ".repeat(i)).append("!!! info \"Box ").append(i).append("\"\n");
        }
        String boxes = body + "    ".repeat(32) + "inside\n";
        assertThat(published(markdown, boxes, "inside").split("class=\"callout callout-info\"", -1))
                .hasSize(33);
        at(
                refused(markdown, body + "    ".repeat(32) + "- inside\n"),
                42,
                129,
                "lists and callouts nested too deeply: more than 32 levels inside one another");
        at(
                refused(markdown, body + "    ".repeat(32) + " x\n"),
                42,
                130,
                "line indented too deeply: 129 columns, more than 128");
    }

    /** {@code *w0 _w1 *w2 ... w2* w1_ w0*}: emphasis {@code depth} levels deep, the marks taking turns. */
    private static String emphasis(int depth) {
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            String mark = i % 2 == 0 ? "*" : "_";
            open.append(mark).append("w").append(i).append(' ');
            close.insert(0, " w" + i + mark);
        }
        return open + "care" + close;
    }

    @Test
    void emphasisLinksAndImages() {
        assertThat(published(markdown, "Take " + emphasis(32) + "\n", "care")).contains("<em>w31 care w31</em>");
        at(
                refused(markdown, "Take " + emphasis(33) + "\n"),
                10,
                156,
                "emphasis nested too deeply: more than 32 levels inside one another");

        published(markdown, "x " + "![".repeat(32) + "a" + "](i.png)".repeat(32) + "\n", "<img");
        at(
                refused(markdown, "x " + "![".repeat(33) + "a" + "](i.png)".repeat(33) + "\n"),
                10,
                68,
                "'[' nested too deeply: more than 32 open at once");
        assertThat(refused(markdown, "a " + "[".repeat(20) + "\nb " + "[".repeat(13) + "\n"))
                .as("counted through the paragraph")
                .extracting(RenderedMarkdown.Problem::line, RenderedMarkdown.Problem::column)
                .containsExactly(11, 15);
        published(markdown, ("a " + "[".repeat(20) + "\n\n").repeat(3), "[[[[");
        published(markdown, "a " + "\\[".repeat(100) + "\n", "[[[[");
        published(markdown, "a " + "[x] ".repeat(100) + "\n", "[x]");
    }

    @Test
    void theAuthorsHtmlOnlyWhereItIsPublished() {
        String hundred = "<div>".repeat(100) + "deepest" + "</div>".repeat(100) + "\n";
        published(withHtml, hundred, "deepest");
        at(
                refused(withHtml, "<section>\n" + hundred + "</section>\n"),
                11,
                496,
                "raw HTML nested too deeply: more than 100 elements inside one another");
        published(withHtml, "<p>".repeat(500) + "<br>".repeat(500) + "<img src=\"a.png\" />".repeat(500) + "x\n", "x");
        published(withHtml, ("<div>x</div>\n\n").repeat(500), "x");
        published(withHtml, "<div>\n\n" + "<span>a</span> ".repeat(500) + "\n\n</div>\n", "a");
        assertThat(markdown.render("<div>".repeat(1000) + "\n", 10).problems())
                .as("left out, so not counted")
                .isEmpty();
    }
}
