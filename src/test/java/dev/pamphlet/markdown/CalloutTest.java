package dev.pamphlet.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Callouts keep what is nested inside them, and a callout written wrongly is reported, not published as text. */
class CalloutTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer(false);

    private Document render(String md) {
        return Jsoup.parseBodyFragment(markdown.render(md, 1).html());
    }

    @Test
    void aListNestedInACalloutStaysNestedAsItDoesOutsideOne() {
        String list = "- a\n    - b\n        - c\n- d\n";
        Document outside = render(list);
        Document inside = render("!!! urgent \"Get help if:\"\n" + list.indent(4));
        assertThat(inside.select(".callout-body > ul > li > ul > li > ul > li").text())
                .isEqualTo("c");
        assertThat(inside.select(".callout-body > ul").outerHtml())
                .isEqualTo(outside.select("body > ul").outerHtml());
    }

    @Test
    void otherBlocksNestInsideACalloutToo() {
        Document page = render("!!! info \"Before you go\"\n    1. first\n        * inner\n    2. second\n\n"
                + "    > a quote\n    > - in a list\n\n        indented code\n\n    ```\n    fenced\n    ```\n"
                + "\n    | a | b |\n    |---|---|\n    | 1 | 2 |\n\nAfter the box.\n");
        assertThat(page.select(".callout-body > ol > li > ul > li").text()).isEqualTo("inner");
        assertThat(page.select(".callout-body > blockquote > ul > li").text()).isEqualTo("in a list");
        assertThat(page.select(".callout-body > pre > code"))
                .extracting(e -> e.text().strip())
                .containsExactly("indented code", "fenced");
        assertThat(page.select(".callout-body > table td"))
                .extracting(e -> e.text())
                .containsExactly("1", "2");
        assertThat(page.select("body > p").text()).isEqualTo("After the box.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "!!! info \"Heading\"\\n    inside\\nlazy\\nlazy too\\n\\nafter\\n|3|4",
                "!!! info \"Heading\"\\n    - an item\\nlazy\\n|3|4",
                "- item\\n\\n    !!! info \"Heading\"\\n        inside\\n    lazy\\n|5|8",
                "!!! info \"Outer\"\\n    !!! urgent \"Inner\"\\n        inside\\nlazy\\n|4|8"
            })
    void aLinePulledIntoACalloutWithoutABlankLineIsSaidOnceAtItsLine(String md, int line, int indent) {
        RenderedMarkdown r = markdown.render(md.replace("\\n", "\n"), 1);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.warning()).isTrue();
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("inside the callout box");
            assertThat(p.hint()).contains("add a blank line before it").contains("indent it by " + indent + " spaces");
        });
        assertThat(Jsoup.parseBodyFragment(r.html()).select(".callout-body").text())
                .contains("lazy");
    }

    @Test
    void aCalloutWhoseLinesAreAllIndentedOrFollowedByABlankLineIsNotSaid() {
        assertThat(markdown.render("!!! info \"Heading\"\n    one\n    two\n\n    three\n\nafter\n", 1)
                        .problems())
                .isEmpty();
        assertThat(markdown.render("> !!! info \"Heading\"\n>     inside\n", 1).problems())
                .isEmpty();
    }

    @Test
    void aLineThatIsNotIndentedEndsTheCallout() {
        Document page = render("!!! info \"Heading\"\n    inside\n\noutside\n");
        assertThat(page.select(".callout-body").text()).isEqualTo("inside");
        assertThat(page.select("body > p").text()).isEqualTo("outside");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "!!! info Unquoted heading      | callout heading must be in double quotes | !!! info \"Unquoted heading\"",
                "!!! urgent 'Half quoted        | callout heading must be in double quotes | !!! urgent \"Half quoted\"",
                "!!!info \"No space\"           | callout needs a space after '!!!'        | !!! info \"No space\"",
                "!!!Urgent \"No space\"         | callout needs a space after '!!!'        | !!! urgent \"No space\"",
                "!!! \"Only a heading\"         | callout has no kind before its heading   | !!! info \"Only a heading\"",
                "!!!                            | callout '!!!' has no kind                | !!! info \"Heading\"",
                "   !!!non-urgent See a GP      | callout needs a space after '!!!'        | !!! non-urgent \"See a GP\""
            })
    void aCalloutWrittenWronglyIsAnErrorWithTheLineAsItShouldBe(String line, String message, String fixed) {
        RenderedMarkdown page = markdown.render("Intro.\n\n" + line + "\n    - an item\n", 5);
        assertThat(page.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(message);
            assertThat(p.hint()).contains(fixed);
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.column()).isEqualTo(line.indexOf('!') + 1);
        });
    }

    @Test
    void anUnknownKindSuggestsTheNearestOne() {
        assertThat(markdown.render("!!! Urgent \"Call 111 if:\"\n    - x\n", 1).problems())
                .extracting(RenderedMarkdown.Problem::message)
                .containsExactly("unknown callout type 'Urgent' (did you mean 'urgent'?)");
        assertThat(markdown.render("!!! imediate \"Call 999 if:\"\n    - x\n", 1)
                        .problems())
                .extracting(RenderedMarkdown.Problem::message)
                .containsExactly("unknown callout type 'imediate' (did you mean 'immediate'?)");
    }

    @Test
    void textThatOnlyMentionsExclamationMarksIsLeftAlone() {
        assertThat(markdown.render("Wow!!! That is loud.\n\n`!!! info x` in code\n\n    !!! info code block\n", 1)
                        .problems())
                .isEmpty();
    }
}
