package dev.pamphlet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.Set;

/**
 * How Pamphlet writes the nodes it treats specially: headings that link to themselves (so a reader can copy a
 * section's address), callout boxes, and glossary words.
 */
final class PageNodeRenderer implements NodeRenderer {

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new PageNodeRenderer();
        }
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Heading.class, this::heading),
                new NodeRenderingHandler<>(AdmonitionBlock.class, this::callout),
                new NodeRenderingHandler<>(GlossaryTerm.class, this::glossaryTerm));
    }

    /** {@code <h2 id="x"><a class="heading-link" href="#x">Text</a></h2>}: the heading keeps its own name. */
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
            if (n instanceof Link || n instanceof LinkRef || n instanceof GlossaryTerm
                    || n instanceof AutoLink || n instanceof MailLink) {
                return true;
            }
        }
        return false;
    }

    /**
     * A care-card style box. The spoken prefix ("Urgent advice: ") tells screen-reader users what the colour
     * tells everyone else. Unknown kinds are reported by {@link MarkdownRenderer} and rendered as information.
     */
    private void callout(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        Callout kind = Callout.of(node.getInfo().toString()).orElse(Callout.INFO);
        String title = node.getTitle().isNull() ? "" : node.getTitle().toString().strip();
        String heading = title.isEmpty() ? kind.defaultHeading() : title;
        String tag = "h" + Math.min(6, Math.max(2, levelAbove(node) + 1));
        html.line().raw("<div class=\"callout callout-" + kind.keyword() + "\">").line();
        html.raw("<" + tag + " class=\"callout-heading\"><span class=\"visually-hidden\">")
                .text(kind.spokenPrefix()).raw("</span>").text(heading).raw("</" + tag + ">").line();
        html.raw("<div class=\"callout-body\">").line();
        context.renderChildren(node);
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

    private void glossaryTerm(GlossaryTerm node, NodeRendererContext context, HtmlWriter html) {
        html.raw("<a class=\"glossary-term\" href=\"" + escape(node.href()) + "\" title=\""
                + escape(node.explanation()) + "\">").text(node.getChars().toString()).raw("</a>");
    }

    private static String escape(String s) {
        return Escaping.escapeHtml(s, true);
    }
}
