package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import dev.pamphlet.address.ScriptAddress;
import dev.pamphlet.source.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Markdown to HTML with one Flexmark parser, built once per build and shared by all pages (it is thread-safe),
 * and {@link BodyHtmlRenderer} for the HTML. Besides the HTML it reports the headings, links and raw HTML the
 * checks need, with lines in the original file.
 */
public final class MarkdownRenderer {
    private final Parser parser;
    /** Writes the HTML of a prepared tree for a page's links; see the constructors. */
    private final BodyWriter html;

    /** Writes a prepared tree's HTML for a page's links and pictures. */
    @FunctionalInterface
    private interface BodyWriter {
        BodyHtml write(Document document, PageLinks links, PagePictures pictures);
    }

    /** A body's HTML as first written, and where the author's raw HTML is in it. */
    private record BodyHtml(String html, List<RawHtmlFilter.Piece> raw) {}

    private final GlossaryMarker glossary;
    private final BodyText text;
    private final boolean allowHtml;

    public MarkdownRenderer(boolean allowHtml) {
        this(allowHtml, Glossary.EMPTY);
    }

    public MarkdownRenderer(boolean allowHtml, Glossary glossary) {
        this(allowHtml, glossary, BodyText.ENGLISH);
    }

    /** @param text the words Pamphlet writes into bodies, in the pages' language */
    public MarkdownRenderer(boolean allowHtml, Glossary glossary, BodyText text) {
        this(allowHtml, glossary, text, null);
    }

    /**
     * @param html writes the body HTML from the prepared tree (headings carry their ids, glossary words are
     *             marked); null for Pamphlet's own {@link BodyHtmlRenderer}
     */
    MarkdownRenderer(boolean allowHtml, Glossary glossary, Function<Document, String> html) {
        this(allowHtml, glossary, BodyText.ENGLISH, html);
    }

    private MarkdownRenderer(boolean allowHtml, Glossary glossary, BodyText text, Function<Document, String> html) {
        this.glossary = new GlossaryMarker(glossary);
        this.text = text;
        this.allowHtml = allowHtml;
        MutableDataSet options = parserOptions();
        this.parser = newParser(options);
        ListOptions listOptions = ListOptions.get(options);
        this.html = html != null
                ? (document, links, pictures) -> new BodyHtml(html.apply(document), List.of())
                : (document, links, pictures) -> {
                    BodyHtmlRenderer renderer =
                            new BodyHtmlRenderer(allowHtml, listOptions, document, text, links, pictures);
                    return new BodyHtml(renderer.render(), renderer.rawPieces());
                };
    }

