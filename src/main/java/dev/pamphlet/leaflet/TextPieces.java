package dev.pamphlet.leaflet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Long runs of text cut into pieces for the PDF renderer. openhtmltopdf lays out each run of text as one box, and
 * for every line it sets it copies the rest of the run: a paragraph of 400 KB took 11 s, and its time grew with the
 * square of its length. In pieces of a few thousand characters, each a text node of its own (so a box of its own),
 * a line costs only what is left of its piece, and the time grows with the text.
 *
 * <p>A piece ends just after white space, where a line may break anyway, so the printed text is the same. Only a
 * run with no white space for thousands of characters is cut between two characters, where a line may then break.
 */
final class TextPieces {
    /** The longest piece: short enough that copying it for each line costs little, long enough to be few. */
    static final int PIECE = 2_000;

    private TextPieces() {}

    /** Cuts every run of text under {@code root} longer than {@link #PIECE} into pieces, in place. */
    static void cut(Element root) {
        Set<Element> parents = new LinkedHashSet<>();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (isLong(node)) {
                        parents.add((Element) node.parent());
                    }
                },
                root);
        parents.forEach(TextPieces::cutChildren);
    }

    private static boolean isLong(Node node) {
        return node instanceof TextNode text
                && !(node instanceof CDataNode)
                && text.getWholeText().length() > PIECE;
    }

    /** Replaces the element's children at once: one node at a time would renumber its children each time. */
    private static void cutChildren(Element parent) {
        List<Node> children = new ArrayList<>();
        for (Node child : parent.childNodes()) {
            if (isLong(child)) {
                pieces(((TextNode) child).getWholeText()).forEach(p -> children.add(new TextNode(p)));
            } else {
                children.add(child);
            }
        }
        parent.empty();
        parent.appendChildren(children);
    }

    /** The text in pieces of at most {@link #PIECE} characters, in order; joined, they are the text. */
    static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > PIECE) {
            int end = end(text, start);
            pieces.add(text.substring(start, end));
            start = end;
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    /**
     * Where the piece starting at {@code start} ends: after the last white space in its second half, or failing
     * that at the last place between two characters (not inside a surrogate pair or before a combining mark).
     */
    private static int end(String text, int start) {
        int last = start + PIECE;
        int first = start + PIECE / 2;
        for (int i = last; i > first; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        for (int i = last; i > first; i--) {
            if (betweenCharacters(text, i)) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(last)) ? last - 1 : last;
    }

    private static boolean betweenCharacters(String text, int i) {
        char before = text.charAt(i - 1);
        char after = text.charAt(i);
        if (Character.isLowSurrogate(after) || before == '\u200D' || after == '\u200D') {
            return false;
        }
        int type = Character.getType(text.codePointAt(i));
        return type != Character.NON_SPACING_MARK
                && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK;
    }
}
