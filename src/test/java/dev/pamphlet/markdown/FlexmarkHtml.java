package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.InlineLinkNode;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.pamphlet.address.PercentEncoding;
import dev.pamphlet.address.ScriptAddress;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The body HTML as Flexmark's own HTML renderer writes it, set up as Pamphlet used it before it wrote HTML
 * itself: the reference {@link BodyHtmlRenderer} must match byte for byte.
 */
final class FlexmarkHtml implements Function<Document, String> {
    private final HtmlRenderer renderer;
    private final boolean allowHtml;

    FlexmarkHtml(boolean allowHtml) {
        this.allowHtml = allowHtml;
        MutableDataSet options = MarkdownRenderer.parserOptions();
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.SUPPRESS_HTML, !allowHtml);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(javascript|vbscript|data):.*");
        options.set(com.vladsch.flexmark.parser.Parser.EXTENSIONS, List.of(TablesExtension.create()));
        renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new PageNodes(allowHtml))
                .attributeProviderFactory(new HeadingIdAttributes())
                .linkResolverFactory(new PageLinks())
                .build();
    }

    @Override
    public String apply(Document document) {
        hideScripts(document);
        if (!allowHtml) {
            dropHiddenText(document);
        }
        return renderer.render(document);
    }

    /**
     * Flexmark compares the address as written with its pattern for suppressed links; Pamphlet decodes it first
     * (entities, escapes, tabs). Addresses that decode to a script are given a plain "javascript:" here, so
     * Flexmark suppresses exactly what Pamphlet does.
     */
    private static void hideScripts(Document document) {
        BasedSequence plain = BasedSequence.of("javascript:");
        for (Node node : document.getDescendants()) {
            if (node instanceof InlineLinkNode link
                    && ScriptAddress.isScript(link.getUrl().unescape())) {
                link.setUrlChars(plain);
            } else if (node instanceof Reference ref
                    && ScriptAddress.isScript(ref.getUrl().unescape())) {
                ref.setUrl(plain);
            }
        }
    }

    /**
     * Pamphlet leaves out what a script or style sheet written inside a paragraph holds, with its tags, on a site
     * that does not allow raw HTML; Flexmark would publish it as text.
     */
    private static void dropHiddenText(Document document) {
        for (Node node : List.copyOf(
                java.util.stream.StreamSupport.stream(document.getDescendants().spliterator(), false)
                        .toList())) {
            String hidden = node instanceof HtmlInlineBase && node.getParent() != null
                    ? HtmlWords.hiddenOpened(node.getChars())
                    : null;
            while (hidden != null
                    && node.getNext() != null
                    && !(node.getNext() instanceof HtmlInlineBase tag && HtmlWords.closes(tag.getChars(), hidden))) {
                node.getNext().unlink();
            }
        }
    }

    /**
     * Headings that link to themselves, callout boxes and glossary words, as Pamphlet rendered them, and on a site
     * that does not allow raw HTML, an HTML block's words as a paragraph.
     */
    private static final class PageNodes implements NodeRenderer {
        private final boolean allowHtml;

        PageNodes(boolean allowHtml) {
            this.allowHtml = allowHtml;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            if (!allowHtml) {
                return Set.of(
                        new NodeRenderingHandler<>(Heading.class, this::heading),
                        new NodeRenderingHandler<>(AdmonitionBlock.class, this::callout),
                        new NodeRenderingHandler<>(GlossaryTerm.class, this::glossaryTerm),
                        new NodeRenderingHandler<>(HtmlBlock.class, this::htmlWords));
            }
            return Set.of(
                    new NodeRenderingHandler<>(Heading.class, this::heading),
                    new NodeRenderingHandler<>(AdmonitionBlock.class, this::callout),
                    new NodeRenderingHandler<>(GlossaryTerm.class, this::glossaryTerm));
        }

        private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            String id = node.getAnchorRefId();
            String tag = "h" + node.getLevel();
            html.srcPos(node.getText()).withAttr().tagLine(tag, () -> {
                if (id == null || id.isEmpty() || containsLink(node)) {
                    context.renderChildren(node);
                    return;
                }
                html.raw("<a class=\"heading-link\" href=\"#" + escape(id) + "\">");
                context.renderChildren(node);
                html.raw("</a>");
            });
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

        private void callout(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
            Callout kind = Callout.of(node.getInfo().toString()).orElse(Callout.INFO);
            String title =
                    node.getTitle().isNull() ? "" : node.getTitle().toString().strip();
            String heading = title.isEmpty() ? BodyText.ENGLISH.of(kind).heading() : title;
            String tag = "h" + Math.min(6, Math.max(2, levelAbove(node) + 1));
            html.line()
                    .raw("<div class=\"callout callout-" + kind.keyword() + "\">")
                    .line();
            html.raw("<" + tag + " class=\"callout-heading\"><span class=\"visually-hidden\">")
                    .text(BodyText.ENGLISH.of(kind).spokenPrefix())
                    .raw("</span>")
                    .text(heading)
                    .raw("</" + tag + ">")
                    .line();
            html.raw("<div class=\"callout-body\">").line();
            context.renderChildren(node);
            html.line().raw("</div>").line().raw("</div>").line();
        }

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

        private void htmlWords(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
            html.line();
            String words = HtmlWords.of(node.getContentChars());
            if (!words.isEmpty()) {
                html.raw("<p>").text(words).raw("</p>");
            }
            html.line();
        }

        private void glossaryTerm(GlossaryTerm node, NodeRendererContext context, HtmlWriter html) {
            html.raw("<a class=\"glossary-term\" href=\"" + escape(node.href()) + "\" title=\""
                            + escape(node.explanation()) + "\">")
                    .text(node.getChars().toString())
                    .raw("</a>");
        }

        private static String escape(String s) {
            return Escaping.escapeHtml(s, true);
        }
    }

    private static final class HeadingIdAttributes extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return (node, part, attributes) -> {
                if (node instanceof Heading heading && heading.getAnchorRefId() != null) {
                    attributes.replaceValue("id", heading.getAnchorRefId());
                } else if ((node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                                || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock)
                        && part == com.vladsch.flexmark.html.renderer.AttributablePart.NODE) {
                    attributes.replaceValue("tabindex", "0"); // a code block that scrolls can be scrolled by keyboard
                } else if (node instanceof TableCell && attributes.contains("align")) {
                    String align = attributes.getValue("align");
                    attributes.remove("align");
                    attributes.addValue("class", "align-" + align);
                }
            };
        }
    }

    private static final class PageLinks extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> {
                String url = link.getUrl();
                String rewritten = LinkRewriter.rewrite(url);
                if (rewritten.equals(url) && node instanceof RefNode ref && !ref.isDefined()) {
                    return link; // "[text]" that is no link stays text
                }
                String encoded = PercentEncoding.reference(rewritten);
                return encoded.equals(url) ? link : link.withUrl(encoded).withStatus(LinkStatus.VALID);
            };
        }
    }
}
