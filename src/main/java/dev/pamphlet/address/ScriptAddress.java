package dev.pamphlet.address;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Recognises addresses that would run a script or carry a document of their own: {@code javascript:},
 * {@code vbscript:} and {@code data:}, however they are disguised. Browsers ignore tabs and line breaks anywhere in
 * an address and spaces and control characters around it, and read schemes in any case; an author's address may
 * also hide letters behind HTML entities ({@code &#106;}) or percent-escapes ({@code %6A}), one inside another. All
 * of these are undone, repeatedly, before the scheme is compared, so nothing a browser could run gets through, even
 * where the disguise would leave the address harmless.
 */
public final class ScriptAddress {
    private static final String[] SCHEMES = {"javascript:", "vbscript:", "data:"};
    /** An address decoded this many times without settling is taken as hostile. */
    private static final int MAX_ROUNDS = 8;

    private ScriptAddress() {}

    /** Whether the address must never be written into a page. */
    public static boolean isScript(CharSequence address) {
        return scheme(address) != null;
    }

    /** The dangerous scheme the address decodes to ({@code "javascript"}, {@code "vbscript"}, {@code "data"}), or null. */
    public static String scheme(CharSequence address) {
        String s = address.toString();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String plain = squeeze(s);
            for (String scheme : SCHEMES) {
                if (plain.regionMatches(true, 0, scheme, 0, scheme.length())) {
                    return scheme.substring(0, scheme.length() - 1);
                }
            }
            String decoded = percentDecode(entityDecode(s));
            if (decoded.equals(s)) {
                return null;
            }
            s = decoded;
        }
        return "javascript";
    }

    /** Drops what browsers skip (whitespace and control characters) and invisible formatting characters. */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), 64));
        for (int i = 0; i < s.length() && out.length() < 16; i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            if (c > ' '
                    && c != 0x7F
                    && !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && type != Character.CONTROL
                    && type != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** HTML entities, named and numeric; numeric ones also without their ';', as browsers read them. */
    private static String entityDecode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        String withSemicolons =
                s.replaceAll("(&#[xX][0-9a-fA-F]+)(?![0-9a-fA-F;])", "$1;").replaceAll("(&#[0-9]+)(?![0-9;])", "$1;");
        return Escaping.unescapeHtml(withSemicolons);
    }

    /** Percent-escapes, as UTF-8; an escape that is not one is kept as it is. */
    private static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%'
                    && i + 2 < in.length
                    && Character.digit(in[i + 1], 16) >= 0
                    && Character.digit(in[i + 2], 16) >= 0) {
                bytes.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                bytes.write(in[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
