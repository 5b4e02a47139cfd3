package dev.pamphlet.markdown;

import java.util.List;

/**
 * How deeply a page body may nest, and what Pamphlet says about one that nests deeper. Flexmark's parser, Pamphlet's
 * renderer and the PDF library walk a body by recursion, a few stack frames per level, and Flexmark reads some
 * nesting (lists and images on one line) in a time that grows with its square: a body nested thousands of levels
 * deep would overflow the stack or stall the build. No page a reader can follow comes near these limits.
 */
final class NestingLimits {
    /** Block quotes, list items and callouts inside one another. */
    static final int BLOCKS = 32;
    /**
     * The columns a line may be indented by, block quote and list markers (with the space after each) aside: four
     * per level of nesting.
     */
    static final int INDENT = 4 * BLOCKS;
    /** Emphasis, links and images inside one another; also the '[' open at once in a paragraph. */
    static final int INLINE = 32;
    /** The author's own HTML elements inside one another (with {@code allow_html}). */
    static final int HTML = 100;
    /** The '*', '-' or '_' marks a line may start with: Flexmark's pattern for a rule recurses once per mark. */
    static final int RULE_MARKS = 200;
    /**
     * The characters of a callout's first line ({@code !!! note "Heading"}): Flexmark's pattern for it recurses once
     * per character of the heading, and a heading of 1,000 overflows a stack of 512 KB.
     */
    static final int CALLOUT_LINE = 300;

    private NestingLimits() {}

    static RenderedMarkdown.Problem blocks(int line, int column, List<String> kinds) {
        return new RenderedMarkdown.Problem(
                line,
                column,
                words(kinds) + " nested too deeply: more than " + BLOCKS + " levels inside one another",
                "at most " + BLOCKS + " levels of block quotes, lists and callouts inside one another; flatten them"
                        + " (a reader follows two or three levels): end the quote or list and start a new one");
    }

    static RenderedMarkdown.Problem indent(int line, int column, int columns) {
        return new RenderedMarkdown.Problem(
                line,
                column,
                "line indented too deeply: " + columns + " columns, more than " + INDENT,
                "at most " + INDENT + " columns of indent (" + BLOCKS + " levels of lists and callouts inside one"
                        + " another, four columns each); flatten the lists and callouts, or indent less");
    }

    static RenderedMarkdown.Problem inline(int line, int column, List<String> kinds) {
        return new RenderedMarkdown.Problem(
                line,
                column,
                words(kinds) + " nested too deeply: more than " + INLINE + " levels inside one another",
                "at most " + INLINE + " levels of emphasis, links and images inside one another; remove the extra"
                        + " '*', '_' or '[' marks, or write '\\*', '\\_' or '\\[' for one that is only text");
    }

    static RenderedMarkdown.Problem brackets(int line, int column) {
        return new RenderedMarkdown.Problem(
                line,
                column,
                "'[' nested too deeply: more than " + INLINE + " open at once",
                "at most " + INLINE + " levels of links and images inside one another; close each '[' with ']',"
                        + " or write '\\[' for one that is only text");
    }

    static RenderedMarkdown.Problem rule(int line, int column, char mark, int marks) {
        return new RenderedMarkdown.Problem(
                line,
                column,
                "a line starting with " + marks + " '" + mark + "' marks is more than Pamphlet reads: at most "
                        + RULE_MARKS,
                "a rule needs three ('---'); write '\\" + mark + "' for a '" + mark + "' that is only text");
    }

    static RenderedMarkdown.Problem callout(int line, int column, int length) {
        return new RenderedMarkdown.Problem(
                line,
                column,
                "a callout's first line of " + length + " characters is more than Pamphlet reads: at most "
                        + CALLOUT_LINE,
                "give the callout a short heading, and put the rest in its body, indented under it");
    }

    static RenderedMarkdown.Problem html(int line, int column) {
        return new RenderedMarkdown.Problem(
                line,
                column,
                "raw HTML nested too deeply: more than " + HTML + " elements inside one another",
                "at most " + HTML + " levels of HTML elements inside one another; close the elements you open, and"
                        + " flatten the rest");
    }

    /** "block quotes", "block quotes and lists", "block quotes, lists and callouts". */
    private static String words(List<String> kinds) {
        if (kinds.size() == 1) {
            return kinds.get(0);
        }
        return String.join(", ", kinds.subList(0, kinds.size() - 1)) + " and " + kinds.get(kinds.size() - 1);
    }
}
