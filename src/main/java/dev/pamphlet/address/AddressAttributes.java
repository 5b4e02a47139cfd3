package dev.pamphlet.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The attributes of HTML and SVG elements whose value a browser follows, loads or runs as an address, and the
 * addresses in them. Names are compared by their local part in any case, so {@code xlink:href}, {@code HREF} and
 * {@code svg:href} are all {@code href}: an attribute that merely looks like one is taken as one, never the other
 * way round.
 */
public final class AddressAttributes {
    /** One address each: links, sources, form targets, embedded objects, {@code xml:base}. */
    private static final Set<String> SINGLE = Set.of(
            "href",
            "src",
            "action",
            "formaction",
            "data",
            "poster",
            "background",
            "cite",
            "longdesc",
            "lowsrc",
            "dynsrc",
            "codebase",
            "ping",
            "manifest",
            "icon",
            "base");
    /** Several, separated by ';': the values an SVG animation gives an attribute (a link's href among them). */
    private static final Set<String> ANIMATION = Set.of("to", "from", "by", "values");

    private AddressAttributes() {}

    /** The dangerous scheme ({@code "javascript"}, {@code "vbscript"}, {@code "data"}) an address in it has, or null. */
    public static String scriptScheme(String attribute, String value) {
        for (String address : addresses(attribute, value)) {
            String scheme = ScriptAddress.scheme(address);
            if (scheme != null) {
                return scheme;
            }
        }
        return null;
    }

    /** The addresses an attribute's value holds: none for an attribute that holds no address. */
    static List<String> addresses(String attribute, String value) {
        String name = localName(attribute);
        if (SINGLE.contains(name)) {
            return List.of(value);
        }
        if (ANIMATION.contains(name)) {
            return List.of(value.split(";", -1));
        }
        if (name.equals("srcset")) {
            return candidates(value);
        }
        return List.of();
    }

    /** {@code srcset}: comma-separated candidates, each an address and perhaps a size after a space. */
    private static List<String> candidates(String srcset) {
        List<String> out = new ArrayList<>();
        for (String candidate : srcset.split(",", -1)) {
            String trimmed = candidate.strip();
            int space = indexOfWhitespace(trimmed);
            out.add(space < 0 ? trimmed : trimmed.substring(0, space));
        }
        out.add(srcset); // a data: address holds commas of its own: the whole value is one candidate too
        return out;
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The attribute's name without its namespace prefix, in lower case. */
    public static String localName(String attribute) {
        return attribute.substring(attribute.lastIndexOf(':') + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the attribute is an event handler ({@code onload}, {@code onclick}, ...), which runs a script. */
    public static boolean isEventHandler(String attribute) {
        return localName(attribute).startsWith("on");
    }
}
