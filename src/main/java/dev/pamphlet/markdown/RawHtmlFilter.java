package dev.pamphlet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pamphlet.address.AddressAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Takes out of the author's raw HTML (on a site that allows it) every address that runs a script or carries a
 * document of its own: {@code <a href="javascript:...">}, {@code <form action>}, {@code <img src="data:...">} and
 * the like. Such an address would run on the site's own address, and in a PDF leaflet becomes a link no page
 * policy guards, so the manual promises it never reaches either. The body is read as a browser reads it, with
 * jsoup's HTML parser, and only the attribute is cut from the text, so the author's HTML is otherwise kept as
 * written and an {@code <a>} keeps its text.
 */
final class RawHtmlFilter {
    /** Raw HTML written into a body: where it is in the body's HTML, and its characters in the Markdown. */
    record Piece(int start, int end, BasedSequence chars) {
        /** The offset in the Markdown of the character {@code delta} into the piece as written out. */
        int sourceOffset(int delta) {
            // The piece was written with its line ends made '\n': a "\r\n" is one character out, two in.
            int j = 0;
            for (int k = 0; k < delta && j < chars.length(); k++, j++) {
                if (chars.charAt(j) == '\r' && j + 1 < chars.length() && chars.charAt(j + 1) == '\n') {
                    j++;
                }
            }
            return chars.getIndexOffset(Math.min(j, Math.max(0, chars.length() - 1)));
        }
    }

    /** An address taken out: the offset of its attribute in the Markdown, and what it was. */
    record Removed(int sourceOffset, String tag, String attribute, String address, String scheme) {}

    record Result(String html, List<Removed> removed) {}

    private RawHtmlFilter() {}

    /** {@code html} without the dangerous addresses of its raw pieces; as it is when it has none. */
    static Result filter(String html, List<Piece> pieces) {
        if (pieces.stream().noneMatch(p -> html.substring(p.start(), p.end()).indexOf('=') >= 0)) {
            return new Result(html, List.of());
        }
        TreeMap<Integer, Cut> cuts = cuts(html);
        if (cuts.isEmpty()) {
            return new Result(html, List.of());
        }
        StringBuilder out = new StringBuilder(html);
        List<Removed> removed = new ArrayList<>();
        for (Cut cut : cuts.descendingMap().values()) {
            out.delete(cut.start(), cut.end());
            removed.add(new Removed(
                    sourceOffset(cut.start(), pieces), cut.tag(), cut.attribute(), cut.value(), cut.scheme()));
        }
        removed.sort(Comparator.comparingInt(Removed::sourceOffset));
        String cleaned = out.toString();
        // Cutting an attribute out cannot make another, but what is published must be checked, not argued.
        return new Result(cuts(cleaned).isEmpty() ? cleaned : rewritten(cleaned), List.copyOf(removed));
    }

    /** An attribute to cut out of the HTML: from the start of its name to the end of its value and quote. */
    private record Cut(int start, int end, String tag, String attribute, String value, String scheme) {}

    /** Every dangerous address attribute in {@code html}, by where it starts. */
    private static TreeMap<Integer, Cut> cuts(String html) {
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        TreeMap<Integer, Cut> cuts = new TreeMap<>();
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String scheme = AddressAttributes.scriptScheme(attribute.getKey(), attribute.getValue());
                Range.AttributeRange range = attribute.sourceRange();
                // An element the parser made again (a link reopened after a paragraph) has no place in the text:
                // the one it copies does, and is cut there.
                if (scheme != null
                        && range.nameRange().isTracked()
                        && range.valueRange().isTracked()) {
                    int start = range.nameRange().startPos();
                    int end = closingQuote(html, range.valueRange());
                    cuts.put(
                            start,
                            new Cut(
                                    start,
                                    end,
                                    element.normalName(),
                                    attribute.getKey(),
                                    attribute.getValue(),
                                    scheme));
                }
            }
        }
        return cuts;
    }

    /** The end of a value, after its closing quote if it has one. */
    private static int closingQuote(String html, Range value) {
        int start = value.startPos();
        int end = value.endPos();
        if (start > 0 && end < html.length()) {
            char open = html.charAt(start - 1);
            if ((open == '"' || open == '\'') && html.charAt(end) == open) {
                return end + 1;
            }
        }
        return end;
    }

    /** Where in the Markdown the HTML at {@code offset} came from: the raw piece it is in, or last began before it. */
    private static int sourceOffset(int offset, List<Piece> pieces) {
        Piece at = pieces.get(0);
        for (Piece piece : pieces) {
            if (piece.start() <= offset) {
                at = piece;
            }
        }
        int delta = Math.max(0, Math.min(offset, at.end()) - at.start());
        return at.sourceOffset(delta);
    }

    /** An element of the raw HTML that loads a file from an address with a host of its own, and where it is. */
    record Embed(int sourceOffset, String tag, String attribute, String address) {}

    /** The elements that load what they show (a picture, a frame, a video, a sound, an object). */
    private static final java.util.Set<String> LOADING =
            java.util.Set.of("img", "iframe", "frame", "video", "audio", "source", "track", "embed", "object");
    /** The attributes those take an address to load from. */
    private static final java.util.Set<String> LOADED_FROM = java.util.Set.of("src", "data", "poster", "srcset");

    /**
     * Every address in the raw pieces of {@code html} that an element loads from another host ({@code https://},
     * {@code http://} or {@code //} before it), in the order written; read as a browser reads it.
     */
    static List<Embed> embeds(String html, List<Piece> pieces) {
        if (pieces.stream().noneMatch(p -> html.substring(p.start(), p.end()).contains("//"))) {
            return List.of();
        }
        Document document = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
        List<Embed> out = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            if (!LOADING.contains(element.normalName())) {
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
                Range name = attribute.sourceRange().nameRange();
                if (!LOADED_FROM.contains(key) || !name.isTracked() || !inPiece(name.startPos(), pieces)) {
                    continue;
                }
                String value = attribute.getValue().strip();
                String address = key.equals("srcset") ? firstForeign(value) : value;
                if (address != null && hasHost(address)) {
                    out.add(new Embed(sourceOffset(name.startPos(), pieces), element.normalName(), key, address));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The first address of a {@code srcset} with a host of its own, or null. */
    private static String firstForeign(String srcset) {
        for (String candidate : srcset.split(",")) {
            String address = candidate.strip().split("\\s+")[0];
            if (hasHost(address)) {
                return address;
            }
        }
        return null;
    }

    private static boolean hasHost(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("//");
    }

    private static boolean inPiece(int offset, List<Piece> pieces) {
        return pieces.stream().anyMatch(p -> p.start() <= offset && offset < p.end());
    }

    /** The body as jsoup writes it, every dangerous address taken out: for HTML that cutting did not clean. */
    private static String rewritten(String html) {
        Document document = Parser.htmlParser().parseInput(html, "");
        for (Element element : document.getAllElements()) {
            for (Attribute attribute : List.copyOf(element.attributes().asList())) {
                if (AddressAttributes.scriptScheme(attribute.getKey(), attribute.getValue()) != null) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
        document.outputSettings().prettyPrint(false);
        return document.head().html() + document.body().html();
    }
}
