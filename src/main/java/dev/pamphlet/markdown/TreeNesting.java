package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How deeply a parsed body nests, measured before anything walks it by recursion (Pamphlet's renderer, Flexmark's
 * text collector, the PDF library): block quotes, list items and callouts inside one another; emphasis, links and
 * images inside one another; and, where the site lets raw HTML through, the author's HTML elements inside one
 * another. The walk itself follows the tree's links, with no stack of its own.
 */
final class TreeNesting {
    /** Elements that hold nothing, or whose end tag HTML lets an author leave out: they are not counted. */
    private static final Set<String> UNNESTED = Set.of(
            "area",
            "base",
            "br",
            "col",
            "embed",
            "hr",
            "img",
            "input",
            "link",
            "meta",
            "source",
            "track",
            "wbr",
            "p",
            "li",
            "dt",
            "dd",
            "option",
            "optgroup",
            "rb",
            "rt",
            "rtc",
            "rp",
            "tr",
            "td",
            "th",
            "thead",
            "tbody",
            "tfoot",
            "colgroup");

    private final MarkdownRenderer.Positions positions;
    private final boolean allowHtml;
    private int blocks;
    private int inline;
    private int html;

    private TreeNesting(MarkdownRenderer.Positions positions, boolean allowHtml) {
        this.positions = positions;
        this.allowHtml = allowHtml;
    }

    /**
     * The first node of {@code document} nested deeper than {@link NestingLimits} allow, as a problem, if any.
     *
     * @param allowHtml whether the author's HTML is published, and so its nesting counts
     */
    static Optional<RenderedMarkdown.Problem> check(
            Document document, MarkdownRenderer.Positions positions, boolean allowHtml) {
        return new TreeNesting(positions, allowHtml).walk(document);
    }

    private Optional<RenderedMarkdown.Problem> walk(Document document) {
        Node node = document.getFirstChild();
        while (node != null) {
            Optional<RenderedMarkdown.Problem> problem = rawHtml(node);
            if (problem.isPresent()) {
                return problem;
            }
            if (node.getFirstChild() != null) {
                blocks += isBlockLevel(node) ? 1 : 0;
                inline += isInlineLevel(node) ? 1 : 0;
                if (blocks > NestingLimits.BLOCKS) {
                    return Optional.of(NestingLimits.blocks(
                            positions.line(node), positions.column(node), kinds(node, TreeNesting::blockKind)));
                }
                if (inline > NestingLimits.INLINE) {
                    return Optional.of(NestingLimits.inline(
                            positions.line(node), positions.column(node), kinds(node, TreeNesting::inlineKind)));
                }
                node = node.getFirstChild();
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                if (node != document) {
                    blocks -= isBlockLevel(node) ? 1 : 0;
                    inline -= isInlineLevel(node) ? 1 : 0;
                }
            }
            node = node == document ? null : node.getNext();
        }
        return Optional.empty();
    }

    /** Raw HTML, counted across the body in order: a {@code <div>} opened in one block may close in another. */
    private Optional<RenderedMarkdown.Problem> rawHtml(Node node) {
        if (!allowHtml || !(node instanceof HtmlBlockBase || node instanceof HtmlInlineBase)) {
            return Optional.empty();
        }
        String text = node.getChars().toString();
        int offset = node.getStartOffset();
        for (int i = text.indexOf('<'); i >= 0 && i < text.length(); i = text.indexOf('<', i + 1)) {
            if (text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                i = close < 0 ? text.length() : close + 2;
                continue;
            }
            boolean closing = i + 1 < text.length() && text.charAt(i + 1) == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < text.length()
                    && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd == nameStart || !Character.isLetter(text.charAt(nameStart))) {
                continue;
            }
            String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int tagEnd = text.indexOf('>', nameEnd);
            boolean selfClosing = tagEnd > 0 && text.charAt(tagEnd - 1) == '/';
            if (UNNESTED.contains(name) || selfClosing) {
                continue;
            }
            if (closing) {
                html = Math.max(0, html - 1);
            } else if (++html > NestingLimits.HTML) {
                return Optional.of(NestingLimits.html(positions.line(offset + i), positions.column(offset + i)));
            }
        }
        return Optional.empty();
    }

    private static boolean isBlockLevel(Node node) {
        return blockKind(node) != null;
    }

    private static boolean isInlineLevel(Node node) {
        return inlineKind(node) != null;
    }

    private static String blockKind(Node node) {
        if (node instanceof BlockQuote) {
            return "block quotes";
        }
        if (node instanceof ListItem) {
            return "lists";
        }
        return node instanceof AdmonitionBlock ? "callouts" : null;
    }

    private static String inlineKind(Node node) {
        if (node instanceof Emphasis || node instanceof StrongEmphasis) {
            return "emphasis";
        }
        if (node instanceof Link || node instanceof LinkRef) {
            return "links";
        }
        return node instanceof Image || node instanceof ImageRef ? "images" : null;
    }

    /** The kinds of nesting around {@code node}, in a fixed order, for the message. */
    private static List<String> kinds(Node node, Function<Node, String> kindOf) {
        List<String> seen = new ArrayList<>();
        for (Node n = node; n != null; n = n.getParent()) {
            String kind = kindOf.apply(n);
            if (kind != null && !seen.contains(kind)) {
                seen.add(kind);
            }
        }
        List<String> order = List.of("block quotes", "lists", "callouts", "emphasis", "links", "images");
        seen.sort(Comparator.comparingInt(order::indexOf));
        return seen;
    }
}