    /**
     * A parser with {@link #parserOptions} whose inline parsing costs in proportion to the text. Given an inline
     * parser of its own, Flexmark leaves out its reading of link reference definitions ({@code [x]: page.md}),
     * so that is added back.
     */
    static Parser newParser(MutableDataSet options) {
        return Parser.builder(options)
                .customInlineParserFactory(LinearInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .build();
    }

    /** The parser's settings: CommonMark with GitHub-style tables and callouts. */
    static MutableDataSet parserOptions() {
        MutableDataSet options = new MutableDataSet();
        // Callouts use the admonition syntax (!!! urgent "Heading"); Pamphlet renders them itself, as care cards.
        List<Extension> extensions = List.of(new TableSyntax(), new CalloutSyntax());
        options.set(Parser.EXTENSIONS, extensions);
        // Left unset, these maps of the extension's own icons and titles are rebuilt from its resource files for
        // every page parsed; Pamphlet draws callouts itself and needs none of them.
        options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, Map.of());
        options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP, Map.of());
        options.set(AdmonitionExtension.TYPE_SVG_MAP, Map.of());
        // A callout's lines are its own only when indented: with lazy continuation the parser would take every
        // line's indent away, and a list nested inside a callout would come out flat.
        options.set(AdmonitionExtension.ALLOW_LAZY_CONTINUATION, false);
        // CommonMark's <...> link destinations may hold spaces: [a](<Symptoms and Signs.md>).
        options.set(Parser.SPACE_IN_LINK_URLS, true);
        // GitHub-flavoured tables: a missing cell is added, an extra one dropped, no column spans.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        return options;
    }

    /**
     * Renders a page body.
     *
     * @param bodyStartLine the 1-based line of the original file where {@code body} starts
     */
    public RenderedMarkdown render(String body, int bodyStartLine) {
        return render(body, bodyStartLine, "");
    }

    /**
     * Renders a page body.
     *
     * @param bodyStartLine the 1-based line of the original file where {@code body} starts
     * @param root          the way back to the site root from the page ("" or "../"), for glossary links
     */
    public RenderedMarkdown render(String body, int bodyStartLine, String root) {
        return render(body, bodyStartLine, root, PageLinks.SAME_SHAPE);
    }

    /**
     * Renders a page body.
     *
     * @param bodyStartLine the 1-based line of the original file where {@code body} starts
     * @param root          the way back to the site root from the page ("" or "../"), for glossary links
     * @param pageLinks     where the page's links go
     */
    public RenderedMarkdown render(String body, int bodyStartLine, String root, PageLinks pageLinks) {
        return render(body, bodyStartLine, root, pageLinks, PagePictures.NONE);
    }

    /**
     * Renders a page body.
     *
     * @param bodyStartLine the 1-based line of the original file where {@code body} starts
     * @param root          the way back to the site root from the page ("" or "../"), for glossary links
     * @param pageLinks     where the page's links go
     * @param pictures      the sizes of the pictures the page shows
     */
    public RenderedMarkdown render(
            String body, int bodyStartLine, String root, PageLinks pageLinks, PagePictures pictures) {
        // Nested deeper than the parser and the renderers can take: refused before they see it.
        Optional<RenderedMarkdown.Problem> tooDeep = SourceNesting.check(body, bodyStartLine);
        if (tooDeep.isPresent()) {
            return RenderedMarkdown.refusing(tooDeep.get());
        }
        Document document = parser.parse(body);
        Positions positions = new Positions(body, bodyStartLine);
        tooDeep = TreeNesting.check(document, positions, allowHtml);
        if (tooDeep.isPresent()) {
            return RenderedMarkdown.refusing(tooDeep.get());
        }
        HeadingIds ids = new HeadingIds();
        List<RenderedMarkdown.Heading> headings = new ArrayList<>();
        List<RenderedMarkdown.LinkRef> links = new ArrayList<>();
        List<RenderedMarkdown.Position> rawHtml = new ArrayList<>();
        List<RenderedMarkdown.TextBlock> paragraphs = new ArrayList<>();
        List<RenderedMarkdown.Problem> problems = new ArrayList<>();
        Map<Integer, Integer> lazyLines = new java.util.HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                String text = paragraphText(heading, body);
                String id = ids.next(text);
                heading.setAnchorRefId(id);
                headings.add(new RenderedMarkdown.Heading(
                        heading.getLevel(), text, id, positions.line(node), positions.column(node)));
            } else if (node instanceof Link link) {
                links.add(linkRef(false, link.getUrl().unescape(), plainText(link), node, positions));
            } else if (node instanceof Image image) {
                links.add(linkRef(true, image.getUrl().unescape(), plainText(image), node, positions));
            } else if (node instanceof LinkRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode(document);
                if (target != null) {
                    links.add(linkRef(false, target.getUrl().unescape(), plainText(ref), node, positions));
                }
            } else if (node instanceof ImageRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode(document);
                if (target != null) {
                    links.add(linkRef(true, target.getUrl().unescape(), plainText(ref), node, positions));
                }
            } else if (node instanceof AutoLink link && ScriptAddress.isScript(link.getUrl())) {
                links.add(linkRef(false, link.getUrl().unescape(), plainText(link), node, positions));
            } else if (node instanceof HtmlBlock || node instanceof HtmlInline) {
                String snippet = node.getChars().toString().strip();
                boolean wordsKept = !allowHtml
                        && node instanceof HtmlBlock block
                        && !HtmlWords.of(block.getContentChars()).isEmpty();
                rawHtml.add(new RenderedMarkdown.Position(
                        positions.line(node),
                        positions.column(node),
                        snippet.length() > 40 ? snippet.substring(0, 40) + "…" : snippet,
                        wordsKept));
            } else if (node instanceof Paragraph) {
                paragraphs.add(new RenderedMarkdown.TextBlock(paragraphText(node, body), positions.line(node)));
                checkCalloutLines(body, node, positions, problems);
            } else if (node instanceof AdmonitionBlock callout) {
                checkCallout(callout, positions, problems);
                checkLazyLines(callout, body, positions, lazyLines, problems);
            }
        }
        CharacterReferences.check(body, document, positions, problems);
        glossary.mark(document, root, text.glossaryPage());
        BodyHtml written = html.write(document, pageLinks, pictures);
        RawHtmlFilter.Result filtered = RawHtmlFilter.filter(written.html(), written.raw());
        List<RenderedMarkdown.LeftOut> leftOut = new ArrayList<>();
        for (RawHtmlFilter.Removed r : filtered.removed()) {
            leftOut.add(new RenderedMarkdown.LeftOut(
                    positions.line(r.sourceOffset()),
                    positions.column(r.sourceOffset()),
                    r.tag(),
                    r.attribute(),
                    r.address(),
                    r.scheme()));
        }
        List<RenderedMarkdown.Embed> embeds = new ArrayList<>();
        for (RawHtmlFilter.Embed e : RawHtmlFilter.embeds(written.html(), written.raw())) {
            embeds.add(new RenderedMarkdown.Embed(
                    e.tag(),
                    e.attribute(),
                    e.address(),
                    positions.line(e.sourceOffset()),
                    positions.column(e.sourceOffset())));
        }
        return new RenderedMarkdown(
                filtered.html(),
                headings,
                links,
                rawHtml,
                paragraphs,
                problems,
                List.copyOf(leftOut),
                List.copyOf(embeds),
                false);
    }

    private static void checkCallout(
            AdmonitionBlock callout, Positions positions, List<RenderedMarkdown.Problem> problems) {
        String kind = callout.getInfo().toString();
        if (!callout.hasChildren()) {
            problems.add(new RenderedMarkdown.Problem(
                    positions.line(callout),
                    positions.column(callout),
                    "callout '" + kind + "' is empty",
                    "indent the lines that belong in the box by four spaces under the !!! line"));
        }
        if (Callout.of(kind).isEmpty()) {
            String suggestion = Callout.of(kind.toLowerCase(java.util.Locale.ROOT))
                    .map(Callout::keyword)
                    .orElseGet(() -> Suggestions.closest(kind.toLowerCase(java.util.Locale.ROOT), Callout.keywords()));
            problems.add(new RenderedMarkdown.Problem(
                    positions.line(callout),
                    positions.column(callout),
                    "unknown callout type '" + kind + "'"
                            + (suggestion == null ? "" : " (did you mean '" + suggestion + "'?)"),
                    "use one of: " + String.join(", ", Callout.keywords()) + " (for example !!! urgent \"Ask for"
                            + " an urgent GP appointment if:\")"));
        }
    }

    /**
     * A line of a callout that is not indented as its other lines are, with no blank line before it: Markdown
     * carries on the paragraph or list item above it, so the line is published inside the box. The author may
     * well have meant it to follow the box, so it is said once for each run of such lines, and of the innermost
     * box for a line in callouts nested one in another.
     */
    private static void checkLazyLines(
            AdmonitionBlock callout,
            String body,
            Positions positions,
            Map<Integer, Integer> lazyLines,
            List<RenderedMarkdown.Problem> problems) {
        for (Node up = callout.getParent(); up != null; up = up.getParent()) {
            if (up instanceof com.vladsch.flexmark.ast.BlockQuote) {
                return; // its lines start with '>', which the indent below does not count
            }
        }
        int start = callout.getStartOffset();
        int contentIndent = indentOf(body, start - positions.column(start) + 1, start) + 4;
        int end = Math.min(callout.getEndOffset(), body.length());
        int lineStart = body.indexOf('\n', start);
        boolean afterLazy = false;
        while (lineStart >= 0 && ++lineStart < end) {
            int lineEnd = body.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            boolean blank = body.substring(lineStart, lineEnd).isBlank();
            boolean lazy = !blank && indentOf(body, lineStart, lineEnd) < contentIndent;
            if (lazy && !afterLazy) {
                RenderedMarkdown.Problem problem = new RenderedMarkdown.Problem(
                        positions.line(lineStart),
                        positions.column(lineStart),
                        "this line is inside the callout box above it because there is no blank line before it",
                        "add a blank line before it to end the box, or indent it by " + contentIndent
                                + " spaces like the box's other lines to keep it in",
                        true);
                // Callouts come outer first: a line pulled into one nested in another is said of the inner one.
                Integer said = lazyLines.putIfAbsent(lineStart, problems.size());
                if (said == null) {
                    problems.add(problem);
                } else {
                    problems.set(said, problem);
                }
            }
            afterLazy = lazy;
            lineStart = lineEnd < body.length() ? lineEnd : -1;
        }
    }

    /** The columns of white space that start the line from {@code from} (a tab goes on to the next stop of 4). */
    private static int indentOf(String body, int from, int to) {
        int columns = 0;
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4 - columns % 4;
            } else {
                break;
            }
        }
        return columns;
    }

    /** A paragraph line that starts like a callout ("!!!") is a callout written wrongly: said, not published. */
    private static void checkCalloutLines(
            String body, Node paragraph, Positions positions, List<RenderedMarkdown.Problem> problems) {
        if (!hasCalloutMarker(body, paragraph.getStartOffset(), paragraph.getEndOffset())) {
            return;
        }
        for (com.vladsch.flexmark.util.sequence.BasedSequence line :
                paragraph.getChars().splitList("\n")) {
            if (line.trimStart().startsWith("!!!") || line.trimStart().startsWith("???")) {
                CalloutMistakes.of(line.toString())
                        .ifPresent(m -> problems.add(new RenderedMarkdown.Problem(
                                positions.line(line.getStartOffset()),
                                positions.column(line.getStartOffset()) + line.countLeadingSpaceTab(),
                                m.message(),
                                m.hint())));
            }
        }
    }

    /**
     * Whether "!!!" or "???" is anywhere in {@code body} from {@code start} to {@code end}: looked for in the
     * paragraph's own characters before it is split into lines, which costs more than the rest of the check and
     * which almost no paragraph needs.
     */
    static boolean hasCalloutMarker(String body, int start, int end) {
        for (int i = start; i + 2 < end; i++) {
            char c = body.charAt(i);
            if ((c == '!' || c == '?') && body.charAt(i + 1) == c && body.charAt(i + 2) == c) {
                return true;
            }
        }
        return false;
    }

    private static RenderedMarkdown.LinkRef linkRef(
            boolean image, String url, String text, Node node, Positions positions) {
        return new RenderedMarkdown.LinkRef(image, url.strip(), text, positions.line(node), positions.column(node));
    }

    static String plainText(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).strip();
    }

    /**
     * {@link #plainText} of a paragraph. Most paragraphs are plain lines of text, perhaps with emphasis, whose
     * plain text is the paragraph as written without its emphasis marks: taken here directly, as Flexmark's
     * general collector costs more than parsing the paragraph did. Anything else (links, escapes, entities, code,
     * HTML, indented or quoted lines) goes to Flexmark's collector, which in places keeps characters from between
     * the pieces it collects.
     */
    static String paragraphText(Node paragraph) {
        return paragraphText(paragraph, null);
    }

    /**
     * @param paragraph a paragraph or a heading: anything whose children are text
     * @param body      the text the paragraph was parsed from, or null to take its characters from the paragraph
     */
    static String paragraphText(Node paragraph, String body) {
        String simple = simpleText(paragraph, body);
        if (simple != null) {
            return simple;
        }
        return hasManyPieces(paragraph) ? textByPieces(paragraph) : plainText(paragraph);
    }

    /** Pieces of a paragraph above which its text is collected piece by piece: see {@link #textByPieces}. */
    static final int MANY_PIECES = 256;

    private static boolean hasManyPieces(Node paragraph) {
        int pieces = 0;
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (++pieces > MANY_PIECES) {
                return piecesMeet(paragraph);
            }
        }
        return false;
    }

    /**
     * Whether each piece of a paragraph starts where the one before ends. Flexmark's collector keeps characters
     * that fall between pieces (a closing mark before an indented or quoted line), which collecting piece by
     * piece would not, so only a paragraph without such gaps is collected that way.
     */
    static boolean piecesMeet(Node paragraph) {
        for (Node child = paragraph.getFirstChild(); child.getNext() != null; child = child.getNext()) {
            if (child.getEndOffset() != child.getNext().getStartOffset()) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #plainText} of a paragraph collected one piece (text, link, emphasis, line break) at a time and
     * joined. Flexmark's collector grows the list of what it has collected a little at a time, copying it
     * each time, so on a paragraph of thousands of links it costs the square of their number; collected
     * piece by piece, each copy stays small. The two give the same text on ordinary paragraphs (a test compares
     * them on every paragraph of the guide and the fixtures); where a paragraph has entities, Flexmark's collector
     * keeps some as written ({@code &amp;amp;}) and drops characters around others, where this gives the
     * characters they stand for. Either feeds only the readability
     * checks and the search index.
     */
    static String textByPieces(Node paragraph) {
        StringBuilder text = new StringBuilder(paragraph.getTextLength());
        TextCollectingVisitor collector = new TextCollectingVisitor();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            text.append(collector.collectAndGetText(child));
        }
        return text.toString().strip();
    }

    /**
     * The plain text of a paragraph made only of text, line breaks and emphasis, one straight after the other in
     * the file (no indented or quoted lines), with no escapes or entities; null for any other paragraph.
     */
    static String simpleText(Node paragraph) {
        return simpleText(paragraph, null);
    }

    /**
     * @param body the text the paragraph was parsed from, or null: cut from it, the paragraph's text costs a copy
     *             of each piece instead of Flexmark's character-by-character walk
     */
    static String simpleText(Node paragraph, String body) {
        Node first = paragraph.getFirstChild();
        if (first == null) {
            return null;
        }
        String source =
                body != null ? body : SourceSlice.of(paragraph.getChars().getBaseSequence());
        if (indentedLine(source, first.getStartOffset())) {
            return null;
        }
        StringBuilder text = new StringBuilder(paragraph.getTextLength());
        if (!collectSimpleText(
                paragraph, first.getStartOffset(), paragraph.getLastChild().getEndOffset(), source, text)) {
            return null;
        }
        return text.indexOf("\\") < 0 && text.indexOf("&") < 0 ? text.toString().strip() : null;
    }

    /**
     * Whether only spaces or tabs stand between the start of the line and {@code offset}. Flexmark's collector
     * keeps a closing emphasis mark in a paragraph indented so ({@code " _a__"} gives {@code "a__"}), so such
     * rare paragraphs go to it; after a list or quote marker it collects as written.
     */
    private static boolean indentedLine(String source, int offset) {
        int at = offset - 1;
        while (at >= 0 && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
            at--;
        }
        return at < offset - 1 && (at < 0 || source.charAt(at) == '\n');
    }

    /**
     * Appends the text of {@code parent}'s children, which must follow one another with nothing between them from
     * {@code from} to {@code to}; an emphasis adds its text without its marks. False at anything else. Flexmark's
     * collector keeps characters that fall between pieces (a closing emphasis mark before a line break followed by
     * an indent), and the quick way must give exactly what it gives, so any gap sends the paragraph there.
     */
    private static boolean collectSimpleText(Node parent, int from, int to, String source, StringBuilder text) {
        int end = from;
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child.getStartOffset() != end) {
                return false;
            }
            Class<?> type = child.getClass();
            if (child instanceof DelimitedNode emphasis && (type == Emphasis.class || type == StrongEmphasis.class)) {
                if (!collectSimpleText(
                        child,
                        emphasis.getOpeningMarker().getEndOffset(),
                        emphasis.getClosingMarker().getStartOffset(),
                        source,
                        text)) {
                    return false;
                }
            } else if ((type == Text.class || type == SoftLineBreak.class)
                    && child.getChars().length() == child.getEndOffset() - child.getStartOffset()) {
                text.append(source, child.getStartOffset(), child.getEndOffset());
            } else {
                return false;
            }
            end = child.getEndOffset();
        }
        return end == to;
    }

    /** Offsets in the body to lines and columns in the original file. */
    static final class Positions {
        private final int[] lineStarts;
        private final int firstLine;

        Positions(String body, int firstLine) {
            this.firstLine = firstLine;
            int[] starts = new int[16];
            int count = 1;
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) == '\n') {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            this.lineStarts = Arrays.copyOf(starts, count);
        }

        private int index(int offset) {
            int i = Arrays.binarySearch(lineStarts, offset);
            return i >= 0 ? i : -i - 2;
        }

        int line(Node node) {
            return line(node.getStartOffset());
        }

        int column(Node node) {
            return column(node.getStartOffset());
        }

        int line(int offset) {
            return firstLine + index(offset);
        }

        int column(int offset) {
            return offset - lineStarts[index(offset)] + 1;
        }
    }
}
