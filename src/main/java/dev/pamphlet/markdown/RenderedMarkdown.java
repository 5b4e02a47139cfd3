package dev.pamphlet.markdown;

import java.util.List;

/**
 * A page body rendered to HTML, with what the checks need to know about it. Lines are in the original file.
 *
 * @param html       the body HTML, links already rewritten to built pages
 * @param headings   every heading, in order, with its id
 * @param links      every link and image target, as written by the author
 * @param rawHtml    places where the author wrote raw HTML
 * @param paragraphs plain text of each paragraph and list item, for readability checks
 * @param problems   Markdown the author must fix, such as a callout of an unknown type
 * @param leftOut    addresses taken out of the author's raw HTML because they run a script or carry a document
 *                   of their own
 * @param embeds     what the author's raw HTML loads from an address with a host of its own: a picture, a frame,
 *                   a video
 * @param refused    whether the body was refused whole (nested too deeply to render): then it has no HTML, and
 *                   nothing is known of its headings and links, only its one problem
 */
public record RenderedMarkdown(
        String html,
        List<Heading> headings,
        List<LinkRef> links,
        List<Position> rawHtml,
        List<TextBlock> paragraphs,
        List<Problem> problems,
        List<LeftOut> leftOut,
        List<Embed> embeds,
        boolean refused) {

    /** A body refused whole for one mistake, such as nesting too deep to render. */
    static RenderedMarkdown refusing(Problem problem) {
        return new RenderedMarkdown(
                "", List.of(), List.of(), List.of(), List.of(), List.of(problem), List.of(), List.of(), true);
    }

    /**
     * A mistake in the Markdown itself: an error, or (with {@code warning}) something published other than the
     * author may have meant, such as a line pulled into a callout.
     */
    public record Problem(int line, int column, String message, String hint, boolean warning) {
        public Problem(int line, int column, String message, String hint) {
            this(line, column, message, hint, false);
        }
    }

    public record Heading(int level, String text, String id, int line, int column) {}

    /** A link or image target as written, with its visible text (the alt text for images). */
    public record LinkRef(boolean image, String url, String text, int line, int column) {}

    /**
     * An element of the author's raw HTML that loads what it shows from an address with a host of its own.
     *
     * @param tag       e.g. {@code iframe}
     * @param attribute e.g. {@code src}
     */
    public record Embed(String tag, String attribute, String url, int line, int column) {}

    /**
     * Where the author wrote raw HTML.
     *
     * @param wordsKept whether its words were published as plain text while its tags were left out (on a site that
     *                  does not allow raw HTML)
     */
    public record Position(int line, int column, String snippet, boolean wordsKept) {}

    public record TextBlock(String text, int line) {}

    /**
     * An address taken out of raw HTML: {@code <a href="javascript:...">} is published as {@code <a>}, its text
     * kept.
     *
     * @param tag       the element, e.g. {@code a}
     * @param attribute the attribute taken out, e.g. {@code href}
     * @param address   its value as written
     * @param scheme    {@code javascript}, {@code vbscript} or {@code data}
     */
    public record LeftOut(int line, int column, String tag, String attribute, String address, String scheme) {}
}
