package dev.pamphlet.check;

import dev.pamphlet.address.AddressAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.XmlDeclaration;

/**
 * What in an HTML, SVG or XML document makes a browser run a script, load another document into it, or send the
 * reader elsewhere, when the file is opened from the site: found in the document jsoup parsed, never by looking
 * for words in the text. Names are taken in any case and with any namespace prefix ({@code SCRIPT},
 * {@code svg:script}), so a disguise only makes a harmless file look active, never the other way round.
 */
final class ActiveMarkup {
    /** One active thing in a document: where, what it is, and what to take out of the file. */
    record Finding(int line, int column, String what, String remove) {}

    /** Elements that load or embed another document, or change where every address goes. */
    private static final Map<String, String> EMBEDDING = Map.of(
            "iframe", "loads another document into this one",
            "frame", "loads another document into this one",
            "object", "loads another document into this one",
            "embed", "loads another document into this one",
            "applet", "loads a program into the page",
            "base", "changes where every address in the file leads",
            "handler", "runs a script");
    /** Raster pictures, the only data: addresses a picture may hold: they cannot carry a script. */
    private static final List<String> PICTURE_DATA =
            List.of("data:image/png", "data:image/jpeg", "data:image/jpg", "data:image/gif", "data:image/webp");

    private static final Set<String> PICTURE_ELEMENTS = Set.of("img", "image", "feimage");

    private ActiveMarkup() {}

    /**
     * @param xml whether the document is read as XML (SVG, XHTML): it may then also bring in HTML through a
     *            {@code <foreignObject>}, other documents through {@code <use>}, entities through its DOCTYPE
     *            and a transformation through an {@code xml-stylesheet}
     * @param text the text the document was parsed from, with positions tracked
     */
    static List<Finding> in(Document document, String text, boolean xml) {
        List<Finding> out = new ArrayList<>();
        if (xml) {
            for (Node node : document.childNodes()) {
                prolog(node, text, out);
            }
        }
        for (Element element : document.getAllElements()) {
            if (element != document) {
                element(element, xml, out);
            }
        }
        return out;
    }

    /** The part before the root element: processing instructions and the DOCTYPE. */
    private static void prolog(Node node, String text, List<Finding> out) {
        if (node instanceof XmlDeclaration pi && pi.name().equalsIgnoreCase("xml-stylesheet")) {
            String type = pi.attr("type").strip().toLowerCase(Locale.ROOT);
            if (!type.equals("text/css")) {
                out.add(at(
                        node.sourceRange(),
                        "an xml-stylesheet of type '" + type + "', which can turn the file into a page with scripts",
                        "the xml-stylesheet line"));
            }
        } else if (node instanceof DocumentType doctype && hasInternalSubset(doctype, text)) {
            out.add(at(
                    node.sourceRange(),
                    "a DOCTYPE with declarations of its own ([...]), whose entities can hide markup from this check",
                    "the declarations between '[' and ']'"));
        }
    }

    /**
     * A DOCTYPE that declares entities in the file itself ({@code <!DOCTYPE svg [<!ENTITY ...>]>}): browsers expand
     * them into markup, jsoup keeps neither. Its token in the text holds the '['.
     */
    private static boolean hasInternalSubset(DocumentType doctype, String text) {
        Range range = doctype.sourceRange();
        if (!range.isTracked()) {
            return true;
        }
        int end = Math.min(text.length(), range.endPos());
        return text.substring(Math.min(range.startPos(), end), end).indexOf('[') >= 0;
    }

    private static void element(Element element, boolean xml, List<Finding> out) {
        String name = AddressAttributes.localName(element.tagName());
        Range at = element.sourceRange();
        String shown = "<" + element.tagName() + ">";
        if (name.equals("script")) {
            out.add(at(
                    at,
                    "a " + shown + " element, which a browser opening the file runs on the site's own address",
                    "the script"));
        } else if (EMBEDDING.containsKey(name)) {
            out.add(at(at, article(name) + " " + shown + ", which " + EMBEDDING.get(name), "the " + shown));
        } else if (name.equals("meta") && element.attr("http-equiv").strip().equalsIgnoreCase("refresh")) {
            out.add(at(
                    at, "a <meta http-equiv=\"refresh\">, which sends the reader to another address", "the refresh"));
        } else if (xml && name.equals("foreignobject")) {
            out.add(at(
                    at,
                    "a " + shown + ", which can carry HTML, and scripts with it, into the picture",
                    "the " + shown));
        }
        for (Attribute attribute : element.attributes()) {
            attribute(element, name, attribute, xml, out);
        }
    }

    private static void attribute(
            Element element, String elementName, Attribute attribute, boolean xml, List<Finding> out) {
        String key = attribute.getKey();
        if (key.toLowerCase(Locale.ROOT).startsWith("xmlns")) {
            return; // a namespace declaration: xmlns:on="..." names a prefix, not a handler
        }
        Range at = attribute.sourceRange().nameRange();
        String value = attribute.getValue();
        String name = AddressAttributes.localName(key);
        if (AddressAttributes.isEventHandler(key)) {
            out.add(at(at, "an event handler (" + key + "), which a browser runs as a script", "the event handler"));
            return;
        }
        if (name.equals("attributename")
                && value.strip().toLowerCase(Locale.ROOT).startsWith("on")) {
            out.add(at(
                    at,
                    "an animation that sets an event handler (attributeName=\"" + value.strip() + "\")",
                    "the animation"));
            return;
        }
        String scheme = AddressAttributes.scriptScheme(key, value);
        if (scheme != null && !(scheme.equals("data") && isPicture(elementName, name, value))) {
            out.add(at(
                    at,
                    scheme.equals("data")
                            ? "a data: address in " + key + ", a document of its own that this check cannot see into"
                            : "a " + scheme + ": address in " + key + ", which runs a script on the site's own address",
                    "the " + scheme + ": address"));
            return;
        }
        if (xml
                && elementName.equals("use")
                && name.equals("href")
                && !value.strip().startsWith("#")) {
            out.add(at(
                    at,
                    "a <use> that shows another document ('" + value.strip() + "'), which this check cannot see into",
                    "the <use> (or point it at an '#id' in this file)"));
        }
    }

    /** A raster picture written into an image's own address, as drawing programs save them. */
    private static boolean isPicture(String element, String attribute, String value) {
        if (!PICTURE_ELEMENTS.contains(element) || !(attribute.equals("src") || attribute.equals("href"))) {
            return false;
        }
        String address = value.strip().toLowerCase(Locale.ROOT);
        return PICTURE_DATA.stream().anyMatch(type -> address.startsWith(type + ";") || address.startsWith(type + ","));
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    private static Finding at(Range range, String what, String remove) {
        Range.Position start = range.start();
        return new Finding(
                start.isTracked() ? start.lineNumber() : 0, start.isTracked() ? start.columnNumber() : 0, what, remove);
    }
}
