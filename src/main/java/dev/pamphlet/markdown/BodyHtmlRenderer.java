package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.address.ScriptAddress;
import dev.pamphlet.address.UnicodeForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a page body's HTML straight from Flexmark's tree. Flexmark's own HTML renderer resolves a handler,
 * attributes and links through several layers for every node; a page needs a handful of elements, so one walk
 * that appends to a buffer does the same work for a fraction of the time and classes. Besides the CommonMark
 * elements and tables it writes Pamphlet's own: headings that link to themselves, callout boxes and glossary words.
 * Raw HTML is left out unless the site allows it, and then written as it is, where {@link #rawPieces()} says;
 * links to scripts are written as their text. One instance per page body.
 */
final class BodyHtmlRenderer {
    /**
     * A code block keeps its lines as written and scrolls sideways when they are wider than the page; a box that
     * scrolls must be reachable by keyboard to be scrolled without a mouse (WCAG 2.1.1).
     */
    static final String PRE = "<pre tabindex=\"0\">";

    private final boolean allowHtml;
    private final BodyText text;
    private final PageLinks links;
    private final PagePictures pictures;
    /** Pictures written so far: the first may be on the first screen, the others load as they are scrolled to. */
    private int picturesWritten;

    private final ListOptions listOptions;
    private final Document document;
    private final HtmlLines html;
    /** The author's HTML as written into the body, for {@link RawHtmlFilter}. */
    private final List<RawHtmlFilter.Piece> raw = new ArrayList<>();

    BodyHtmlRenderer(boolean allowHtml, ListOptions listOptions, Document document) {
        this(allowHtml, listOptions, document, BodyText.ENGLISH, PageLinks.SAME_SHAPE, PagePictures.NONE);
    }

    BodyHtmlRenderer(
            boolean allowHtml,
            ListOptions listOptions,
            Document document,
            BodyText text,
            PageLinks links,
            PagePictures pictures) {
        this.text = text;
        this.links = links;
        this.pictures = pictures;
        this.allowHtml = allowHtml;
        this.listOptions = listOptions;
        this.document = document;
        this.html = new HtmlLines(Math.max(256, document.getTextLength() * 5 / 4));
    }

    String render() {
        children(document);
        return html.toString();
    }

    /** Where the author's raw HTML is in what {@link #render()} wrote, in order; none unless the site allows it. */
    List<RawHtmlFilter.Piece> rawPieces() {
        return List.copyOf(raw);
    }

    private void children(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            node(n);
            String hidden = !allowHtml && n instanceof HtmlInlineBase ? HtmlWords.hiddenOpened(n.getChars()) : null;
            if (hidden != null) {
                // A script or style sheet written inside a paragraph: what it holds is no words for the reader.
                while (n.getNext() != null
                        && !(n.getNext() instanceof HtmlInlineBase tag && HtmlWords.closes(tag.getChars(), hidden))) {
                    n = n.getNext();
                }
            }
        }
    }

    /** One node, the commonest kinds first. */
    private void node(Node node) {
        if (node instanceof Text) {
            text(node.getChars());
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph);
        } else if (node instanceof SoftLineBreak) {
            html.raw("\n");
        } else if (node instanceof ListItem item) {
            html.line().raw("<li>").text(item.getMarkerSuffix().unescape());
            children(item);
            html.raw("</li>").line();
        } else if (node instanceof Heading heading) {
            heading(heading);
        } else if (node instanceof StrongEmphasis) {
            inline("strong", node);
        } else if (node instanceof Emphasis) {
            inline("em", node);
        } else if (node instanceof Link link) {
            link(link);
        } else if (node instanceof GlossaryTerm term) {
            html.raw("<a class=\"glossary-term\"")
                    .attr("href", term.href())
                    .attr("title", term.explanation())
                    .raw(">")
                    .text(term.getChars().toString())
                    .raw("</a>");
        } else if (node instanceof BulletList) {
            block("ul", node);
        } else if (node instanceof OrderedList list) {
            orderedList(list);
        } else if (node instanceof TableCell cell) {
            tableCell(cell);
        } else if (node instanceof TableRow) {
            lineBlock("tr", node);
        } else if (node instanceof TableBlock) {
            html.line().raw("<table>").line();
            children(node);
            html.line().raw("</table>").line();
        } else if (node instanceof TableHead) {
            lineBlock("thead", node);
        } else if (node instanceof TableBody) {
            lineBlock("tbody", node);
        } else if (node instanceof TableCaption) {
            lineBlock("caption", node);
        } else if (node instanceof TableSeparator || node instanceof Reference) {
            return;
        } else if (node instanceof AdmonitionBlock callout) {
            callout(callout);
        } else if (node instanceof Code code) {
            html.raw("<code>")
                    .text(Escaping.collapseWhitespace(code.getText(), true))
                    .raw("</code>");
        } else if (node instanceof HardLineBreak) {
            html.raw("<br />\n");
        } else if (node instanceof HtmlEntity) {
            html.text(node.getChars().unescape());
        } else if (node instanceof LinkRef ref) {
            linkRef(ref);
        } else if (node instanceof Image image) {
            image(image);
        } else if (node instanceof ImageRef ref) {
            imageRef(ref);
        } else if (node instanceof AutoLink link) {
            autoLink(link);
        } else if (node instanceof MailLink link) {
            mailLink(link);
        } else if (node instanceof BlockQuote) {
            html.line().raw("<blockquote>").line();
            children(node);
            html.line().raw("</blockquote>").line();
        } else if (node instanceof FencedCodeBlock code) {
            fencedCode(code);
        } else if (node instanceof IndentedCodeBlock code) {
            html.line()
                    .raw(PRE + "<code>")
                    .preText(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL())
                    .raw("</code></pre>")
                    .line();
        } else if (node instanceof ThematicBreak) {
            html.line().raw("<hr />").line();
        } else if (node instanceof HtmlBlockBase block) {
            htmlBlock(block);
        } else if (node instanceof HtmlInlineBase) {
            if (allowHtml) {
                authorsHtml(node.getChars());
            }
        } else {
            children(node);
        }
    }

    /** Most text has no backslash escape, entity or carriage return, and is written as it stands. */
    private void text(BasedSequence chars) {
        String text = SourceSlice.of(chars);
        if (text.indexOf('\\') >= 0 || text.indexOf('&') >= 0 || text.indexOf('\r') >= 0) {
            html.text(Escaping.normalizeEOL(chars.unescape()));
        } else {
            html.text(text);
        }
    }

    private void inline(String tag, Node node) {
        html.raw("<").raw(tag).raw(">");
        children(node);
        html.raw("</").raw(tag).raw(">");
    }

    /** A block element on lines of its own: {@code <ul>}, {@code <ol>}. */
    private void block(String tag, Node node) {
        html.line().raw("<").raw(tag).raw(">").line();
        children(node);
        html.line().raw("</").raw(tag).raw(">").line();
    }

    /** An element that starts and ends a line, its content between: {@code <tr>}, {@code <thead>}. */
    private void lineBlock(String tag, Node node) {
        html.line().raw("<").raw(tag).raw(">");
        children(node);
        html.raw("</").raw(tag).raw(">").line();
    }

    /** A paragraph; the only paragraph of a tight list item is written without {@code <p>}. */
    private void paragraph(Paragraph node) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, listOptions, document)) {
            children(node);
            return;
        }
        html.line().raw("<p>");
        children(node);
        html.raw("</p>").line();
    }

    private void orderedList(OrderedList list) {
        int start = list.getStartNumber();
        html.line().raw("<ol");
        if (listOptions.isOrderedListManualStart() && start != 1) {
            html.attr("start", String.valueOf(start));
        }
        html.raw(">").line();
        children(list);
        html.line().raw("</ol>").line();
    }

    /** {@code <h2 id="x"><a class="heading-link" href="#x">Text</a></h2>}: the heading keeps its own name. */
    private void heading(Heading node) {
        String id = node.getAnchorRefId();
        String tag = "h" + node.getLevel();
        html.line().raw("<").raw(tag);
        if (id != null) {
            html.attr("id", id);
        }
        html.raw(">");
        if (id == null || id.isEmpty() || containsLink(node)) {
            children(node);
        } else {
            html.raw("<a class=\"heading-link\"").attr("href", "#" + id).raw(">");
            children(node);
            html.raw("</a>");
        }
        html.raw("</").raw(tag).raw(">").line();
    }

    private static boolean containsLink(Node node) {
        for (Node n : node.getDescendants()) {
            if (n instanceof Link
                    || n instanceof LinkRef
                    || n instanceof GlossaryTerm
                    || n instanceof AutoLink
                    || n instanceof MailLink) {
                return true;
            }
        }
        return false;
    }

    /**
     * A care-card style box. The spoken prefix ("Urgent advice: ") tells screen-reader users what the colour
     * tells everyone else. Unknown kinds are reported by {@link MarkdownRenderer} and rendered as information.
     */
    private void callout(AdmonitionBlock node) {
        Callout kind = Callout.of(node.getInfo().toString()).orElse(Callout.INFO);
        String title =
                node.getTitle().isNull() ? "" : node.getTitle().toString().strip();
        BodyText.CalloutText words = text.of(kind);
        String heading = title.isEmpty() ? words.heading() : title;
        String tag = "h" + Math.min(6, Math.max(2, levelAbove(node) + 1));
        html.line()
                .raw("<div class=\"callout callout-" + kind.keyword() + "\">")
                .line();
        html.raw("<" + tag + " class=\"callout-heading\"><span class=\"visually-hidden\">")
                .text(words.spokenPrefix())
                .raw("</span>")
                .text(heading)
                .raw("</" + tag + ">")
                .line();
        html.raw("<div class=\"callout-body\">").line();
        children(node);
        html.line().raw("</div>").line().raw("</div>").line();
    }

    /** The level of the nearest heading before the node, so the box's heading fits the outline (1 if none). */
    private static int levelAbove(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            for (Node s = n.getPrevious(); s != null; s = s.getPrevious()) {
                if (s instanceof Heading h) {
                    return h.getLevel();
                }
            }
        }
        return 1;
    }

    /** Table cells carry their alignment as a class: HTML dropped align, and the page policy forbids styles. */
    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        html.raw("<").raw(tag);
        if (cell.getAlignment() != null) {
            html.attr(
                    "class",
                    "align-"
                            + switch (cell.getAlignment()) {
                                case LEFT -> "left";
                                case CENTER -> "center";
                                case RIGHT -> "right";
                            });
        }
        html.raw(">");
        children(cell);
        html.raw("</").raw(tag).raw(">");
    }

    private void link(Link node) {
        anchor(node.getUrl().unescape(), node.getTitle(), node);
    }

    /** A link to {@code url} (rewritten as links are), with its title if it has one, around the node's content. */
    private void anchor(String url, BasedSequence title, Node content) {
        PageLinks.Target target = target(url);
        if (target == null) {
            children(content);
            return;
        }
        html.raw("<a").attr("href", target.href());
        if (target.hreflang() != null) {
            html.attr("hreflang", target.hreflang());
        }
        if (title.isNotNull()) {
            html.attr("title", title.unescape());
        }
        html.raw(">");
        children(content);
        html.raw("</a>");
        if (target.note() != null) {
            html.raw(" <span class=\"link-language\">").text(target.note()).raw("</span>");
        }
    }

    private void linkRef(LinkRef node) {
        Reference reference = node.isDefined() ? node.getReferenceNode(document) : null;
        if (reference == null) {
            // Not a defined reference: "[text]" stays text, unless it names a page the way a link would.
            String ref = node.getReference().unescape();
            String rewritten = LinkRewriter.rewrite(ref);
            if (rewritten.equals(ref)) {
                if (!node.hasChildren()) {
                    html.text(node.getChars().unescape());
                } else {
                    html.text(node.getChars().prefixOf(node.getChildChars()).unescape());
                    children(node);
                    html.text(node.getChars().suffixOf(node.getChildChars()).unescape());
                }
                return;
            }
            anchor(ref, BasedSequence.NULL, node);
            return;
        }
        anchor(reference.getUrl().unescape(), reference.getTitle(), node);
    }

    private void image(Image node) {
        PageLinks.Target target = target(node.getUrl().unescape());
        if (target == null || isScript(node.getUrlContent())) {
            return;
        }
        String url = target.href();
        if (!node.getUrlContent().isEmpty()) {
            url += Escaping.percentEncodeUrl(node.getUrlContent())
                    .replace("+", "%2B")
                    .replace("%3D", "=")
                    .replace("%26", "&amp;");
        }
        html.raw("<img").attr("src", url).attr("alt", altText(node));
        if (node.getTitle().isNotNull()) {
            html.attr("title", node.getTitle().unescape());
        }
        pictureAttributes(node.getUrl().unescape(), node.getUrlContent().isEmpty() ? url : null);
    }

    /**
     * The picture's size, so its place is kept while it loads; its smaller copies, so a phone need not load a
     * photo made for a large screen; and, after the page's first picture, which may be on the first screen, lazy
     * loading. Then the end of the tag.
     *
     * @param href the address written in {@code src}; null when it has a query, which the copies' would not have
     */
    private void pictureAttributes(String url, String href) {
        Optional<PagePictures.Size> size = pictures.size(url.strip());
        size.ifPresent(s -> html.attr("width", String.valueOf(s.width())).attr("height", String.valueOf(s.height())));
        List<Long> copies = pictures.copyWidths(url.strip());
        if (size.isPresent() && !copies.isEmpty() && href != null && writableInSrcset(href)) {
            StringBuilder srcset = new StringBuilder();
            for (long width : copies) {
                srcset.append(PagePictures.copyName(href, width))
                        .append(' ')
                        .append(width)
                        .append("w, ");
            }
            srcset.append(href).append(' ').append(size.get().width()).append('w');
            html.attr("srcset", srcset.toString()).attr("sizes", PagePictures.SIZES);
        }
        if (picturesWritten++ > 0 && pictures.lazyAfterFirst()) {
            html.attr("loading", "lazy").attr("decoding", "async");
        }
        html.raw(" />");
    }

    private void imageRef(ImageRef node) {
        Reference reference = node.isDefined() ? node.getReferenceNode(document) : null;
        String url;
        String written;
        String title = null;
        if (reference != null) {
            written = reference.getUrl().unescape();
            PageLinks.Target target = target(reference.getUrl().unescape());
            if (target == null) {
                return;
            }
            url = target.href();
            if (reference.getTitle().isNotNull()) {
                title = reference.getTitle().unescape();
            }
        } else {
            String ref = Parser.REFERENCES.get(document).normalizeKey(node.getReference());
            if (LinkRewriter.rewrite(ref).equals(ref)) {
                html.text(node.getChars().unescape());
                return;
            }
            PageLinks.Target target = target(ref);
            if (target == null) {
                return;
            }
            url = target.href();
            written = ref;
        }
        html.raw("<img").attr("src", url).attr("alt", altText(node));
        if (title != null) {
            html.attr("title", title);
        }
        pictureAttributes(written, url);
    }

    /** An address a {@code srcset} can list: one of a file, without spaces or commas, which separate its entries. */
    private static boolean writableInSrcset(String href) {
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            if (c == ',' || c == '?' || c == '#' || Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static String altText(Node image) {
        return new TextCollectingVisitor().collectAndGetText(image);
    }

    private void autoLink(AutoLink node) {
        String text = node.getText().toString();
        String href = isScript(node.getUrl()) ? null : href(LinkRewriter.rewrite(text));
        if (href == null) {
            html.text(text);
            return;
        }
        html.raw("<a").attr("href", href).raw(">").text(text).raw("</a>");
    }

    private void mailLink(MailLink node) {
        String text = node.getText().unescape();
        if (isScript(node.getUrl()) || isScript(text)) {
            html.text(text);
            return;
        }
        html.raw("<a")
                .attr("href", "mailto:" + PercentEncoding.reference(text))
                .raw(">")
                .text(text)
                .raw("</a>");
    }

    private void fencedCode(FencedCodeBlock node) {
        html.line().raw(PRE + "<code");
        BasedSequence info = node.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            html.attr(
                    "class",
                    "language-"
                            + node.getInfoDelimitedByAny(SequenceUtils.SPACE_TAB_SET)
                                    .unescape());
        }
        html.raw(">")
                .preText(node.getContentChars().normalizeEOL())
                .raw("</code></pre>")
                .line();
    }

    /**
     * The author's HTML, only when the site allows it; otherwise its words alone, as a paragraph of plain text, so
     * no reader loses them (the accessibility check reports either).
     */
    private void htmlBlock(HtmlBlockBase node) {
        boolean block = node instanceof HtmlBlock;
        if (block) {
            html.line();
        }
        if (allowHtml) {
            authorsHtml(block ? node.getContentChars() : node.getChars());
        } else if (block) {
            String words = HtmlWords.of(node.getContentChars());
            if (!words.isEmpty()) {
                html.raw("<p>").text(words).raw("</p>");
            }
        }
        if (block) {
            html.line();
        }
    }

    /** The author's HTML, written as it stands (line ends made '\n'), its place remembered. */
    private void authorsHtml(BasedSequence chars) {
        int start = html.length();
        html.pre(chars.normalizeEOL());
        raw.add(new RawHtmlFilter.Piece(start, html.length(), chars));
    }

    /**
     * Where a link or image goes: placed as the page's links are, and percent-encoded; null for an address that
     * would run a script ({@code javascript:}, {@code vbscript:}, {@code data:}, however disguised), which is
     * written as its text alone. The link check reports it.
     */
    private PageLinks.Target target(String url) {
        if (isScript(url)) {
            return null;
        }
        PageLinks.Target target = links.place(url.strip());
        // A link inside the site is written in the form every published name has (see UnicodeForm).
        String placed = LinkRewriter.isRelative(target.href()) ? UnicodeForm.composed(target.href()) : target.href();
        String href = href(placed);
        return href == null ? null : new PageLinks.Target(href, target.hreflang(), target.note());
    }

    /** An address made valid (percent-encoded), or null if it would run a script. */
    private static String href(String address) {
        String href = PercentEncoding.reference(address);
        return isScript(address) || isScript(href) ? null : href;
    }

    static boolean isScript(CharSequence url) {
        return ScriptAddress.isScript(url);
    }
}
